// U.S. federal legal public holidays, 5 U.S.C. 6103(a) (DOMAIN §7), and ad hoc closures of federal
// offices by executive order. A new holiday or closure is a one-line data change here.
import { z } from 'zod';
import { isCalendarDate } from './calendar-date';

export type HolidayRule =
  | { name: string; kind: 'fixed'; month: number; day: number; fromYear?: number }
  /** `nth` 1-4 counts from the start of the month; -1 is the last such weekday. */
  | {
      name: string;
      kind: 'nth-weekday';
      month: number;
      weekday: number;
      nth: 1 | 2 | 3 | 4 | -1;
      fromYear?: number;
    };

const MONDAY = 1;
const THURSDAY = 4;

/**
 * The rules as they stand today. Observed-day shifting (Saturday -> Friday before, Sunday -> Monday
 * after; 6103(b), E.O. 11582) is applied by holidays.ts. The Monday-holiday rules date from 1971, so
 * dates before 1971 are not modelled faithfully; no deadline this extension computes is that old.
 */
export const FEDERAL_HOLIDAY_RULES: readonly HolidayRule[] = [
  { name: "New Year's Day", kind: 'fixed', month: 1, day: 1 },
  {
    name: 'Birthday of Martin Luther King, Jr.',
    kind: 'nth-weekday',
    month: 1,
    weekday: MONDAY,
    nth: 3,
    fromYear: 1986,
  },
  { name: "Washington's Birthday", kind: 'nth-weekday', month: 2, weekday: MONDAY, nth: 3 },
  { name: 'Memorial Day', kind: 'nth-weekday', month: 5, weekday: MONDAY, nth: -1 },
  // Added by Pub. L. 117-17 (17 June 2021); first observed Friday 18 June 2021.
  { name: 'Juneteenth National Independence Day', kind: 'fixed', month: 6, day: 19, fromYear: 2021 },
  { name: 'Independence Day', kind: 'fixed', month: 7, day: 4 },
  { name: 'Labor Day', kind: 'nth-weekday', month: 9, weekday: MONDAY, nth: 1 },
  { name: 'Columbus Day', kind: 'nth-weekday', month: 10, weekday: MONDAY, nth: 2 },
  { name: 'Veterans Day', kind: 'fixed', month: 11, day: 11 },
  { name: 'Thanksgiving Day', kind: 'nth-weekday', month: 11, weekday: THURSDAY, nth: 4 },
  { name: 'Christmas Day', kind: 'fixed', month: 12, day: 25 },
];

/** One extra day federal offices were (or will be) closed; user-configurable, so it is validated. */
export const extraClosureSchema = z.object({
  date: z.string().refine(isCalendarDate, 'Expected a real date as YYYY-MM-DD'),
  name: z.string().min(1),
  source: z.string().optional(),
});
export type ExtraClosure = z.infer<typeof extraClosureSchema>;
export const extraClosuresSchema = z.array(extraClosureSchema);

/**
 * Executive-order closures known at the time of writing. All [MEM], not re-verified against the
 * Federal Register: they only ever produce a caution note, never move a deadline.
 */
export const DEFAULT_EXTRA_CLOSURES: readonly ExtraClosure[] = [
  {
    date: '2024-12-24',
    name: 'Christmas Eve (federal offices closed)',
    source: 'Executive order, Dec 2024 [MEM]',
  },
  {
    date: '2025-01-09',
    name: 'National Day of Mourning for President Carter',
    source: 'Executive order, Dec 2024 [MEM]',
  },
  {
    date: '2025-12-24',
    name: 'Christmas Eve (federal offices closed)',
    source: 'Executive order, Dec 2025 [MEM]',
  },
  {
    date: '2025-12-26',
    name: 'Day after Christmas (federal offices closed)',
    source: 'Executive order, Dec 2025 [MEM]',
  },
];

// Federal holidays and business days. Deadlines in this extension are calendar days; business days
// are used only for the "next business day" caution beside a last day (DOMAIN §5.2).
import {
  addDays,
  type CalendarDate,
  type DayOfWeek,
  dayOfWeek,
  daysInMonth,
  formatCalendarDate,
  parseCalendarDate,
} from './calendar-date';
import {
  DEFAULT_EXTRA_CLOSURES,
  type ExtraClosure,
  FEDERAL_HOLIDAY_RULES,
  type HolidayRule,
} from './holiday-rules';

export type FederalHoliday = {
  name: string;
  /** True when this is the Friday/Monday a weekend holiday is observed on, not the day itself. */
  observed: boolean;
  /** 'closure' for an extra closure from the override list. */
  kind: 'legal-holiday' | 'closure';
};

export type HolidayOptions = {
  /** Extra days federal offices are closed. Defaults to DEFAULT_EXTRA_CLOSURES. */
  extraClosures?: readonly ExtraClosure[];
};

/** The actual date of a rule in a year, or null when the rule did not exist yet. */
function ruleDate(rule: HolidayRule, year: number): CalendarDate | null {
  if (rule.fromYear !== undefined && year < rule.fromYear) return null;
  if (rule.kind === 'fixed') return formatCalendarDate({ year, month: rule.month, day: rule.day });
  if (rule.nth === -1) {
    const last = formatCalendarDate({ year, month: rule.month, day: daysInMonth(year, rule.month) });
    return addDays(last, -((dayOfWeek(last) - rule.weekday + 7) % 7));
  }
  const first = formatCalendarDate({ year, month: rule.month, day: 1 });
  return addDays(first, ((rule.weekday - dayOfWeek(first) + 7) % 7) + (rule.nth - 1) * 7);
}

const OBSERVED_SHIFT: Partial<Record<DayOfWeek, number>> = { 6: -1, 0: 1 };

// Holidays keyed by date, for every date a holiday *of* `year` falls or is observed on. Cached:
// an analysis asks about the same few years tens of thousands of times.
const byYear = new Map<number, ReadonlyMap<CalendarDate, FederalHoliday>>();

function holidaysOfYear(year: number): ReadonlyMap<CalendarDate, FederalHoliday> {
  const cached = byYear.get(year);
  if (cached) return cached;
  const map = new Map<CalendarDate, FederalHoliday>();
  for (const rule of FEDERAL_HOLIDAY_RULES) {
    const actual = ruleDate(rule, year);
    if (actual === null) continue;
    map.set(actual, { name: rule.name, observed: false, kind: 'legal-holiday' });
    const shift = OBSERVED_SHIFT[dayOfWeek(actual)];
    if (shift !== undefined)
      map.set(addDays(actual, shift), { name: rule.name, observed: true, kind: 'legal-holiday' });
  }
  byYear.set(year, map);
  return map;
}

/**
 * The federal legal public holiday (actual or observed) or extra closure on `date`, or null.
 * 1 January on a Saturday is observed on 31 December of the year before, so the next year's
 * holidays are consulted too.
 */
export function federalHoliday(date: CalendarDate, options: HolidayOptions = {}): FederalHoliday | null {
  const parts = parseCalendarDate(date);
  if (!parts) throw new RangeError(`Not a calendar date (expected YYYY-MM-DD): ${JSON.stringify(date)}`);
  const legal =
    holidaysOfYear(parts.year).get(date) ??
    (parts.month === 12 && parts.year < 9999 ? holidaysOfYear(parts.year + 1).get(date) : undefined);
  if (legal) return legal;
  const closure = (options.extraClosures ?? DEFAULT_EXTRA_CLOSURES).find((c) => c.date === date);
  return closure ? { name: closure.name, observed: false, kind: 'closure' } : null;
}

export function isWeekend(date: CalendarDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** Monday to Friday and not a federal holiday (actual or observed) or extra closure. */
export function isBusinessDay(date: CalendarDate, options: HolidayOptions = {}): boolean {
  return !isWeekend(date) && federalHoliday(date, options) === null;
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: CalendarDate, options: HolidayOptions = {}): CalendarDate {
  let day = addDays(date, 1);
  while (!isBusinessDay(day, options)) day = addDays(day, 1);
  return day;
}

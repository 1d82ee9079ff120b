// Calendar dates as 'YYYY-MM-DD' strings, with all arithmetic done on integer day numbers
// (days since 1970-01-01 in the proleptic Gregorian calendar). No Date object at local midnight is
// ever involved, so a user in Guam and a user in Hawaii get the same deadline for the same entry.
import type { CalendarDate } from '../reports/model';

export type { CalendarDate };

/** 0 = Sunday … 6 = Saturday, as in `Date.prototype.getUTCDay`. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type DateParts = { year: number; month: number; day: number };

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The parts of a valid `YYYY-MM-DD` date (year 0001-9999), or null. */
export function parseCalendarDate(value: string): DateParts | null {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && parseCalendarDate(value) !== null;
}

/** Formats parts as `YYYY-MM-DD`; throws RangeError when they are not a real date. */
export function formatCalendarDate({ year, month, day }: DateParts): CalendarDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!Number.isInteger(year) || parseCalendarDate(text) === null) {
    throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  }
  return text;
}

function partsOrThrow(date: CalendarDate): DateParts {
  const parts = parseCalendarDate(date);
  if (!parts) throw new RangeError(`Not a calendar date (expected YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parts;
}

// Day-number conversions after H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"
// (days_from_civil / civil_from_days): exact integer arithmetic in 400-year eras.

// Day numbers of the dates seen, and dates of the day numbers made: an analysis computes the same
// few thousand dates over and over (each status, deadline and holiday check), and parsing one with
// a regular expression costs ten times a look-up. Bounded: cleared when full. Throws are not cached.
const CACHE_MAX = 8192;

function memoized<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/** Days since 1970-01-01 (negative before). Throws RangeError on an invalid date. */
export const toDayNumber: (date: CalendarDate) => number = memoized(computeDayNumber);

function computeDayNumber(date: CalendarDate): number {
  const { year, month, day } = partsOrThrow(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Inverse of `toDayNumber`. Throws RangeError outside years 0001-9999. */
export const fromDayNumber: (dayNumber: number) => CalendarDate = memoized(computeDate);

function computeDate(dayNumber: number): CalendarDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Not a whole day number: ${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatCalendarDate({ year, month, day });
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The same month and day `years` later. 29 February becomes 28 February in a common year: the
 * earlier day, so a deadline computed from it is never late.
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const { year, month, day } = partsOrThrow(date);
  const target = year + years;
  return formatCalendarDate({ year: target, month, day: Math.min(day, daysInMonth(target, month)) });
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function dayOfWeek(date: CalendarDate): DayOfWeek {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 4) % 7) + 7) % 7) as DayOfWeek;
}

export function compare(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  const diff = toDayNumber(a) - toDayNumber(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

export function weekdayName(date: CalendarDate): (typeof WEEKDAY_NAMES)[number] {
  return WEEKDAY_NAMES[dayOfWeek(date)];
}

/**
 * The calendar date the user sees on their wall clock at `now` in `timeZone` (an IANA name such as
 * 'America/New_York'; the runtime's own zone when omitted). Throws RangeError for an unknown zone.
 */
export function todayIn(timeZone?: string, now: Date = new Date()): CalendarDate {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return formatCalendarDate({ year: part('year'), month: part('month'), day: part('day') });
}

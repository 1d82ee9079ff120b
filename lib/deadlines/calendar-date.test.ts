import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  compare,
  dayOfWeek,
  daysBetween,
  fromDayNumber,
  isCalendarDate,
  isLeapYear,
  parseCalendarDate,
  toDayNumber,
  todayIn,
} from './calendar-date';

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['2026-1-5', false],
    ['2026-01-05T00:00:00Z', false],
    [' 2026-01-05', false],
    ['0000-01-01', false],
    ['', false],
  ])('%s -> %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it.each([[null], [undefined], [20260105], [new Date(0)]])('rejects non-strings (%s)', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2025, false],
    [2100, false],
    [2000, true],
  ])('%i -> %s', (year, expected) => expect(isLeapYear(year)).toBe(expected));
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2026-02-20', 20504],
  ])('%s is day %i', (date, day) => {
    expect(toDayNumber(date)).toBe(day);
    expect(fromDayNumber(day)).toBe(date);
  });

  it('agrees with Date.UTC for every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(day)).toBe(iso);
        expect(toDayNumber(iso)).toBe(day);
      }),
    );
  });

  it('throws RangeError on invalid dates instead of rolling over', () => {
    expect(() => toDayNumber('2025-02-29')).toThrow(RangeError);
    expect(() => addDays('not a date', 1)).toThrow(RangeError);
  });
});

describe('addDays / daysBetween', () => {
  it.each([
    ['2024-02-09', 80, '2024-04-29'],
    ['2024-02-09', 180, '2024-08-07'],
    ['2023-02-10', 80, '2023-05-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-02-20', 314, '2025-12-31'],
    ['2024-02-29', 365, '2025-02-28'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });
});

describe('addYears', () => {
  it.each([
    ['2025-02-04', 1, '2026-02-04'],
    ['2025-02-04', 4, '2029-02-04'],
    ['2024-02-29', 1, '2025-02-28'], // no 29 Feb: the earlier day
    ['2024-02-29', 4, '2028-02-29'],
    ['2025-12-31', 1, '2026-12-31'],
  ])('%s + %i years = %s', (date, years, expected) => expect(addYears(date, years)).toBe(expected));
});

describe('dayOfWeek / compare', () => {
  it.each([
    ['1970-01-01', 4],
    ['2026-01-30', 5],
    ['2026-07-29', 3],
    ['2024-06-19', 3],
    ['2021-12-31', 5],
    ['2026-07-04', 6],
    ['2000-01-01', 6],
  ])('%s is weekday %i', (date, weekday) => expect(dayOfWeek(date)).toBe(weekday));

  it.each([
    ['2026-01-01', '2026-01-02', -1],
    ['2026-01-02', '2026-01-02', 0],
    ['2026-01-10', '2025-12-31', 1],
  ])('compare(%s, %s) = %i', (a, b, expected) => expect(compare(a, b)).toBe(expected));

  it('parses parts', () =>
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 }));
});

describe('todayIn', () => {
  // 2026-03-01 05:00 UTC is midnight in New York (EST), the evening before in Los Angeles, and
  // already afternoon in Tokyo.
  const midnightNewYork = new Date(Date.UTC(2026, 2, 1, 5, 0, 0));
  const justBefore = new Date(midnightNewYork.getTime() - 1);

  it.each([
    ['America/New_York', midnightNewYork, '2026-03-01'],
    ['America/New_York', justBefore, '2026-02-28'],
    ['America/Los_Angeles', midnightNewYork, '2026-02-28'],
    ['Asia/Tokyo', justBefore, '2026-03-01'],
    ['UTC', justBefore, '2026-03-01'],
    ['Pacific/Honolulu', new Date(Date.UTC(2025, 0, 1, 9, 59)), '2024-12-31'],
    ['Pacific/Guam', new Date(Date.UTC(2024, 1, 28, 14, 0)), '2024-02-29'],
  ])('%s at %o is %s', (zone, now, expected) => {
    expect(todayIn(zone, now)).toBe(expected);
  });

  it('uses the runtime zone when none is given', () => {
    const now = new Date(Date.UTC(2026, 5, 15, 12));
    expect(todayIn(undefined, now)).toBe(todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, now));
  });

  it('throws RangeError for an unknown zone', () => {
    expect(() => todayIn('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

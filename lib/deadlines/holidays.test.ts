import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date';
import { DEFAULT_EXTRA_CLOSURES, extraClosuresSchema, FEDERAL_HOLIDAY_RULES } from './holiday-rules';
import { federalHoliday, isBusinessDay, nextBusinessDay } from './holidays';

const none = { extraClosures: [] };

describe('federalHoliday', () => {
  it.each([
    ['2026-01-01', "New Year's Day", false],
    ['2026-01-19', 'Birthday of Martin Luther King, Jr.', false],
    ['2026-02-16', "Washington's Birthday", false],
    ['2026-05-25', 'Memorial Day', false],
    ['2026-06-19', 'Juneteenth National Independence Day', false],
    ['2026-07-04', 'Independence Day', false], // a Saturday: the day itself
    ['2026-07-03', 'Independence Day', true], // observed Friday before
    ['2026-09-07', 'Labor Day', false],
    ['2026-10-12', 'Columbus Day', false],
    ['2026-11-11', 'Veterans Day', false],
    ['2026-11-26', 'Thanksgiving Day', false],
    ['2026-12-25', 'Christmas Day', false],
    // 1 Jan 2022 was a Saturday: observed Friday 31 Dec 2021, in the previous year.
    ['2021-12-31', "New Year's Day", true],
    ['2022-01-01', "New Year's Day", false],
    ['2021-06-18', 'Juneteenth National Independence Day', true], // first one, a Saturday
    ['2022-06-20', 'Juneteenth National Independence Day', true], // Sunday -> Monday
    ['2023-01-02', "New Year's Day", true], // Sunday -> Monday
    ['2022-12-26', 'Christmas Day', true],
    ['2024-06-19', 'Juneteenth National Independence Day', false],
    ['2024-12-25', 'Christmas Day', false],
    ['2025-01-01', "New Year's Day", false],
    ['2024-05-27', 'Memorial Day', false], // last Monday of a 31-day month ending on Friday
    ['2027-12-24', 'Christmas Day', true], // 25 Dec 2027 is a Saturday
    ['2027-12-31', "New Year's Day", true], // 1 Jan 2028 is a Saturday
  ])('%s is %s (observed: %s)', (date, name, observed) => {
    expect(federalHoliday(date, none)).toEqual({ name, observed, kind: 'legal-holiday' });
  });

  it.each([
    ['2020-06-19'], // before Juneteenth became a federal holiday
    ['2026-07-05'],
    ['2026-12-24'],
    ['2026-12-31'],
    ['2026-05-18'],
    ['2026-01-12'],
  ])('%s is not a holiday', (date) => {
    expect(federalHoliday(date, none)).toBeNull();
  });

  it('has the 11 rules of 5 U.S.C. 6103(a)', () => {
    expect(FEDERAL_HOLIDAY_RULES).toHaveLength(11);
  });

  it('every year 2021-2040 has 11 actual holidays and one observed day per weekend holiday', () => {
    for (let year = 2021; year <= 2040; year++) {
      let actual = 0;
      let day = `${year}-01-01`;
      while (day.startsWith(String(year))) {
        const holiday = federalHoliday(day, none);
        if (holiday && !holiday.observed) actual++;
        day = addDays(day, 1);
      }
      expect(actual, String(year)).toBe(11);
    }
  });
});

describe('extra closures', () => {
  it('reports a configured closure', () => {
    const closures = [{ date: '2026-12-24', name: 'Christmas Eve (federal offices closed)' }];
    expect(federalHoliday('2026-12-24', { extraClosures: closures })).toEqual({
      name: 'Christmas Eve (federal offices closed)',
      observed: false,
      kind: 'closure',
    });
    expect(isBusinessDay('2026-12-24', { extraClosures: closures })).toBe(false);
    expect(isBusinessDay('2026-12-24', none)).toBe(true);
  });

  it('uses the default list when none is given', () => {
    expect(federalHoliday('2025-01-09')?.kind).toBe('closure');
    expect(federalHoliday('2025-01-09', none)).toBeNull();
  });

  it('validates the default list and rejects impossible dates in user input', () => {
    expect(extraClosuresSchema.safeParse(DEFAULT_EXTRA_CLOSURES).success).toBe(true);
    expect(extraClosuresSchema.safeParse([{ date: '2026-02-30', name: 'x' }]).success).toBe(false);
  });
});

describe('business days', () => {
  it.each([
    ['2026-07-03', false], // observed Independence Day
    ['2026-07-04', false], // Saturday
    ['2026-07-06', true],
    ['2024-06-19', false],
    ['2024-06-20', true],
  ])('isBusinessDay(%s) = %s', (date, expected) => expect(isBusinessDay(date, none)).toBe(expected));

  it.each([
    ['2026-07-02', '2026-07-06'], // Fri observed holiday, then weekend
    ['2024-06-18', '2024-06-20'],
    ['2024-12-24', '2024-12-26'],
    ['2021-12-30', '2022-01-03'], // observed New Year on 31 Dec, then weekend
    ['2026-11-10', '2026-11-12'],
    ['2026-11-25', '2026-11-27'],
  ])('nextBusinessDay(%s) = %s', (date, expected) => expect(nextBusinessDay(date, none)).toBe(expected));

  it('next business day after 2024-12-23 skips the default Christmas Eve closure', () => {
    expect(nextBusinessDay('2024-12-23')).toBe('2024-12-26');
  });
});

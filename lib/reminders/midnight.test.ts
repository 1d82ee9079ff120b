import { describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../deadlines/calendar-date';
import { nextLocalMidnight, zoneOffsetMs } from './midnight';

const iso = (ms: number) => new Date(ms).toISOString();

describe('nextLocalMidnight', () => {
  it('a user in Los Angeles at 23:30 on Nov 19 is still on Nov 19, though UTC is on Nov 20', () => {
    const now = Date.parse('2026-11-20T07:30:00Z'); // 23:30 PST
    expect(todayIn('UTC', new Date(now))).toBe('2026-11-20');
    expect(todayIn('America/Los_Angeles', new Date(now))).toBe('2026-11-19');
    expect(iso(nextLocalMidnight(now, 'America/Los_Angeles'))).toBe('2026-11-20T08:00:00.000Z');
    expect(iso(nextLocalMidnight(now, 'UTC'))).toBe('2026-11-21T00:00:00.000Z');
  });

  it.each([
    ['Europe/Berlin', '2026-03-28T12:00:00Z', '2026-03-28T23:00:00.000Z'], // the night clocks go forward
    ['Europe/Berlin', '2026-03-29T12:00:00Z', '2026-03-29T22:00:00.000Z'], // first midnight in summer time
    ['America/New_York', '2026-11-01T12:00:00Z', '2026-11-02T05:00:00.000Z'], // first midnight after the fall-back
    ['Asia/Kolkata', '2026-11-20T10:00:00Z', '2026-11-20T18:30:00.000Z'],
    ['Pacific/Guam', '2026-11-20T10:00:00Z', '2026-11-20T14:00:00.000Z'],
  ])('in %s, at %s, is %s', (zone, now, expected) => {
    expect(iso(nextLocalMidnight(Date.parse(now), zone))).toBe(expected);
  });

  // Daylight saving starts at midnight there: the clock goes 23:59:59 -> 01:00, so the new day's
  // first instant is 01:00 local, not 23:00 of the day before (an alarm that refired all hour).
  it.each([
    ['America/Santiago', '2025-09-06T12:00:00Z', '2025-09-07', '2025-09-07T04:00:00.000Z'],
    ['America/Asuncion', '2024-10-05T12:00:00Z', '2024-10-06', '2024-10-06T04:00:00.000Z'],
    ['America/Havana', '2026-03-07T12:00:00Z', '2026-03-08', '2026-03-08T05:00:00.000Z'],
    ['Asia/Beirut', '2026-03-28T12:00:00Z', '2026-03-29', '2026-03-28T22:00:00.000Z'],
    ['Pacific/Apia', '2011-12-29T12:00:00Z', '2011-12-31', '2011-12-30T10:00:00.000Z'], // 30 Dec 2011 skipped
  ])('where the day starts at 01:00 (%s, %s) it is the first instant of %s', (zone, now, day, expected) => {
    const next = nextLocalMidnight(Date.parse(now), zone);
    expect(iso(next)).toBe(expected);
    expect(todayIn(zone, new Date(next))).toBe(day);
    expect(todayIn(zone, new Date(next - 1))).toBe(todayIn(zone, new Date(Date.parse(now))));
    // Re-scheduled from the alarm a minute later (alarm.ts), the next one is a day ahead, not now again.
    expect(nextLocalMidnight(next + 60_000, zone) - next).toBeGreaterThan(22 * 3_600_000);
  });

  it('is always later than now and within 25 hours', () => {
    for (let h = 0; h < 48; h++) {
      const now = Date.parse('2026-03-07T00:17:00Z') + h * 3_600_000;
      const next = nextLocalMidnight(now, 'America/Los_Angeles');
      expect(next).toBeGreaterThan(now);
      expect(next - now).toBeLessThanOrEqual(25 * 3_600_000);
      // The instant is the first of the next local day: a millisecond earlier is still today.
      const zone = 'America/Los_Angeles';
      expect(todayIn(zone, new Date(next))).toBe(addDays(todayIn(zone, new Date(now)), 1));
      expect(todayIn(zone, new Date(next - 1))).toBe(todayIn(zone, new Date(now)));
      expect((next + zoneOffsetMs(next, zone)) % 86_400_000).toBe(0);
    }
  });
});

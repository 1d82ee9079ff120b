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

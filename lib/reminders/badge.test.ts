import { describe, expect, it } from 'vitest';
import { addDays } from '../deadlines/calendar-date';
import { BADGE_URGENCY, badgeFor, NO_BADGE } from './badge';
import type { OpenDeadline } from './deadlines';

const d = (daysLeft: number, entryNumbers: string[], extra: Partial<OpenDeadline> = {}): OpenDeadline => ({
  portfolioId: 'p1',
  portfolioName: 'Acme',
  action: 'cape',
  lastDay: addDays('2026-11-20', daysLeft),
  daysLeft,
  entryNumbers,
  ...extra,
});

describe('badgeFor', () => {
  it('counts entries with a last day within 14 days, each once per portfolio', () => {
    const badge = badgeFor(
      [
        d(2, ['E1', 'E2']),
        d(10, ['E1'], { action: 'protest' }),
        d(14, ['E3']),
        d(15, ['E4']),
        d(5, ['E1'], { portfolioId: 'p2' }),
      ],
      true,
    );
    expect(badge).toMatchObject({ count: 4, text: '4' });
  });

  it.each([
    [0, 'critical'],
    [3, 'critical'],
    [4, 'urgent'],
    [7, 'urgent'],
    [8, 'soon'],
    [14, 'soon'],
  ])('colours by the nearest last day: %i days left is %s', (days, urgency) => {
    const badge = badgeFor([d(days, ['E1']), d(14, ['E2'])], true);
    expect(badge.urgency).toBe(urgency);
    expect(badge.color).toBe(BADGE_URGENCY.find((s) => s.urgency === urgency)?.color);
  });

  it('is empty when off, or when nothing is due within 14 days', () => {
    expect(badgeFor([d(1, ['E1'])], false)).toEqual(NO_BADGE);
    expect(badgeFor([d(20, ['E1'])], true)).toEqual(NO_BADGE);
    expect(NO_BADGE.text).toBe('');
  });

  it('caps the text at four characters', () => {
    const many = Array.from({ length: 1200 }, (_, i) => `E${i}`);
    expect(badgeFor([d(3, many)], true)).toMatchObject({ count: 1200, text: '999+' });
  });
});

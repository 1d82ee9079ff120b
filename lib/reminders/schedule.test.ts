import { describe, expect, it } from 'vitest';
import { addDays } from '../deadlines/calendar-date';
import type { OpenDeadline } from './deadlines';
import { planReminders } from './schedule';

const LEADS = [30, 14, 7, 1];
const TODAY = '2026-11-20';

const deadline = (daysLeft: number, extra: Partial<OpenDeadline> = {}): OpenDeadline => ({
  portfolioId: 'p1',
  portfolioName: 'Acme',
  action: 'cape',
  lastDay: addDays(TODAY, daysLeft),
  daysLeft,
  entryNumbers: ['E1'],
  ...extra,
});

/** Runs the plan day by day from `from` to `to` (inclusive), carrying the ledger like the background. */
function simulate(lastDay: string, days: string[]) {
  const sent = new Set<string>();
  const log: { day: string; lead: number; catchUp: boolean }[] = [];
  for (const day of days) {
    const daysLeft = (Date.parse(lastDay) - Date.parse(day)) / 86_400_000;
    const plan = planReminders([deadline(daysLeft, { lastDay })], day, LEADS, sent);
    for (const k of plan.markSent) sent.add(k);
    for (const n of plan.notifications)
      for (const i of n.items) log.push({ day, lead: i.lead, catchUp: n.catchUp });
  }
  return log;
}

const range = (from: string, count: number) => Array.from({ length: count }, (_, i) => addDays(from, i));

describe('planReminders', () => {
  it.each([
    [31, []],
    [30, [30]],
    [29, []],
    [14, [14]],
    [7, [7]],
    [1, [1]],
    [0, []],
  ])(
    'with %i days left, a fresh ledger and nothing sent before, sends leads %j … on time',
    (daysLeft, expected) => {
      // Mark every farther lead as already sent, as the days before would have.
      const sent = new Set(
        LEADS.filter((l) => l > daysLeft).map((l) => `p1|${addDays(TODAY, daysLeft)}|cape|${l}`),
      );
      const plan = planReminders([deadline(daysLeft)], TODAY, LEADS, sent);
      expect(plan.notifications.flatMap((n) => n.items.map((i) => i.lead))).toEqual(expected);
      expect(plan.notifications.every((n) => !n.catchUp)).toBe(true);
    },
  );

  it('daily runs send each lead time exactly once, on its day', () => {
    const lastDay = '2026-12-31';
    const log = simulate(lastDay, range('2026-11-20', 45));
    expect(log).toEqual([
      { day: '2026-12-01', lead: 30, catchUp: false },
      { day: '2026-12-17', lead: 14, catchUp: false },
      { day: '2026-12-24', lead: 7, catchUp: false },
      { day: '2026-12-30', lead: 1, catchUp: false },
    ]);
  });

  it('running twice on a day (a restart, a second alarm) sends nothing the second time', () => {
    const sent = new Set<string>();
    const first = planReminders([deadline(7)], TODAY, LEADS, sent);
    for (const k of first.markSent) sent.add(k);
    expect(first.notifications).toHaveLength(1);
    expect(planReminders([deadline(7)], TODAY, LEADS, sent)).toEqual({ notifications: [], markSent: [] });
  });

  it('after a gap, one catch-up for the most urgent passed lead, not one per missed day', () => {
    const lastDay = '2026-12-31';
    // Runs until 12-10 (the 30-day reminder went out), then the browser stays closed until 12-28.
    const days = [...range('2026-11-25', 16), '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'];
    expect(simulate(lastDay, days)).toEqual([
      { day: '2026-12-01', lead: 30, catchUp: false },
      { day: '2026-12-28', lead: 7, catchUp: true },
      { day: '2026-12-30', lead: 1, catchUp: false },
    ]);
  });

  it('a portfolio saved 10 days before a last day gets the 14-day reminder at once, never the 30-day one', () => {
    expect(simulate('2026-11-30', range(TODAY, 11))).toEqual([
      { day: TODAY, lead: 14, catchUp: true },
      { day: '2026-11-23', lead: 7, catchUp: false },
      { day: '2026-11-29', lead: 1, catchUp: false },
    ]);
  });

  it('a lead time added after a nearer reminder went out does not send a farther one', () => {
    const sent = new Set([`p1|${addDays(TODAY, 5)}|cape|7`]);
    const plan = planReminders([deadline(5)], TODAY, [30, 14, 7, 1], sent);
    expect(plan.notifications).toEqual([]);
    expect(plan.markSent.sort()).toEqual([
      `p1|${addDays(TODAY, 5)}|cape|14`,
      `p1|${addDays(TODAY, 5)}|cape|30`,
    ]);
  });

  it('groups per portfolio: one notification per portfolio per day, nearest last day first', () => {
    const plan = planReminders(
      [
        deadline(14, { action: 'protest' }),
        deadline(7),
        deadline(7, { portfolioId: 'p2', portfolioName: 'Beta', entryNumbers: ['B1', 'B2'] }),
      ],
      TODAY,
      LEADS,
      new Set([
        `p1|${addDays(TODAY, 7)}|cape|14`,
        `p1|${addDays(TODAY, 7)}|cape|30`,
        `p2|${addDays(TODAY, 7)}|cape|14`,
        `p2|${addDays(TODAY, 7)}|cape|30`,
        `p1|${addDays(TODAY, 14)}|protest|30`,
      ]),
    );
    expect(plan.notifications.map((n) => [n.id, n.items.map((i) => `${i.action}:${i.daysLeft}`)])).toEqual([
      ['ace-assist-reminder|p1|2026-11-20', ['cape:7', 'protest:14']],
      ['ace-assist-reminder|p2|2026-11-20', ['cape:7']],
    ]);
  });

  it('a last day that has passed sends nothing', () => {
    expect(planReminders([deadline(-1)], TODAY, LEADS, new Set()).notifications).toEqual([]);
  });
});

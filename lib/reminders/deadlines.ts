// The last days still ahead, per portfolio, as of a day: the input of the badge and the reminders.
// Same rule as the calendar writer: a CAPE last day while the CAPE window is open, a protest last
// day while either window is open. Statuses are recomputed from the stored inputs, so an entry whose
// CAPE window closed yesterday moves on to its protest last day without a new import.
// An unliquidated entry past its deemed-liquidation cap (status.ts) gets the same two last days
// counted from the cap, as separate "if deemed liquidated" actions: the law may have liquidated it
// without ACE showing it, and a missed protest last day cannot be recovered.
import { type CalendarDate, daysBetween } from '../deadlines/calendar-date';
import { type RuleSet, rulesFor } from '../deadlines/rules';
import { statusOf } from '../portfolios/entries';
import type { Portfolio } from '../portfolios/schema';

export const DEADLINE_ACTIONS = ['cape', 'protest', 'cape-if-deemed', 'protest-if-deemed'] as const;
export type DeadlineAction = (typeof DEADLINE_ACTIONS)[number];

export const ACTION_LABELS: Readonly<Record<DeadlineAction, string>> = {
  cape: 'CAPE declaration',
  protest: 'Protest',
  'cape-if-deemed': 'CAPE declaration (if deemed liquidated)',
  'protest-if-deemed': 'Protest (if deemed liquidated)',
};

export type OpenDeadline = {
  portfolioId: string;
  portfolioName: string;
  action: DeadlineAction;
  lastDay: CalendarDate;
  /** 0 on the last day itself. */
  daysLeft: number;
  /** Sorted. */
  entryNumbers: string[];
};

export function openDeadlines(
  portfolios: readonly Pick<Portfolio, 'id' | 'name' | 'entries'>[],
  asOf: CalendarDate,
  rules: RuleSet = rulesFor(asOf),
): OpenDeadline[] {
  const out: OpenDeadline[] = [];
  for (const portfolio of portfolios) {
    const byKey = new Map<string, OpenDeadline>();
    const add = (action: DeadlineAction, lastDay: CalendarDate | null, entryNumber: string) => {
      if (lastDay === null) return;
      const daysLeft = daysBetween(asOf, lastDay);
      if (daysLeft < 0) return;
      const key = `${action}|${lastDay}`;
      let deadline = byKey.get(key);
      if (!deadline) {
        deadline = {
          portfolioId: portfolio.id,
          portfolioName: portfolio.name,
          action,
          lastDay,
          daysLeft,
          entryNumbers: [],
        };
        byKey.set(key, deadline);
      }
      deadline.entryNumbers.push(entryNumber);
    };
    for (const entry of portfolio.entries) {
      const status = statusOf(entry, asOf, rules);
      if (status.status === 'cape-window') add('cape', status.capeLastDay, entry.entryNumber);
      if (status.status === 'cape-window' || status.status === 'protest-window') {
        add('protest', status.protestLastDay, entry.entryNumber);
      }
      const deemed = status.status === 'unliquidated' ? status.deemedLiquidation : null;
      if (deemed) {
        // add() drops a last day that has passed, as the windows above do.
        add('cape-if-deemed', deemed.capeLastDay, entry.entryNumber);
        add('protest-if-deemed', deemed.protestLastDay, entry.entryNumber);
      }
    }
    for (const deadline of byKey.values()) {
      deadline.entryNumbers.sort();
      out.push(deadline);
    }
  }
  return out.sort(
    (a, b) =>
      a.daysLeft - b.daysLeft ||
      a.portfolioName.localeCompare(b.portfolioName) ||
      a.action.localeCompare(b.action),
  );
}

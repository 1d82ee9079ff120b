// Which reminders are due as of a day: pure, no browser APIs.
//
// A lead time L of a last day is *reached* once the days left are L or fewer. Each run sends, per
// last day, the most urgent reached lead that has not been sent (usually the one due exactly today)
// and marks every reached lead as sent. So after a missed day, or a week with the browser closed,
// the user gets one catch-up reminder for the nearest lead rather than one per missed day; and a
// portfolio saved 10 days before a last day gets its 14-day reminder at once, never the 30-day one
// later. Reminders are grouped: one notification per portfolio per day, listing its last days.
import type { CalendarDate } from '../deadlines/calendar-date';
import type { DeadlineAction, OpenDeadline } from './deadlines';
import { reminderKey } from './ledger';

export type ReminderItem = {
  action: DeadlineAction;
  lastDay: CalendarDate;
  daysLeft: number;
  /** The lead time this item answers (daysLeft < lead when it is a catch-up). */
  lead: number;
  entryNumbers: string[];
};

export type PlannedNotification = {
  /** One per portfolio per day; the browser replaces a notification with the same id. */
  id: string;
  portfolioId: string;
  portfolioName: string;
  asOf: CalendarDate;
  /** True when at least one item is late: its lead time passed while no run happened. */
  catchUp: boolean;
  items: ReminderItem[];
};

export type ReminderPlan = { notifications: PlannedNotification[]; markSent: string[] };

export function notificationId(portfolioId: string, asOf: CalendarDate): string {
  return `ace-assist-reminder|${portfolioId}|${asOf}`;
}

export function planReminders(
  deadlines: readonly OpenDeadline[],
  asOf: CalendarDate,
  leadTimes: readonly number[],
  sent: ReadonlySet<string>,
): ReminderPlan {
  const markSent: string[] = [];
  const byPortfolio = new Map<string, PlannedNotification>();
  for (const d of deadlines) {
    if (d.daysLeft < 0) continue;
    const reached = leadTimes.filter((lead) => lead >= d.daysLeft);
    if (reached.length === 0) continue;
    const keys = reached.map((lead) => reminderKey(d.portfolioId, d.lastDay, d.action, lead));
    const unsent = keys.filter((k) => !sent.has(k));
    if (unsent.length === 0) continue;
    markSent.push(...unsent);
    const mostUrgent = Math.min(...reached);
    // A nearer reminder already went out (a lead time added later, say): do not go back to a farther one.
    if (sent.has(reminderKey(d.portfolioId, d.lastDay, d.action, mostUrgent))) continue;
    let planned = byPortfolio.get(d.portfolioId);
    if (!planned) {
      planned = {
        id: notificationId(d.portfolioId, asOf),
        portfolioId: d.portfolioId,
        portfolioName: d.portfolioName,
        asOf,
        catchUp: false,
        items: [],
      };
      byPortfolio.set(d.portfolioId, planned);
    }
    planned.items.push({
      action: d.action,
      lastDay: d.lastDay,
      daysLeft: d.daysLeft,
      lead: mostUrgent,
      entryNumbers: d.entryNumbers,
    });
    if (d.daysLeft < mostUrgent) planned.catchUp = true;
  }
  const notifications = [...byPortfolio.values()];
  for (const n of notifications) {
    n.items.sort((a, b) => a.daysLeft - b.daysLeft || a.action.localeCompare(b.action));
  }
  return { notifications, markSent };
}

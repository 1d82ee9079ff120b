// Where a click on a reminder goes: the analyzer, filtered to the portfolio's entries in it.
//   analyzer.html#portfolio=<id>&entries=<entry>,<entry>,...
// The background keeps each shown notification's items in storage.local, because a notification
// outlives the service worker (and the browser session) that created it.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { type CalendarDate, compare, isCalendarDate } from '../deadlines/calendar-date';
import { DEADLINE_ACTIONS } from './deadlines';
import type { PlannedNotification, ReminderItem } from './schedule';

export const TARGETS_KEY = 'reminders.notifications';
/** Shown notifications older than this are forgotten (the browser has long closed them). */
export const TARGET_KEEP_DAYS = 14;

export function analyzerPath(portfolioId: string, entryNumbers: readonly string[]): string {
  const params = new URLSearchParams({ portfolio: portfolioId, entries: entryNumbers.join(',') });
  // URLSearchParams encodes the commas; they are safe in a fragment and keep the list readable.
  return `/analyzer.html#${params.toString().replace(/%2C/g, ',')}`;
}

/** For the analyzer: the portfolio and entries a reminder asked for, or null for another hash. */
export function parseAnalyzerHash(hash: string): { portfolioId: string; entryNumbers: string[] } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const portfolioId = params.get('portfolio');
  if (!portfolioId) return null;
  const entryNumbers = (params.get('entries') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { portfolioId, entryNumbers };
}

const itemSchema = z.object({
  action: z.enum(DEADLINE_ACTIONS),
  lastDay: z.string().refine(isCalendarDate),
  daysLeft: z.number().int(),
  lead: z.number().int(),
  entryNumbers: z.array(z.string()),
});
const targetSchema = z.object({
  portfolioId: z.string(),
  portfolioName: z.string(),
  asOf: z.string().refine(isCalendarDate),
  catchUp: z.boolean(),
  items: z.array(itemSchema),
});
const targetsSchema = z.record(z.string(), targetSchema);
export type ShownNotification = z.infer<typeof targetSchema>;

export async function loadTargets(): Promise<Record<string, ShownNotification>> {
  const parsed = targetsSchema.safeParse((await browser.storage.local.get(TARGETS_KEY))[TARGETS_KEY]);
  return parsed.success ? parsed.data : {};
}

export async function saveTargets(targets: Record<string, ShownNotification>): Promise<void> {
  await browser.storage.local.set({ [TARGETS_KEY]: targets });
}

/**
 * Adds a planned notification to the shown ones. A second run on the same day for the same
 * portfolio (a new import, say) extends that day's notification instead of adding another.
 */
export function mergeShown(
  shown: ShownNotification | undefined,
  planned: PlannedNotification,
): ShownNotification {
  const items = new Map<string, ReminderItem>();
  for (const item of [...(shown?.items ?? []), ...planned.items]) {
    items.set(`${item.action}|${item.lastDay}`, item);
  }
  return {
    portfolioId: planned.portfolioId,
    portfolioName: planned.portfolioName,
    asOf: planned.asOf,
    catchUp: (shown?.catchUp ?? false) || planned.catchUp,
    items: [...items.values()].sort((a, b) => a.daysLeft - b.daysLeft || a.action.localeCompare(b.action)),
  };
}

export function pruneTargets(
  targets: Record<string, ShownNotification>,
  oldestKept: CalendarDate,
): Record<string, ShownNotification> {
  return Object.fromEntries(Object.entries(targets).filter(([, t]) => compare(t.asOf, oldestKept) >= 0));
}

/** The analyzer path for a clicked notification; null when it is not one of ours or was forgotten. */
export function clickPath(target: ShownNotification | undefined): string | null {
  if (!target) return null;
  const numbers = [...new Set(target.items.flatMap((i) => i.entryNumbers))].sort();
  return analyzerPath(target.portfolioId, numbers);
}

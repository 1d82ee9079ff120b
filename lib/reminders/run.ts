// One reminder run: recompute every portfolio's last days as of today, set the toolbar badge, and
// send the reminders that are due. The background calls it on the daily alarm, at browser start,
// after an install or update, after a portfolio is saved and when the settings change.
//
//   portfolios (IndexedDB) ──► openDeadlines(today) ──► badgeFor ──► action.setBadge*
//                                       │
//   ledger (storage.local) ──► planReminders ──► ledger saved ──► notifications.create
//
// The ledger is written before the notifications are shown: if the worker dies in between, a
// reminder is lost rather than shown twice on the next run (the next lead time still comes).
import { browser } from 'wxt/browser';
import { addDays, type CalendarDate, todayIn } from '../deadlines/calendar-date';
import type { LoadedPortfolios, RepoResult } from '../portfolios/repo';
import type { Settings } from '../settings/schema';
import { scheduleDailyAlarm } from './alarm';
import { type Badge, badgeFor } from './badge';
import { openDeadlines } from './deadlines';
import { loadLedger, pruneLedger, saveLedger } from './ledger';
import { notificationMessage, notificationTitle } from './notification-text';
import { planReminders } from './schedule';
import { loadTargets, mergeShown, pruneTargets, saveTargets, TARGET_KEEP_DAYS } from './targets';

export type ReminderDeps = {
  now?: () => Date;
  /** IANA zone; the runtime's (the user's) when omitted. */
  timeZone?: string;
  loadPortfolios: () => Promise<RepoResult<LoadedPortfolios>>;
  loadSettings: () => Promise<Settings>;
  /** Whether the optional `notifications` permission is granted right now. */
  notificationsGranted: () => Promise<boolean>;
  iconUrl?: string;
};

export type RunReport = {
  asOf: CalendarDate;
  badge: Badge;
  /** Ids of the notifications created or updated. */
  notified: string[];
  /** Why reminders were not sent, when they were not. */
  skipped?: 'notifications-off' | 'permission-missing' | 'storage-error';
  error?: string;
};

async function setBadge(badge: Badge): Promise<void> {
  await browser.action.setBadgeText({ text: badge.text });
  if (badge.text) await browser.action.setBadgeBackgroundColor({ color: badge.color });
}

export async function runReminders(deps: ReminderDeps): Promise<RunReport> {
  const now = deps.now?.() ?? new Date();
  const asOf = todayIn(deps.timeZone, now);
  const settings = await deps.loadSettings();
  const loaded = await deps.loadPortfolios();
  if (!loaded.ok) {
    // Keep the badge as it was: a storage hiccup must not look like "nothing due".
    return { asOf, badge: badgeFor([], false), notified: [], skipped: 'storage-error', error: loaded.error };
  }
  const { portfolios } = loaded.value;
  const deadlines = openDeadlines(portfolios, asOf);
  const badge = badgeFor(deadlines, settings.badgeEnabled);
  await setBadge(badge);

  const ledger = pruneLedger(await loadLedger(), asOf, new Set(portfolios.map((p) => p.id)));
  const report: RunReport = { asOf, badge, notified: [] };
  if (!settings.notificationsEnabled) report.skipped = 'notifications-off';
  else if (!(await deps.notificationsGranted()) || !browser.notifications)
    report.skipped = 'permission-missing';
  if (report.skipped) {
    // Nothing is marked sent: turning reminders on later brings what is due at that point.
    await saveLedger({ ...ledger, lastRunDate: asOf });
    return report;
  }

  const plan = planReminders(deadlines, asOf, settings.leadTimes, new Set(ledger.sent));
  await saveLedger({ ...ledger, sent: [...ledger.sent, ...plan.markSent], lastRunDate: asOf });
  if (plan.notifications.length === 0) return report;

  const targets = pruneTargets(await loadTargets(), addDays(asOf, -TARGET_KEEP_DAYS));
  for (const planned of plan.notifications) targets[planned.id] = mergeShown(targets[planned.id], planned);
  await saveTargets(targets);
  for (const planned of plan.notifications) {
    const shown = targets[planned.id] ?? planned;
    await browser.notifications.create(planned.id, {
      type: 'basic',
      iconUrl: deps.iconUrl ?? browser.runtime.getURL('/icon/128.png'),
      title: notificationTitle(shown),
      message: notificationMessage(shown),
    });
    report.notified.push(planned.id);
  }
  return report;
}

/**
 * Runs one at a time: an alarm, a startup and a save can arrive together, and two overlapping runs
 * would both read the ledger before either wrote it (and notify twice).
 */
export function createReminderRunner(deps: ReminderDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  const run = (): Promise<RunReport> => {
    const next = queue.then(() => runReminders(deps));
    queue = next.catch(() => {});
    return next;
  };
  /** Daily alarm at the next local midnight, then the run (startup, install, alarm). */
  const scheduleAndRun = async (): Promise<RunReport> => {
    await scheduleDailyAlarm(deps.now?.().getTime() ?? Date.now(), deps.timeZone);
    return run();
  };
  return { run, scheduleAndRun };
}

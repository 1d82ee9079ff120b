// Background: wiring only. The message router validates and dispatches; features own the handlers.
import { browser } from 'wxt/browser';
import { getActiveDraft, isExtensionPage, saveOnClose } from '@/lib/form5106/background-handlers';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { listPortfolios, savePortfolio } from '@/lib/portfolios/background-handlers';
import { createPortfolioRepo } from '@/lib/portfolios/repo';
import { DAILY_ALARM } from '@/lib/reminders/alarm';
import { createReminderRunner, type RunReport } from '@/lib/reminders/run';
import { listenForReminderClicks, notificationsGranted } from '@/lib/reminders/wiring';
import { loadSettings, watchSettings } from '@/lib/settings/store';

const portfolios = createPortfolioRepo();
const reminders = createReminderRunner({
  loadPortfolios: () => portfolios.loadAll(),
  loadSettings: async () => (await loadSettings()).settings,
  notificationsGranted,
});

function logFailure(report: RunReport): RunReport {
  if (report.error) console.warn('ACE Assist: reminders skipped:', report.error);
  return report;
}
const recompute = () => reminders.run().then(logFailure);
const catchUp = () =>
  void reminders
    .scheduleAndRun()
    .then(logFailure)
    .catch((error) => console.warn('ACE Assist: reminder run failed', error));

const handlers: Handlers = {
  ping: async () => ({ pong: true, version: browser.runtime.getManifest().version }),
  'drafts/getActive': async () => getActiveDraft(),
  'drafts/saveOnClose': async (request, sender) => {
    if (!isExtensionPage(sender, browser.runtime.getURL('/')))
      throw new Error('Only extension pages save drafts.');
    return saveOnClose(request);
  },
  'portfolios/save': async (request, sender) => {
    if (!isExtensionPage(sender, browser.runtime.getURL('/')))
      throw new Error('Only extension pages save portfolios.');
    const saved = await savePortfolio(portfolios, request);
    await recompute();
    return saved;
  },
  'portfolios/list': async () => listPortfolios(portfolios),
  'reminders/recompute': async () => {
    const report = await recompute();
    return {
      asOf: report.asOf,
      badgeCount: report.badge.count,
      notified: report.notified.length,
      skipped: report.skipped ?? null,
    };
  },
};

export default defineBackground(() => {
  const route = createRouter(handlers, browser.runtime.id);
  // Returning a promise answers the message (polyfill semantics); undefined leaves it to others.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  // Reminders: a daily alarm at local midnight, plus a catch-up run whenever the browser starts or
  // the extension is installed or updated (Firefox forgets alarms across restarts; a closed laptop
  // misses midnight). Runs are queued and deduplicated by the ledger in lib/reminders.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAILY_ALARM) catchUp();
  });
  browser.runtime.onStartup.addListener(catchUp);
  browser.runtime.onInstalled.addListener(catchUp);
  watchSettings(() => void recompute().catch(() => {}));
  listenForReminderClicks();
  browser.permissions.onAdded.addListener(() => {
    listenForReminderClicks();
    void recompute().catch(() => {});
  });
});

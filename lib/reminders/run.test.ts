// The background's reminder run against WXT's fake browser (badge, alarms, notifications, storage)
// and fake-indexeddb, with a fake clock: only Date is faked, so IndexedDB's own timers still run.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDays } from '../deadlines/calendar-date';
import { createPortfolioRepo } from '../portfolios/repo';
import { capeDueIn, freshStorage, protestDueIn } from '../portfolios/test-helpers';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { DAILY_ALARM } from './alarm';
import { BADGE_URGENCY } from './badge';
import { createReminderRunner, type ReminderDeps } from './run';
import { clickPath, loadTargets } from './targets';

const ZONE = 'America/Los_Angeles';
const TODAY = '2026-11-20';
/** Noon in Los Angeles on `day`. */
const noonLA = (day: string) => new Date(`${day}T20:00:00Z`);

let settings: Settings;
let granted: boolean;
const repo = () => createPortfolioRepo();

function deps(extra: Partial<ReminderDeps> = {}): ReminderDeps {
  return {
    timeZone: ZONE,
    loadPortfolios: () => repo().loadAll(),
    loadSettings: async () => settings,
    notificationsGranted: async () => granted,
    iconUrl: 'icon.png',
    ...extra,
  };
}

async function shown() {
  return Object.entries(fakeBrowser.notifications.getAllCreateOptions()).map(([id, o]) => ({
    id,
    title: o.title,
    message: o.message,
  }));
}

beforeEach(() => {
  freshStorage();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(noonLA(TODAY));
  settings = { ...DEFAULT_SETTINGS, notificationsEnabled: true };
  granted = true;
});
afterEach(() => {
  vi.useRealTimers();
});

async function savePortfolio(name: string, entries: unknown[]) {
  const saved = await repo().save({ target: { name }, asOf: TODAY, entries });
  if (!saved.ok) throw new Error(saved.error);
  return saved.value.portfolio.id;
}

describe('reminder run', () => {
  it('sets the badge to the entries due within 14 days, coloured by the nearest', async () => {
    await savePortfolio('Acme', [
      capeDueIn('E1', TODAY, 5),
      capeDueIn('E2', TODAY, 13),
      capeDueIn('E3', TODAY, 40),
    ]);
    const report = await createReminderRunner(deps()).run();
    expect(report.badge).toMatchObject({ count: 2, urgency: 'urgent' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xc2, 0x41, 0x0c, 255]);
    expect(BADGE_URGENCY[1].color).toBe('#C2410C');
  });

  it('clears the badge when the user turns it off', async () => {
    await savePortfolio('Acme', [capeDueIn('E1', TODAY, 5)]);
    await createReminderRunner(deps()).run();
    settings = { ...settings, badgeEnabled: false };
    await createReminderRunner(deps()).run();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('sends nothing while notifications are off or the permission is missing, and sends later when on', async () => {
    await savePortfolio('Acme', [capeDueIn('E1', TODAY, 7)]);
    settings = { ...settings, notificationsEnabled: false };
    expect((await createReminderRunner(deps()).run()).skipped).toBe('notifications-off');
    settings = { ...settings, notificationsEnabled: true };
    granted = false;
    expect((await createReminderRunner(deps()).run()).skipped).toBe('permission-missing');
    expect(await shown()).toEqual([]);
    granted = true;
    expect((await createReminderRunner(deps()).run()).notified).toHaveLength(1);
  });

  it('one notification per portfolio; none again after a restart on the same day', async () => {
    const id = await savePortfolio('Acme', [
      capeDueIn('E1', TODAY, 7),
      capeDueIn('E2', TODAY, 7),
      protestDueIn('E3', TODAY, 14),
    ]);
    await savePortfolio('Beta', [capeDueIn('B1', TODAY, 1)]);
    const first = await createReminderRunner(deps()).run();
    expect(first.notified).toHaveLength(2);
    const acme = (await shown()).find((n) => n.id.includes(id));
    expect(acme).toEqual({
      id: `ace-assist-reminder|${id}|${TODAY}`,
      title: 'Last day reminder: Acme',
      message: [
        `CAPE declaration last day ${addDays(TODAY, 7)} (in 7 days): 2 entries`,
        `Protest last day ${addDays(TODAY, 14)} (in 14 days): 1 entry`,
      ].join('\n'),
    });
    await fakeBrowser.notifications.clear(acme?.id ?? '');
    // A "restart": a new runner, the same storage.
    expect((await createReminderRunner(deps()).run()).notified).toEqual([]);
    vi.setSystemTime(noonLA(addDays(TODAY, 1)));
    expect((await createReminderRunner(deps()).run()).notified).toEqual([]);
  });

  it('a click opens the analyzer filtered to the entries of the notification', async () => {
    const id = await savePortfolio('Acme', [capeDueIn('E2', TODAY, 7), capeDueIn('E1', TODAY, 1)]);
    const [notified] = (await createReminderRunner(deps()).run()).notified;
    expect(clickPath((await loadTargets())[notified ?? ''])).toBe(
      `/analyzer.html#portfolio=${id}&entries=E1,E2`,
    );
  });

  it('after days with the browser closed, one catch-up per portfolio for the most urgent passed lead', async () => {
    await savePortfolio('Acme', [capeDueIn('E1', TODAY, 40), capeDueIn('E2', TODAY, 45)]);
    const runner = createReminderRunner(deps());
    expect((await runner.run()).notified).toEqual([]);
    vi.setSystemTime(noonLA(addDays(TODAY, 10))); // 30 and 35 days left: E1's 30-day lead
    expect((await runner.run()).notified).toHaveLength(1);
    for (const [nid] of Object.entries(fakeBrowser.notifications.getAllCreateOptions())) {
      await fakeBrowser.notifications.clear(nid);
    }
    vi.setSystemTime(noonLA(addDays(TODAY, 35))); // closed for 25 days: 5 and 10 days left
    const late = await createReminderRunner(deps()).run();
    expect(late.notified).toHaveLength(1);
    expect(await shown()).toEqual([
      {
        id: `ace-assist-reminder|${late.notified[0]?.split('|')[1]}|${addDays(TODAY, 35)}`,
        title: 'Last days to check: Acme',
        message: [
          `CAPE declaration last day ${addDays(TODAY, 40)} (in 5 days): 1 entry`,
          `CAPE declaration last day ${addDays(TODAY, 45)} (in 10 days): 1 entry`,
        ].join('\n'),
      },
    ]);
  });

  it('uses the user’s calendar day: 23:30 in Los Angeles is still the day before in UTC terms', async () => {
    // E1's 7-day lead falls on TODAY + 1 (its CAPE last day is TODAY + 8).
    settings = { ...settings, leadTimes: [7] };
    await savePortfolio('Acme', [capeDueIn('E1', TODAY, 8)]);
    vi.setSystemTime(new Date(`${addDays(TODAY, 1)}T07:30:00Z`)); // 23:30 on TODAY in Los Angeles
    const la = await createReminderRunner(deps()).run();
    expect(la.asOf).toBe(TODAY);
    expect(la.notified).toEqual([]);
    const utc = await createReminderRunner(deps({ timeZone: 'UTC' })).run();
    expect(utc.asOf).toBe(addDays(TODAY, 1));
    expect(utc.notified).toHaveLength(1);
  });

  it('a second run on the same day (a new import) extends that day’s notification', async () => {
    const id = await savePortfolio('Acme', [capeDueIn('E1', TODAY, 7)]);
    await createReminderRunner(deps()).run();
    await repo().save({ target: { portfolioId: id }, asOf: TODAY, entries: [capeDueIn('E2', TODAY, 1)] });
    await createReminderRunner(deps()).run();
    const [only] = await shown();
    expect(only?.message.split('\n')).toHaveLength(2);
  });

  it('schedules the daily alarm for a minute past the next local midnight, every 24 hours', async () => {
    vi.setSystemTime(new Date(`${addDays(TODAY, 1)}T07:30:00Z`)); // 23:30 in Los Angeles
    await createReminderRunner(deps()).scheduleAndRun();
    const alarm = await fakeBrowser.alarms.get(DAILY_ALARM);
    expect(alarm?.periodInMinutes).toBe(1440);
    expect(new Date(alarm?.scheduledTime ?? 0).toISOString()).toBe(`${addDays(TODAY, 1)}T08:01:00.000Z`);
  });

  it('runs one at a time, so overlapping triggers cannot both notify', async () => {
    await savePortfolio('Acme', [capeDueIn('E1', TODAY, 7)]);
    const runner = createReminderRunner(deps());
    const reports = await Promise.all([runner.run(), runner.run(), runner.run()]);
    expect(reports.map((r) => r.notified.length)).toEqual([1, 0, 0]);
  });
});

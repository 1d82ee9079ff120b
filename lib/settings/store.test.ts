import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, effectiveAsOf, SETTINGS_KEY, settingsSchema } from './schema';
import { loadSettings, updateSettings, watchSettings } from './store';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults: lead times 30/14/7/1, badge on, notifications off, as of today', async () => {
    expect(await loadSettings()).toEqual({
      settings: {
        schemaVersion: 1,
        leadTimes: [30, 14, 7, 1],
        badgeEnabled: true,
        notificationsEnabled: false,
        asOf: { mode: 'today' },
      },
      damaged: false,
    });
  });

  it('saves a change, keeps lead times sorted without repeats, and tells other contexts', async () => {
    const seen: number[][] = [];
    const stop = watchSettings((s) => seen.push(s.leadTimes));
    expect(await updateSettings({ leadTimes: [1, 60, 7, 60] })).toMatchObject({
      ok: true,
      settings: { leadTimes: [60, 7, 1] },
    });
    expect((await loadSettings()).settings.leadTimes).toEqual([60, 7, 1]);
    expect(seen).toEqual([[60, 7, 1]]);
    stop();
  });

  it.each([
    [{ leadTimes: [-1] }, 'A lead time cannot be negative.'],
    [{ leadTimes: [200] }, 'A lead time is at most 179 days.'],
    [{ leadTimes: [1.5] }, 'Lead times are whole days.'],
    [{ asOf: { mode: 'fixed', date: '2026-02-30' } }, 'Expected a real date as YYYY-MM-DD'],
  ])('refuses %j with "%s" and stores nothing', async (patch, message) => {
    expect(await updateSettings(patch as never)).toEqual({ ok: false, error: message });
    expect(await fakeBrowser.storage.local.get(SETTINGS_KEY)).toEqual({});
  });

  it('reads an older value with missing fields, and falls back to defaults for a damaged one', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { badgeEnabled: false } });
    expect(await loadSettings()).toMatchObject({
      settings: { badgeEnabled: false, leadTimes: [30, 14, 7, 1] },
    });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { leadTimes: 'soon' } });
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, damaged: true });
  });

  it('the default as-of date is today, or the fixed date the user chose', () => {
    expect(effectiveAsOf(DEFAULT_SETTINGS, '2026-11-20')).toBe('2026-11-20');
    const fixed = settingsSchema.parse({ asOf: { mode: 'fixed', date: '2026-06-30' } });
    expect(effectiveAsOf(fixed, '2026-11-20')).toBe('2026-06-30');
  });
});

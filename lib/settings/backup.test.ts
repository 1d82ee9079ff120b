import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraftRepo } from '../form5106/repo';
import { forgetConnections as forgetDrafts } from '../form5106/store';
import { createManualEntryRepo, forgetConnections as forgetManual } from '../manual-entries/repo';
import { input } from '../manual-entries/test-helpers';
import { createPortfolioRepo } from '../portfolios/repo';
import { forgetConnections as forgetPortfolios } from '../portfolios/store';
import { row } from '../portfolios/test-helpers';
import { buildBackup, type DataRepos, restoreBackup } from './backup';
import { eraseAllData } from './erase';
import { loadSettings, updateSettings } from './store';

const TODAY = '2026-11-20';

function freshEverything(): DataRepos {
  globalThis.indexedDB = new IDBFactory();
  forgetDrafts();
  forgetManual();
  forgetPortfolios();
  fakeBrowser.reset();
  return { portfolios: createPortfolioRepo(), drafts: createDraftRepo(), manual: createManualEntryRepo() };
}

async function fill(repos: DataRepos) {
  await repos.portfolios.save({
    target: { name: 'Acme' },
    asOf: TODAY,
    entries: [row('E1', '2026-11-06'), row('E2', null)],
  });
  await repos.drafts.create({ name: 'Acme 5106' });
  await repos.manual.create(input());
  await updateSettings({ leadTimes: [10, 3], badgeEnabled: false });
}

async function exported(repos: DataRepos): Promise<string> {
  const backup = await buildBackup(repos, TODAY);
  if (!backup.ok) throw new Error(backup.error);
  expect(backup.fileName).toBe('ace-assist-data-2026-11-20.json');
  return backup.text;
}

let repos: DataRepos;
beforeEach(() => {
  repos = freshEverything();
});

describe('export and import of all data', () => {
  it('round-trips portfolios, drafts, manual entries and settings into an empty profile', async () => {
    await fill(repos);
    const text = await exported(repos);
    const fresh = freshEverything();
    expect(await restoreBackup(fresh, text)).toEqual({
      ok: true,
      counts: { portfolios: 1, drafts: 1, manualEntries: 1, manualSkipped: 0 },
    });
    const all = await fresh.portfolios.loadAll();
    expect(all.ok && all.value.portfolios.map((p) => [p.name, p.entries.length])).toEqual([['Acme', 2]]);
    const drafts = await fresh.drafts.list();
    expect(drafts.ok && drafts.value.drafts.map((d) => d.name)).toEqual(['Acme 5106']);
    const manual = await fresh.manual.list();
    expect(manual.ok && manual.value.entries.map((e) => e.entryNumber)).toEqual([input().entryNumber]);
    expect((await loadSettings()).settings).toMatchObject({ leadTimes: [10, 3], badgeEnabled: false });
  });

  it('importing the same file again does not fail on manual entries already there', async () => {
    await fill(repos);
    const text = await exported(repos);
    expect(await restoreBackup(repos, text)).toMatchObject({
      ok: true,
      counts: { manualEntries: 0, manualSkipped: 1 },
    });
  });

  it.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['another file', JSON.stringify({ format: 'something-else' }), /not an ACE Assist data file/],
  ])('refuses %s with a message, writing nothing', async (_, text, message) => {
    const result = await restoreBackup(repos, text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(message);
  });

  it('lists the place of a damaged record and writes nothing at all', async () => {
    await fill(repos);
    const file = JSON.parse(await exported(repos));
    file.portfolios[0].entries[1].ieepaDutyCents = -5;
    file.drafts.drafts[0].schemaVersion = 99;
    const target = freshEverything();
    const result = await restoreBackup(target, JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join('\n')).toMatch(/^portfolios\.0\.entries\.1\.ieepaDutyCents: /);
    expect(await target.portfolios.list()).toEqual({ ok: true, value: [] });
    const drafts = await target.drafts.list();
    expect(drafts.ok && drafts.value.drafts).toEqual([]);
  });

  it('undoes the drafts and manual entries when a later step fails (no half-import)', async () => {
    await fill(repos);
    const text = await exported(repos);
    const target = freshEverything();
    const failing: DataRepos = {
      ...target,
      portfolios: {
        ...target.portfolios,
        putAll: async () => ({ ok: false, code: 'storage', error: 'disk full' }),
      },
    };
    expect(await restoreBackup(failing, text)).toEqual({
      ok: false,
      problems: ['Portfolios: disk full Nothing was imported.'],
    });
    const drafts = await target.drafts.list();
    const manual = await target.manual.list();
    expect([drafts.ok && drafts.value.drafts.length, manual.ok && manual.value.entries.length]).toEqual([
      0, 0,
    ]);
  });

  it('refuses to export while the drafts are locked, saying how to include them', async () => {
    const locked: DataRepos = {
      ...repos,
      drafts: { ...repos.drafts, list: async () => ({ ok: false, code: 'locked', error: 'locked' }) },
    };
    expect(await buildBackup(locked, TODAY)).toEqual({
      ok: false,
      error: expect.stringMatching(/unlock them .* then export again/),
    });
  });

  it('delete all data empties every store and the settings', async () => {
    await fill(repos);
    expect(await eraseAllData(repos)).toEqual({ ok: true });
    expect(await repos.portfolios.list()).toEqual({ ok: true, value: [] });
    const drafts = await repos.drafts.list();
    const manual = await repos.manual.list();
    expect([drafts.ok && drafts.value.drafts.length, manual.ok && manual.value.entries.length]).toEqual([
      0, 0,
    ]);
    expect((await loadSettings()).settings.badgeEnabled).toBe(true);
  });
});

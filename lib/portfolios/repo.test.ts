import { beforeEach, describe, expect, it } from 'vitest';
import { createPortfolioRepo } from './repo';
import { capeDueIn, freshStorage, row } from './test-helpers';

const ASOF = '2026-11-20';

function repoWithClock() {
  let time = 1_000;
  let n = 0;
  return createPortfolioRepo({ now: () => (time += 1000), newId: () => `p${++n}` });
}

beforeEach(freshStorage);

describe('portfolio repository', () => {
  it('saves an analysis as a new portfolio and reads it back with its entries', async () => {
    const repo = repoWithClock();
    const saved = await repo.save({
      target: { name: '  Acme Imports ' },
      asOf: ASOF,
      entries: [row('E2', null), capeDueIn('E1', ASOF, 10)],
    });
    expect(saved).toMatchObject({
      ok: true,
      value: {
        portfolio: { id: 'p1', name: 'Acme Imports', entryCount: 2, lastImportAsOf: ASOF },
        changes: { added: 2, messages: ['2 entries saved.'] },
      },
    });
    const got = await repo.get('p1');
    if (!got.ok) throw new Error(got.error);
    expect(got.value.entries.map((e) => [e.entryNumber, e.statusAtImport])).toEqual([
      ['E1', 'cape-window'],
      ['E2', 'unliquidated'],
    ]);
    const list = await repo.list();
    expect(list.ok && list.value.map((p) => p.name)).toEqual(['Acme Imports']);
  });

  it('refuses a second portfolio with the same name, saying how to merge instead', async () => {
    const repo = repoWithClock();
    await repo.save({ target: { name: 'Acme' }, asOf: ASOF, entries: [row('E1', null)] });
    const again = await repo.save({ target: { name: 'acme' }, asOf: ASOF, entries: [row('E2', null)] });
    expect(again).toMatchObject({ ok: false, code: 'duplicate' });
    expect(!again.ok && again.error).toMatch(/choose it to merge/);
    expect((await repo.list()).ok && (await repo.get('p1')).ok).toBe(true);
  });

  it('merges a newer analysis into a portfolio and reports the changes', async () => {
    const repo = repoWithClock();
    await repo.save({
      target: { name: 'Acme' },
      asOf: '2026-10-01',
      entries: [row('E1', null), row('E2', null)],
    });
    const merged = await repo.save({
      target: { portfolioId: 'p1' },
      asOf: ASOF,
      entries: [row('E1', '2026-11-06'), row('E3', null)],
    });
    expect(merged).toMatchObject({
      ok: true,
      value: {
        portfolio: { entryCount: 3, lastImportAsOf: ASOF },
        changes: { liquidated: 1, added: 1, kept: 1 },
      },
    });
    const all = await repo.loadAll();
    expect(all.ok && all.value.portfolios[0]?.entries.map((e) => e.entryNumber)).toEqual(['E1', 'E2', 'E3']);
  });

  it('returns messages, not throws, for bad input and missing portfolios', async () => {
    const repo = repoWithClock();
    expect(await repo.save({ target: { name: '' }, asOf: ASOF, entries: [row('E1', null)] })).toMatchObject({
      ok: false,
      code: 'invalid',
      error: 'Give the portfolio a name (the importer or client it is for).',
    });
    expect(await repo.save({ target: { name: 'X' }, asOf: ASOF, entries: [] })).toMatchObject({ ok: false });
    expect(
      await repo.save({ target: { portfolioId: 'nope' }, asOf: ASOF, entries: [row('E1', null)] }),
    ).toMatchObject({ ok: false, code: 'not-found' });
    expect(
      await repo.save({ target: { name: 'X' }, asOf: ASOF, entries: [{ entryNumber: '' }] }),
    ).toMatchObject({
      ok: false,
      code: 'invalid',
    });
  });

  it('renames, deletes one portfolio with its entries, and clears all', async () => {
    const repo = repoWithClock();
    await repo.save({ target: { name: 'A' }, asOf: ASOF, entries: [row('E1', null)] });
    await repo.save({ target: { name: 'B' }, asOf: ASOF, entries: [row('E1', null), row('E2', null)] });
    expect(await repo.rename('p1', 'B')).toMatchObject({ ok: false, code: 'duplicate' });
    expect(await repo.rename('p1', 'C')).toMatchObject({ ok: true, value: { name: 'C' } });
    await repo.remove('p2');
    const all = await repo.loadAll();
    expect(all.ok && all.value.portfolios.map((p) => [p.name, p.entries.length])).toEqual([['C', 1]]);
    await repo.clear();
    expect(await repo.list()).toEqual({ ok: true, value: [] });
  });

  it('putAll writes whole portfolios in one go, replacing one with the same id', async () => {
    const repo = repoWithClock();
    await repo.save({ target: { name: 'A' }, asOf: ASOF, entries: [row('E1', null), row('E2', null)] });
    const got = await repo.get('p1');
    if (!got.ok) throw new Error(got.error);
    const first = got.value.entries[0];
    if (!first) throw new Error('no entry');
    await repo.putAll([
      { ...got.value, name: 'A restored', entries: [first] },
      { ...got.value, id: 'p9', name: 'Other', entries: [] },
    ]);
    const all = await repo.loadAll();
    expect(all.ok && all.value.portfolios.map((p) => [p.id, p.name, p.entries.length, p.entryCount])).toEqual(
      [
        ['p1', 'A restored', 1, 1],
        ['p9', 'Other', 0, 0],
      ],
    );
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createManualEntryRepo, DB_NAME } from './repo';
import { freshDb, input } from './test-helpers';

beforeEach(freshDb);

function repo() {
  let t = 1_000;
  let n = 0;
  return createManualEntryRepo({ now: () => ++t, newId: () => `id-${++n}` });
}

async function value<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('manual entry repository', () => {
  it('creates, lists (by entry date), updates and deletes', async () => {
    const r = repo();
    const later = await value(r.create(input({ entryNumber: 'SP700000014', entryDate: '2025-09-01' })));
    const earlier = await value(r.create(input()));
    expect(later).toMatchObject({ id: 'id-1', schemaVersion: 1, portfolioId: null, createdAt: 1_001 });
    expect((await value(r.list())).entries.map((e) => e.id)).toEqual(['id-2', 'id-1']);

    const updated = await value(r.update(earlier.id, input({ liquidationDate: '2026-04-17' })));
    expect(updated).toMatchObject({ liquidationDate: '2026-04-17', createdAt: 1_002, updatedAt: 1_003 });

    expect(await r.remove(later.id)).toEqual({ ok: true, value: true });
    expect((await value(r.list())).entries).toEqual([updated]);
  });

  it('refuses a second entry with the same number, with a message naming it', async () => {
    const r = repo();
    await value(r.create(input()));
    expect(await r.create(input({ entryDate: '2025-07-01' }))).toEqual({
      ok: false,
      code: 'duplicate',
      error: 'Entry ABC-1234567-6 is already in the list: edit it there instead.',
    });
  });

  it('refuses to renumber an entry onto another one, but keeps its own number on edit', async () => {
    const r = repo();
    const a = await value(r.create(input()));
    await value(r.create(input({ entryNumber: 'SP700000014' })));
    expect(await r.update(a.id, input({ entryNumber: 'SP700000014' }))).toMatchObject({ code: 'duplicate' });
    expect(await r.update(a.id, input({ ieepaDutyCents: 5 }))).toMatchObject({ ok: true });
  });

  it('checks input at the storage boundary (zod), not only in the form', async () => {
    const r = repo();
    for (const bad of [
      input({ entryNumber: 'ABC12345675' }),
      input({ entryNumber: 'abc12345676' }),
      input({ entryDate: '2025-02-30' }),
      input({ ieepaDutyCents: 12.5 }),
      input({ entryType: '99' as '01' }),
    ]) {
      expect(await r.create(bad)).toMatchObject({ ok: false, code: 'invalid' });
    }
    expect((await value(r.list())).entries).toEqual([]);
  });

  it('says so when the entry to edit is gone', async () => {
    expect(await repo().update('nope', input())).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('lists a damaged record apart instead of failing the whole list', async () => {
    const r = repo();
    await value(r.create(input()));
    const { openDB } = await import('idb');
    const raw = await openDB(DB_NAME);
    await raw.put('entries', { id: 'broken', entryNumber: 'X' });
    raw.close();
    const listing = await value(r.list());
    expect(listing.entries).toHaveLength(1);
    expect(listing.damaged).toEqual([
      { id: 'broken', error: expect.stringMatching(/delete it and enter it again/) },
    ]);
  });

  it('is ready for portfolios: attach, find by portfolio, detach', async () => {
    const r = repo();
    const a = await value(r.create(input()));
    await value(r.create(input({ entryNumber: 'SP700000014' })));
    expect(await value(r.setPortfolio(a.id, 'portfolio-1'))).toMatchObject({ portfolioId: 'portfolio-1' });
    expect((await value(r.inPortfolio('portfolio-1'))).map((e) => e.id)).toEqual([a.id]);
    await value(r.setPortfolio(a.id, null));
    expect(await value(r.inPortfolio('portfolio-1'))).toEqual([]);
    expect(await r.setPortfolio('nope', 'p')).toMatchObject({ code: 'not-found' });
  });

  it('turns a storage failure into a message', async () => {
    const broken = {
      open() {
        throw new DOMException('disk gone', 'UnknownError');
      },
    };
    globalThis.indexedDB = broken as unknown as IDBFactory;
    expect(await repo().list()).toMatchObject({
      ok: false,
      code: 'storage',
      error: /Could not read the manual entries/,
    });
  });
});

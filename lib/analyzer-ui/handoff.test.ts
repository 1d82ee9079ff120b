import { describe, expect, it } from 'vitest';
import { handoffHash, openHandoffDb, parseAnalyzerHash, putHandoff, takeHandoff } from './handoff';

let dbCount = 0;
const freshDb = () => openHandoffDb(`handoff-test-${++dbCount}`);

describe('popup -> analyzer handoff', () => {
  it('stores files under a random id; the page takes them once', async () => {
    const db = await freshDb();
    const id = await putHandoff(
      [{ name: 'ES-003.csv', blob: new Blob(['a,b\n1,2\n'], { type: 'text/csv' }) }],
      { db },
    );
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const taken = await takeHandoff(id, db);
    expect(taken.ok).toBe(true);
    if (!taken.ok) return;
    expect(taken.files.map((f) => f.name)).toEqual(['ES-003.csv']);
    expect(await taken.files[0]?.text()).toBe('a,b\n1,2\n');
    expect(await takeHandoff(id, db)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Drop them again'),
    });
  });

  it('prunes handoffs nobody opened within a day', async () => {
    const db = await freshDb();
    const old = await putHandoff([], { db, now: 0 });
    await putHandoff([], { db, now: 2 * 24 * 60 * 60 * 1000 });
    expect(await takeHandoff(old, db)).toMatchObject({ ok: false });
  });

  it('reads the page hash', () => {
    const id = 'ab'.repeat(16);
    expect(parseAnalyzerHash(handoffHash(id))).toEqual({ handoff: id, sample: false });
    expect(parseAnalyzerHash('#sample')).toEqual({ handoff: null, sample: true });
    expect(parseAnalyzerHash('#handoff=../../etc')).toEqual({ handoff: null, sample: false });
    expect(parseAnalyzerHash('')).toEqual({ handoff: null, sample: false });
  });
});

// The passphrase lock: sealed at rest (proved on the raw IndexedDB records), wrong passphrase
// destroys nothing, idle auto-lock, turning it off decrypts everything.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setActiveDraftId } from './active';
import { getActiveDraft } from './background-handlers';
import { PBKDF2_MIN_ITERATIONS } from './crypto';
import { createLock } from './lock';
import { contentOf, createDraftRepo } from './repo';
import { emptyOfficer } from './schema';
import { openDraftsDb, readLockMeta } from './store';
import { filledForm, freshStorage } from './test-helpers';

beforeEach(freshStorage);

const PASS = 'correct horse battery staple';

async function rawDump(): Promise<string> {
  const db = await openDraftsDb();
  return JSON.stringify({ drafts: await db.getAll('drafts'), meta: await db.getAll('meta') });
}

function plaintextValues(): string[] {
  const f = filledForm();
  f.section3.officers = [
    { ...emptyOfficer(), lastName: 'Zyzzyva', ssn: '123-45-6789', passportNumber: 'X99887766' },
  ];
  f.section3.bank.routingNumber = '011000015';
  return [
    'Acme Imports LLC',
    '12-3456789',
    '100 Market St',
    'Wilmington',
    'ops@acme.example',
    '302-555-0100',
    'Zyzzyva',
    '123-45-6789',
    'X99887766',
    '011000015',
    'Client Secret Name',
  ];
}

async function seed() {
  const repo = createDraftRepo();
  const f = filledForm();
  f.section3.officers = [
    { ...emptyOfficer(), lastName: 'Zyzzyva', ssn: '123-45-6789', passportNumber: 'X99887766' },
  ];
  f.section3.bank.routingNumber = '011000015';
  const d = await repo.create({ name: 'Client Secret Name', form: f });
  if (!d.ok) throw new Error(d.error);
  return { repo, draft: d.value };
}

describe('passphrase lock', () => {
  it('seals every draft at rest: no plaintext field value in the raw IndexedDB records', async () => {
    const { repo, draft } = await seed();
    const before = await rawDump();
    for (const v of plaintextValues()) expect(before).toContain(v);

    const lock = createLock();
    expect(await lock.enable(PASS, 15)).toMatchObject({ ok: true });
    const meta = await readLockMeta(await openDraftsDb());
    expect(meta?.iterations).toBeGreaterThanOrEqual(PBKDF2_MIN_ITERATIONS);

    // Writes while locked-and-open stay sealed too, each with a fresh IV.
    const saved = await repo.save(draft.id, { ...contentOf(draft), notes: 'Zyzzyva again' }, draft.revision);
    expect(saved.ok).toBe(true);
    const created = await repo.create({ name: 'Client Secret Name', form: filledForm() });
    expect(created.ok).toBe(true);

    const after = await rawDump();
    for (const v of plaintextValues()) expect(after).not.toContain(v);
    const db = await openDraftsDb();
    const ivs = (await db.getAll('drafts')).map((r) => r.sealed?.iv);
    expect(new Set(ivs).size).toBe(ivs.length);

    const listed = await repo.list();
    expect(listed.ok && listed.value.drafts.map((d) => d.name)).toEqual([
      'Client Secret Name',
      'Client Secret Name',
    ]);
  }, 30_000);

  it('locks, refuses a wrong passphrase without touching anything, unlocks with the right one', async () => {
    const { repo, draft } = await seed();
    const lock = createLock();
    await lock.enable(PASS);
    await lock.lockNow();
    expect(await lock.status()).toMatchObject({ enabled: true, unlocked: false });
    expect(await repo.list()).toMatchObject({ ok: false, code: 'locked' });

    const rawBefore = await rawDump();
    const wrong = await lock.unlock('not the passphrase');
    expect(wrong).toMatchObject({ ok: false, error: expect.stringMatching(/Wrong passphrase/) });
    expect(await rawDump()).toBe(rawBefore);

    expect(await lock.unlock(PASS)).toMatchObject({ ok: true });
    const got = await repo.get(draft.id);
    expect(got.ok && got.value.form.section3.officers[0]?.ssn).toBe('123-45-6789');
  }, 30_000);

  it('auto-locks after the chosen idle time', async () => {
    const { repo } = await seed();
    const lock = createLock();
    await lock.enable(PASS, 5);
    expect((await repo.list()).ok).toBe(true);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 6 * 60_000);
      expect(await repo.list()).toMatchObject({ ok: false, code: 'locked' });
      expect(await lock.status()).toMatchObject({ enabled: true, unlocked: false });
    } finally {
      vi.useRealTimers();
    }
  }, 30_000);

  it('turning the lock off decrypts everything', async () => {
    const { repo } = await seed();
    const lock = createLock();
    await lock.enable(PASS);
    await lock.lockNow();
    expect(await lock.disable()).toMatchObject({ ok: false, code: 'locked' });
    await lock.unlock(PASS);
    expect(await lock.disable()).toMatchObject({ ok: true, value: { enabled: false } });
    const raw = await rawDump();
    expect(raw).toContain('Acme Imports LLC');
    expect(raw).not.toContain('"sealed"');
    const listed = await repo.list();
    expect(listed.ok && listed.value.drafts).toHaveLength(1);
  }, 30_000);

  it('refuses a short passphrase', async () => {
    expect(await createLock().enable('short')).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('drafts/getActive reports locked instead of failing', async () => {
    const { draft } = await seed();
    await setActiveDraftId(draft.id);
    const lock = createLock();
    await lock.enable(PASS);
    expect((await getActiveDraft()).draft?.ein).toBe('12-3456789');
    await lock.lockNow();
    expect(await getActiveDraft()).toEqual({ draft: null, locked: true });
  }, 30_000);
});

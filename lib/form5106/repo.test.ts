import { beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from './draft';
import { contentOf, createDraftRepo } from './repo';
import { DB_NAME, openDraftsDb, storageError } from './store';
import { filledForm, freshStorage } from './test-helpers';

beforeEach(freshStorage);

describe('draft repository', () => {
  it('creates, lists newest first, reads and survives a new connection', async () => {
    let t = 1000;
    const repo = createDraftRepo({ now: () => t++ });
    const a = await repo.create({ name: 'A' });
    const b = await repo.create({ name: 'B', form: filledForm() });
    expect(a.ok && b.ok).toBe(true);
    const listed = await createDraftRepo().list();
    expect(listed.ok && listed.value.drafts.map((d) => d.name)).toEqual(['B', 'A']);
    const got = b.ok ? await repo.get(b.value.id) : null;
    expect(got?.ok && got.value.form.section1.name).toBe('Acme Imports LLC');
    expect(got?.ok && got.value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('stores partial and invalid values as typed (a draft is work in progress)', async () => {
    const repo = createDraftRepo();
    const form = filledForm();
    form.section1.idNumber = '12-34';
    form.section2.mailing.zip = 'abc';
    const created = await repo.create({ form });
    const got = created.ok ? await repo.get(created.value.id) : null;
    expect(got?.ok && got.value.form.section1.idNumber).toBe('12-34');
    expect(got?.ok && got.value.form.section2.mailing.zip).toBe('abc');
  });

  it('saves against the loaded revision and reports a conflict to the later writer', async () => {
    const repo = createDraftRepo();
    const created = await repo.create({ name: 'Shared' });
    if (!created.ok) throw new Error(created.error);
    const d = created.value;
    const first = await repo.save(d.id, { ...contentOf(d), name: 'Editor 1' }, d.revision);
    expect(first).toMatchObject({ ok: true, value: { revision: 2, name: 'Editor 1' } });
    const second = await repo.save(d.id, { ...contentOf(d), name: 'Editor 2' }, d.revision);
    expect(second).toMatchObject({ ok: false, code: 'conflict', current: { name: 'Editor 1', revision: 2 } });
    // The later writer chooses to keep theirs: save against the revision they were shown.
    const chosen = await repo.save(d.id, { ...contentOf(d), name: 'Editor 2' }, 2);
    expect(chosen).toMatchObject({ ok: true, value: { revision: 3, name: 'Editor 2' } });
  });

  it("an editor's own newer save is not a conflict (autosave and close-time save crossing)", async () => {
    const repo = createDraftRepo();
    const created = await repo.create({ name: 'Mine' });
    if (!created.ok) throw new Error(created.error);
    const d = created.value;
    // The page's autosave lands first (revision 2)...
    const auto = await repo.save(d.id, { ...contentOf(d), name: 'typed A' }, d.revision, 'editor-1#1');
    expect(auto).toMatchObject({ ok: true, value: { revision: 2, lastEditor: 'editor-1#1' } });
    // ...then the background's close-time save of later typing, still based on revision 1.
    const onClose = await repo.save(d.id, { ...contentOf(d), name: 'typed AB' }, d.revision, 'editor-1#2');
    expect(onClose).toMatchObject({ ok: true, value: { revision: 3, name: 'typed AB' } });
    // Another editor with the same stale base is still told about the conflict.
    const other = await repo.save(d.id, { ...contentOf(d), name: 'other' }, d.revision, 'editor-2#1');
    expect(other).toMatchObject({ ok: false, code: 'conflict' });
    // The session id is bookkeeping: not part of the content (exports, no-op detection).
    const stored = await repo.get(d.id);
    expect(stored.ok && 'lastEditor' in contentOf(stored.value)).toBe(false);
    const again = await repo.save(d.id, { ...contentOf(d), name: 'typed AB' }, 3, 'editor-3#1');
    expect(again).toMatchObject({ ok: true, unchanged: true });
  });

  it('a late, older save from the same editor never replaces its later typing', async () => {
    const repo = createDraftRepo();
    const created = await repo.create({ name: 'Mine' });
    if (!created.ok) throw new Error(created.error);
    const d = created.value;
    // The close-time save (edit 2) lands before the page's slower autosave of edit 1.
    const onClose = await repo.save(d.id, { ...contentOf(d), name: 'typed AB' }, d.revision, 'editor-1#2');
    expect(onClose).toMatchObject({ ok: true, value: { revision: 2, name: 'typed AB' } });
    const late = await repo.save(d.id, { ...contentOf(d), name: 'typed A' }, d.revision, 'editor-1#1');
    expect(late).toMatchObject({ ok: true, unchanged: true, value: { revision: 2, name: 'typed AB' } });
    const stored = await repo.get(d.id);
    expect(stored.ok && stored.value.name).toBe('typed AB');
  });

  it('an autosave and a close-time save of one editor racing at the same time: no conflict, later typing kept', async () => {
    for (const order of [0, 1]) {
      // Two connections, as the page and the background have; both saves start from revision 1.
      const page = createDraftRepo();
      const background = createDraftRepo();
      const created = await page.create({ name: `Race ${order}` });
      if (!created.ok) throw new Error(created.error);
      const d = created.value;
      const auto = () => page.save(d.id, { ...contentOf(d), name: 'typed A' }, 1, 'editor-1#1');
      const onClose = () => background.save(d.id, { ...contentOf(d), name: 'typed AB' }, 1, 'editor-1#2');
      const results = await Promise.all(order === 0 ? [auto(), onClose()] : [onClose(), auto()]);
      for (const r of results) expect(r).toMatchObject({ ok: true });
      const stored = await page.get(d.id);
      expect(stored.ok && stored.value.name).toBe('typed AB');
    }
  });

  it('treats saving what is already stored as a no-op, even from an old revision', async () => {
    const repo = createDraftRepo();
    const created = await repo.create({ name: 'X' });
    if (!created.ok) throw new Error(created.error);
    const edited = { ...contentOf(created.value), name: 'Y' };
    await repo.save(created.value.id, edited, 1);
    const again = await repo.save(created.value.id, edited, 1);
    expect(again).toMatchObject({ ok: true, unchanged: true, value: { revision: 2 } });
  });

  it('duplicates, renames, deletes and restores (undo)', async () => {
    const repo = createDraftRepo();
    const created = await repo.create({ name: 'Client', form: filledForm() });
    if (!created.ok) throw new Error(created.error);
    const copy = await repo.duplicate(created.value.id);
    expect(copy.ok && copy.value.name).toBe('Copy of Client');
    expect(copy.ok && copy.value.form).toEqual(created.value.form);
    const renamed = await repo.rename(created.value.id, 'Client (2026)');
    expect(renamed.ok && renamed.value.name).toBe('Client (2026)');
    const removed = await repo.remove(created.value.id);
    expect((await repo.get(created.value.id)).ok).toBe(false);
    if (!removed.ok) throw new Error(removed.error);
    await repo.restore(removed.value);
    const back = await repo.get(created.value.id);
    expect(back.ok && back.value.name).toBe('Client (2026)');
  });

  it('adds many drafts in one transaction: none when one fails', async () => {
    const ids = ['same', 'same'];
    const repo = createDraftRepo({ newId: () => ids.shift() ?? 'x' });
    const result = await repo.addAll([
      { ...contentOf({ ...(await blank()) }), name: 'one' },
      { ...contentOf({ ...(await blank()) }), name: 'two' },
    ]);
    expect(result).toMatchObject({ ok: false, code: 'storage' });
    const listed = await createDraftRepo().list();
    expect(listed.ok && listed.value.drafts).toEqual([]);
  });

  it('reads older stored records through the migrations', async () => {
    const db = await openDraftsDb(DB_NAME);
    await db.put('drafts', {
      id: 'old',
      revision: 4,
      createdAt: 1,
      updatedAt: 2,
      content: { schemaVersion: 1, name: 'Old', form: { section2: { mailingCity: 'Austin' } } },
    });
    const got = await createDraftRepo().get('old');
    expect(got.ok && got.value.form.section2.mailing.city).toBe('Austin');
    expect(got.ok && got.value.revision).toBe(4);
  });

  it('turns storage failures into messages the user can act on', () => {
    const quota = storageError(new DOMException('full', 'QuotaExceededError'));
    expect(quota).toMatchObject({ ok: false, code: 'storage' });
    expect(quota.error).toMatch(/storage is full/);
    expect(storageError(new Error('boom'), 'delete the draft').error).toMatch(/Could not delete the draft/);
  });
});

async function blank() {
  return { id: 'x', revision: 1, createdAt: 0, updatedAt: 0, ...(await import('./repo')).newContent() };
}

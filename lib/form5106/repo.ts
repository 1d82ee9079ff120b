// The draft repository: list, read, create, save (with a revision check), duplicate, rename, delete
// and restore. Every call returns a result; storage failures come back as messages to show.
// When the lock is on, contents are sealed before they reach IndexedDB (crypto.ts) and opened after.
import { type Sealed, seal, unseal } from './crypto';
import { CURRENT_SCHEMA_VERSION, type Draft, type DraftContent, draftContentSchema } from './draft';
import { migrateContent } from './migrations/index';
import { currentKey } from './session-key';
import {
  type DraftsDatabase,
  fail,
  type LockMeta,
  ok,
  openDraftsDb,
  type RepoError,
  type RepoResult,
  readLockMeta,
  type StoredDraft,
  storageError,
  storedDraftSchema,
} from './store';

export type DraftListing = { drafts: Draft[]; damaged: { id: string; error: string }[] };
export type SaveResult = Saved | RepoError | { ok: false; code: 'conflict'; error: string; current: Draft };
type Saved = { ok: true; value: Draft; unchanged?: boolean };

export const LOCKED_MESSAGE = 'Drafts are locked: enter your passphrase to open them.';

export type RepoOptions = { dbName?: string; now?: () => number; newId?: () => string };

export function newContent(patch: Partial<DraftContent> = {}): DraftContent {
  return draftContentSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, ...patch });
}

export function createDraftRepo(options: RepoOptions = {}) {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const db = () => openDraftsDb(options.dbName);

  /** The key when the lock is on and open; null when the lock is off; an error when locked. */
  async function keyState(
    database: DraftsDatabase,
  ): Promise<RepoResult<{ key: CryptoKey | null; lock: LockMeta | null }>> {
    const lock = await readLockMeta(database);
    if (!lock) return ok({ key: null, lock: null });
    const key = await currentKey(lock.salt);
    return key ? ok({ key, lock }) : fail('locked', LOCKED_MESSAGE);
  }

  async function decode(record: StoredDraft, key: CryptoKey | null): Promise<RepoResult<Draft>> {
    let raw: unknown = record.content;
    if (record.sealed) {
      if (!key) return fail('locked', LOCKED_MESSAGE);
      try {
        raw = await unseal(key, record.sealed);
      } catch {
        return fail('damaged', 'This draft could not be decrypted with the current key.');
      }
    }
    const migrated = migrateContent(raw);
    if (!migrated.ok) {
      return fail(
        'damaged',
        `This draft could not be read: ${migrated.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
      );
    }
    const { id, revision, createdAt, updatedAt, lastEditor } = record;
    return ok({
      id,
      revision,
      createdAt,
      updatedAt,
      ...(lastEditor ? { lastEditor } : {}),
      ...migrated.content,
    });
  }

  async function encode(draft: Draft, key: CryptoKey | null): Promise<StoredDraft> {
    // lastEditor is a random session id, bookkeeping like the revision: kept beside the content.
    const { id, revision, createdAt, updatedAt, lastEditor, ...content } = draft;
    const meta = { id, revision, createdAt, updatedAt, ...(lastEditor ? { lastEditor } : {}) };
    if (!key) return { ...meta, content };
    const sealed: Sealed = await seal(key, content);
    return { ...meta, sealed };
  }

  async function withDb<T>(
    doing: string,
    fn: (d: DraftsDatabase) => Promise<RepoResult<T>>,
  ): Promise<RepoResult<T>> {
    try {
      return await fn(await db());
    } catch (error) {
      return storageError(error, doing);
    }
  }

  async function list(): Promise<RepoResult<DraftListing>> {
    return withDb('read the drafts', async (database) => {
      const ks = await keyState(database);
      if (!ks.ok) return ks;
      const records = await database.getAll('drafts');
      const listing: DraftListing = { drafts: [], damaged: [] };
      for (const rec of records) {
        const parsed = storedDraftSchema.safeParse(rec);
        const decoded = parsed.success
          ? await decode(parsed.data, ks.value.key)
          : fail('damaged', 'Unreadable record.');
        if (decoded.ok) listing.drafts.push(decoded.value);
        else listing.damaged.push({ id: String((rec as { id?: unknown }).id), error: decoded.error });
      }
      listing.drafts.sort((a, b) => b.updatedAt - a.updatedAt);
      return ok(listing);
    });
  }

  async function get(id: string): Promise<RepoResult<Draft>> {
    return withDb('read the draft', async (database) => {
      const ks = await keyState(database);
      if (!ks.ok) return ks;
      const parsed = storedDraftSchema.safeParse(await database.get('drafts', id));
      if (!parsed.success)
        return fail('not-found', 'This draft no longer exists (deleted in another window?).');
      return decode(parsed.data, ks.value.key);
    });
  }

  async function create(patch: Partial<DraftContent> = {}): Promise<RepoResult<Draft>> {
    return withDb('create the draft', async (database) => {
      const ks = await keyState(database);
      if (!ks.ok) return ks;
      const t = now();
      const draft: Draft = { id: newId(), revision: 1, createdAt: t, updatedAt: t, ...newContent(patch) };
      await database.add('drafts', await encode(draft, ks.value.key));
      return ok(draft);
    });
  }

  /**
   * Saves content against the revision the editor loaded. A newer revision in storage means someone
   * else saved in between: the caller gets 'conflict' and the stored draft, and decides.
   * Saving what is already stored is a no-op, so a repeated flush (page + background) is harmless.
   */
  async function save(
    id: string,
    content: DraftContent,
    loadedRevision: number,
    /** `<session id>#<edit sequence>` of the editor saving; see draftMetaSchema.lastEditor. */
    editor?: string,
  ): Promise<SaveResult> {
    let database: DraftsDatabase;
    try {
      database = await db();
    } catch (error) {
      return storageError(error);
    }
    const parsedContent = draftContentSchema.safeParse(content);
    if (!parsedContent.success)
      return fail('invalid', 'The draft could not be saved: its content is malformed.');
    try {
      const ks = await keyState(database);
      if (!ks.ok) return ks;
      const key = ks.value.key;
      // The decision below reads the stored draft outside the write transaction. When another
      // write lands in between (typically this editor's own autosave racing its close-time save
      // through the background), decide again on what is stored now, so the same-editor and
      // same-content rules apply to it; a bare conflict here made spurious "unsaved edits" copies.
      for (let attempt = 1; ; attempt++) {
        const existing = await get(id);
        if (!existing.ok) return existing;
        // A newer revision written by this same editor session is its own earlier save, not someone
        // else's: write over it, unless it already holds later typing than this call carries (a
        // close-time save through the background can land before the page's slower autosave).
        const mine = parseEditor(editor);
        const last = parseEditor(existing.value.lastEditor);
        const ownNewer =
          mine !== null &&
          last !== null &&
          mine.session === last.session &&
          existing.value.revision > loadedRevision;
        if (ownNewer && mine.seq <= last.seq) return { ok: true, value: existing.value, unchanged: true };
        const baseRevision = ownNewer ? existing.value.revision : loadedRevision;
        const next: Draft = {
          ...existing.value,
          ...parsedContent.data,
          revision: baseRevision + 1,
          updatedAt: now(),
          ...(editor !== undefined ? { lastEditor: editor } : {}),
        };
        if (existing.value.revision !== baseRevision) {
          if (sameContent(existing.value, parsedContent.data))
            return { ok: true, value: existing.value, unchanged: true };
          return {
            ok: false,
            code: 'conflict',
            error: conflictMessage(existing.value),
            current: existing.value,
          };
        }
        if (sameContent(existing.value, parsedContent.data))
          return { ok: true, value: existing.value, unchanged: true };
        const record = await encode(next, key);
        // Re-check the revision inside the write transaction: the read above was outside it.
        const tx = database.transaction('drafts', 'readwrite');
        const stored = await tx.store.get(id);
        if (!stored || stored.revision !== baseRevision) {
          tx.abort();
          await tx.done.catch(() => {});
          if (stored && attempt < 3) continue;
          const fresh = await get(id);
          if (!fresh.ok) return fresh;
          return { ok: false, code: 'conflict', error: conflictMessage(fresh.value), current: fresh.value };
        }
        await tx.store.put(record);
        await tx.done;
        return ok(next);
      }
    } catch (error) {
      return storageError(error);
    }
  }

  async function rename(id: string, name: string): Promise<SaveResult> {
    const current = await get(id);
    if (!current.ok) return current;
    return save(id, { ...contentOf(current.value), name }, current.value.revision);
  }

  async function duplicate(id: string): Promise<RepoResult<Draft>> {
    const current = await get(id);
    if (!current.ok) return current;
    const content = contentOf(current.value);
    return create({ ...content, name: `Copy of ${content.name || 'untitled draft'}` });
  }

  /** Deletes and hands back the stored record, so the list can offer Undo. */
  async function remove(id: string): Promise<RepoResult<StoredDraft>> {
    return withDb('delete the draft', async (database) => {
      const tx = database.transaction('drafts', 'readwrite');
      const record = await tx.store.get(id);
      if (!record) {
        await tx.done;
        return fail('not-found', 'This draft was already deleted.');
      }
      await tx.store.delete(id);
      await tx.done;
      return ok(record);
    });
  }

  /** Undo of remove: puts the record back as it was (sealed stays sealed). */
  async function restore(record: StoredDraft): Promise<RepoResult<StoredDraft>> {
    return withDb('restore the draft', async (database) => {
      await database.put('drafts', record);
      return ok(record);
    });
  }

  /** Adds many drafts in ONE transaction: all of them or, on any failure, none. */
  async function addAll(contents: DraftContent[]): Promise<RepoResult<Draft[]>> {
    return withDb('import the drafts', async (database) => {
      const ks = await keyState(database);
      if (!ks.ok) return ks;
      const t = now();
      // One millisecond apart, newest first, so the list shows them in the file's order.
      const drafts = contents.map(
        (c, i): Draft => ({ id: newId(), revision: 1, createdAt: t - i, updatedAt: t - i, ...c }),
      );
      // Seal first: awaiting crypto inside a transaction would let it auto-commit half-way.
      const records = await Promise.all(drafts.map((d) => encode(d, ks.value.key)));
      const tx = database.transaction('drafts', 'readwrite');
      // Request errors surface through tx.done (the transaction aborts); don't report them twice.
      for (const r of records) tx.store.add(r).catch(() => {});
      await tx.done;
      return ok(drafts);
    });
  }

  return { list, get, create, save, rename, duplicate, remove, restore, addAll, db };
}

export type DraftRepo = ReturnType<typeof createDraftRepo>;

/** '<session>#<seq>' -> parts; null when absent or malformed. */
function parseEditor(value: string | undefined): { session: string; seq: number } | null {
  const m = value?.match(/^(.+)#(\d+)$/);
  return m ? { session: m[1] as string, seq: Number(m[2]) } : null;
}

export function contentOf(draft: Draft): DraftContent {
  const { id: _id, revision: _r, createdAt: _c, updatedAt: _u, lastEditor: _e, ...content } = draft;
  return content;
}

function sameContent(a: Draft, b: DraftContent): boolean {
  return JSON.stringify(contentOf(a)) === JSON.stringify(draftContentSchema.parse(b));
}

function conflictMessage(current: Draft): string {
  const when = new Date(current.updatedAt).toLocaleTimeString();
  return `This draft was changed in another window at ${when}. Choose which version to keep.`;
}

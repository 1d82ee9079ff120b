// The optional passphrase lock. On: every draft is sealed with AES-GCM under a PBKDF2-derived key
// (crypto.ts) and the key is held only in session storage (session-key.ts) until it idles out.
// Off: everything is decrypted back. Each switch rewrites all drafts in one transaction, so a failure
// leaves them all as they were. A wrong passphrase is checked against a verifier and changes nothing.
import {
  deriveKeyBytes,
  fromBase64,
  importAesKey,
  PBKDF2_MIN_ITERATIONS,
  randomBytes,
  SALT_BYTES,
  seal,
  toBase64,
  unseal,
} from './crypto';
import { currentKey, DEFAULT_IDLE_MINUTES, forgetKey, rememberKey } from './session-key';
import {
  type DraftsDatabase,
  fail,
  type LockMeta,
  ok,
  openDraftsDb,
  type RepoResult,
  readLockMeta,
  type StoredDraft,
  storageError,
} from './store';

const VERIFIER = 'ace-assist-5106-lock';
export const MIN_PASSPHRASE_LENGTH = 8;

export type LockStatus = { enabled: false } | { enabled: true; unlocked: boolean; idleMinutes: number };

export function createLock(options: { dbName?: string } = {}) {
  const db = () => openDraftsDb(options.dbName);

  async function status(): Promise<LockStatus> {
    const lock = await readLockMeta(await db());
    if (!lock) return { enabled: false };
    return { enabled: true, unlocked: (await currentKey(lock.salt)) !== null, idleMinutes: lock.idleMinutes };
  }

  async function enable(
    passphrase: string,
    idleMinutes = DEFAULT_IDLE_MINUTES,
  ): Promise<RepoResult<LockStatus>> {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
      return fail('invalid', `Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
    }
    try {
      const database = await db();
      if (await readLockMeta(database)) return fail('invalid', 'The lock is already on.');
      const salt = randomBytes(SALT_BYTES);
      const bytes = await deriveKeyBytes(passphrase, salt, PBKDF2_MIN_ITERATIONS);
      const key = await importAesKey(bytes);
      const meta: LockMeta = {
        key: 'lock',
        salt: toBase64(salt),
        iterations: PBKDF2_MIN_ITERATIONS,
        verifier: await seal(key, VERIFIER),
        idleMinutes,
      };
      const records = await database.getAll('drafts');
      const sealed = await Promise.all(
        records.map(async (r): Promise<StoredDraft> => {
          if (r.sealed) return r;
          const { content, ...rest } = r;
          return { ...rest, sealed: await seal(key, content) };
        }),
      );
      const result = await rewriteAll(database, records, sealed, meta);
      if (!result.ok) return result;
      await rememberKey(bytes, meta.salt, idleMinutes);
      return ok({ enabled: true, unlocked: true, idleMinutes });
    } catch (error) {
      return storageError(error, 'turn the lock on');
    }
  }

  async function unlock(passphrase: string): Promise<RepoResult<LockStatus>> {
    try {
      const lock = await readLockMeta(await db());
      if (!lock) return ok({ enabled: false });
      const bytes = await deriveKeyBytes(passphrase, fromBase64(lock.salt), lock.iterations);
      try {
        await unseal(await importAesKey(bytes), lock.verifier);
      } catch {
        return fail('invalid', 'Wrong passphrase. Nothing was changed: try again.');
      }
      await rememberKey(bytes, lock.salt, lock.idleMinutes);
      return ok({ enabled: true, unlocked: true, idleMinutes: lock.idleMinutes });
    } catch (error) {
      return storageError(error, 'unlock');
    }
  }

  async function lockNow(): Promise<void> {
    await forgetKey();
  }

  /** Turning the lock off needs it open; every draft is decrypted before anything is written. */
  async function disable(): Promise<RepoResult<LockStatus>> {
    try {
      const database = await db();
      const lock = await readLockMeta(database);
      if (!lock) return ok({ enabled: false });
      const key = await currentKey(lock.salt);
      if (!key) return fail('locked', 'Unlock first: the lock can only be turned off while it is open.');
      const records = await database.getAll('drafts');
      const plain: StoredDraft[] = [];
      for (const r of records) {
        if (!r.sealed) {
          plain.push(r);
          continue;
        }
        const { sealed, ...rest } = r;
        try {
          plain.push({ ...rest, content: await unseal(key, sealed) });
        } catch {
          return fail(
            'damaged',
            `Draft ${r.id} could not be decrypted; the lock stays on and nothing was changed.`,
          );
        }
      }
      const result = await rewriteAll(database, records, plain, null);
      if (!result.ok) return result;
      await forgetKey();
      return ok({ enabled: false });
    } catch (error) {
      return storageError(error, 'turn the lock off');
    }
  }

  return { status, enable, unlock, lockNow, disable };
}

/**
 * Writes the converted records and the lock record in one transaction. If a draft was saved in the
 * meantime (revision moved), nothing is written and the user is asked to retry.
 */
async function rewriteAll(
  database: DraftsDatabase,
  before: StoredDraft[],
  after: StoredDraft[],
  meta: LockMeta | null,
): Promise<RepoResult<true>> {
  const tx = database.transaction(['drafts', 'meta'], 'readwrite');
  const drafts = tx.objectStore('drafts');
  const now = await drafts.getAll();
  const revisions = new Map(before.map((r) => [r.id, r.revision]));
  const moved = now.length !== before.length || now.some((r) => revisions.get(r.id) !== r.revision);
  if (moved) {
    tx.abort();
    await tx.done.catch(() => {});
    return fail('conflict', 'A draft changed while switching the lock; nothing was changed. Try again.');
  }
  // Request errors surface through tx.done (the transaction aborts).
  for (const r of after) drafts.put(r).catch(() => {});
  const metaStore = tx.objectStore('meta');
  if (meta) metaStore.put(meta).catch(() => {});
  else metaStore.delete('lock').catch(() => {});
  await tx.done;
  return ok(true);
}

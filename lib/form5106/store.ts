// The IndexedDB database of drafts, in the extension's own origin (extension pages and the
// background open it; content scripts never do, they ask the background). Two stores:
//   drafts  one record per draft: bookkeeping in clear, the content either in clear or sealed
//   meta    'lock': salt, iteration count and a verifier when the passphrase lock is on
// The IDB version (DB_VERSION) is the database layout; the draft *content* has its own schema
// version, brought forward by migrations/ when read.
import type { DBSchema, IDBPDatabase } from 'idb';
import { z } from 'zod';
import { storageErrorMessage } from '@/lib/storage/errors';
import { openCachedDb } from '@/lib/storage/idb-connections';
import { sealedSchema } from './crypto';
import { draftMetaSchema } from './draft';

export { forgetConnections } from '@/lib/storage/idb-connections';

export const DB_NAME = 'ace-assist-drafts';
const DB_VERSION = 1;

export const storedDraftSchema = draftMetaSchema.extend({
  /** Plain content (lock off): any schema version, migrated on read. */
  content: z.unknown().optional(),
  /** Sealed content (lock on): AES-GCM of the JSON content. */
  sealed: sealedSchema.optional(),
});
export type StoredDraft = z.infer<typeof storedDraftSchema>;

export const lockMetaSchema = z.object({
  key: z.literal('lock'),
  salt: z.string(),
  iterations: z.number().int(),
  verifier: sealedSchema,
  idleMinutes: z.number().positive(),
});
export type LockMeta = z.infer<typeof lockMetaSchema>;

interface DraftsDb extends DBSchema {
  drafts: { key: string; value: StoredDraft };
  meta: { key: string; value: LockMeta };
}
export type DraftsDatabase = IDBPDatabase<DraftsDb>;

export function openDraftsDb(name = DB_NAME): Promise<DraftsDatabase> {
  return openCachedDb<DraftsDb>(name, DB_VERSION, (database, oldVersion) => {
    if (oldVersion < 1) {
      database.createObjectStore('drafts', { keyPath: 'id' });
      database.createObjectStore('meta', { keyPath: 'key' });
    }
  });
}

export async function readLockMeta(db: DraftsDatabase): Promise<LockMeta | null> {
  const parsed = lockMetaSchema.safeParse(await db.get('meta', 'lock'));
  return parsed.success ? parsed.data : null;
}

export type RepoErrorCode = 'locked' | 'not-found' | 'storage' | 'damaged' | 'conflict' | 'invalid';
export type RepoError = { ok: false; code: RepoErrorCode; error: string };
export type Ok<T> = { ok: true; value: T };
export type RepoResult<T> = Ok<T> | RepoError;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const fail = (code: RepoErrorCode, error: string): RepoError => ({ ok: false, code, error });

/** Storage failures become a message the user sees, never a swallowed rejection. */
export function storageError(error: unknown, doing = 'save'): RepoError {
  // Drafts keep the typed values on screen, so the user loses nothing by trying again.
  return fail('storage', storageErrorMessage(error, doing, 'Your changes are still on screen.'));
}

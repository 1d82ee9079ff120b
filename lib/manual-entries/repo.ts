// Manual entries in the extension's IndexedDB (`ace-assist-manual`), one record per entry.
//
// Why IndexedDB and not browser.storage.local: an importer with paper 7501s can have hundreds of
// entries; each edit writes one record instead of rewriting one big value, the entry-number index
// refuses duplicates inside the transaction, and the portfolio index (see schema.ts) is there for
// reminders without a later upgrade. Same origin, same unlimitedStorage as the 5106 drafts.
//
// Every call returns a result; storage failures come back as messages to show, never as throws.
import type { DBSchema, IDBPDatabase } from 'idb';
import { storageErrorMessage } from '@/lib/storage/errors';
import { openCachedDb } from '@/lib/storage/idb-connections';
import { formatEntryNumber } from '../validation/entry-number';
import {
  MANUAL_ENTRY_SCHEMA_VERSION,
  type ManualEntry,
  type ManualEntryInput,
  manualEntryInputSchema,
  manualEntrySchema,
} from './schema';

export { forgetConnections } from '@/lib/storage/idb-connections';

export const DB_NAME = 'ace-assist-manual';
const DB_VERSION = 1;

interface ManualDb extends DBSchema {
  entries: {
    key: string;
    value: ManualEntry;
    indexes: { 'by-entry-number': string; 'by-portfolio': string };
  };
}
type ManualDatabase = IDBPDatabase<ManualDb>;

export type RepoErrorCode = 'not-found' | 'duplicate' | 'invalid' | 'storage';
export type RepoResult<T> = { ok: true; value: T } | { ok: false; code: RepoErrorCode; error: string };
export type Listing = { entries: ManualEntry[]; damaged: { id: string; error: string }[] };

const ok = <T>(value: T): RepoResult<T> => ({ ok: true, value });
const fail = <T>(code: RepoErrorCode, error: string): RepoResult<T> => ({ ok: false, code, error });

function openManualDb(name: string): Promise<ManualDatabase> {
  return openCachedDb<ManualDb>(name, DB_VERSION, (database, oldVersion) => {
    if (oldVersion < 1) {
      const store = database.createObjectStore('entries', { keyPath: 'id' });
      store.createIndex('by-entry-number', 'entryNumber', { unique: true });
      store.createIndex('by-portfolio', 'portfolioId');
    }
  });
}

function storageError<T>(error: unknown, doing: string): RepoResult<T> {
  return fail('storage', storageErrorMessage(error, doing));
}

function duplicateMessage(entryNumber: string): string {
  return `Entry ${formatEntryNumber(entryNumber)} is already in the list: edit it there instead.`;
}

export type ManualEntryRepo = ReturnType<typeof createManualEntryRepo>;
export type RepoOptions = { dbName?: string; now?: () => number; newId?: () => string };

export function createManualEntryRepo(options: RepoOptions = {}) {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const dbName = options.dbName ?? DB_NAME;

  async function withDb<T>(doing: string, fn: (db: ManualDatabase) => Promise<RepoResult<T>>) {
    try {
      return await fn(await openManualDb(dbName));
    } catch (error) {
      return storageError<T>(error, doing);
    }
  }

  function checkInput(input: ManualEntryInput): RepoResult<ManualEntryInput> {
    const parsed = manualEntryInputSchema.safeParse(input);
    return parsed.success
      ? ok(parsed.data)
      : fail('invalid', 'This entry could not be saved: check the fields marked in the form.');
  }

  /** Oldest entry date first, then entry number: the order of the 7501s on a desk. */
  async function list(): Promise<RepoResult<Listing>> {
    return withDb('read the manual entries', async (db) => {
      const listing: Listing = { entries: [], damaged: [] };
      for (const record of await db.getAll('entries')) {
        const parsed = manualEntrySchema.safeParse(record);
        if (parsed.success) listing.entries.push(parsed.data);
        else {
          listing.damaged.push({
            id: String((record as { id?: unknown }).id),
            error: 'This stored entry could not be read; delete it and enter it again.',
          });
        }
      }
      listing.entries.sort(
        (a, b) => a.entryDate.localeCompare(b.entryDate) || a.entryNumber.localeCompare(b.entryNumber),
      );
      return ok(listing);
    });
  }

  async function create(input: ManualEntryInput): Promise<RepoResult<ManualEntry>> {
    const checked = checkInput(input);
    if (!checked.ok) return checked as RepoResult<never>;
    return withDb('save the entry', async (db) => {
      const t = now();
      const entry: ManualEntry = {
        ...checked.value,
        schemaVersion: MANUAL_ENTRY_SCHEMA_VERSION,
        id: newId(),
        portfolioId: null,
        createdAt: t,
        updatedAt: t,
      };
      const tx = db.transaction('entries', 'readwrite');
      if (await tx.store.index('by-entry-number').getKey(entry.entryNumber)) {
        tx.abort();
        await tx.done.catch(() => {});
        return fail('duplicate', duplicateMessage(entry.entryNumber));
      }
      await tx.store.add(entry);
      await tx.done;
      return ok(entry);
    });
  }

  async function update(id: string, input: ManualEntryInput): Promise<RepoResult<ManualEntry>> {
    const checked = checkInput(input);
    if (!checked.ok) return checked as RepoResult<never>;
    return withDb('save the entry', async (db) => {
      const tx = db.transaction('entries', 'readwrite');
      const existing = manualEntrySchema.safeParse(await tx.store.get(id));
      const holder = await tx.store.index('by-entry-number').getKey(checked.value.entryNumber);
      const problem: RepoResult<ManualEntry> | null = !existing.success
        ? fail('not-found', 'This entry no longer exists (deleted in another window?).')
        : holder !== undefined && holder !== id
          ? fail('duplicate', duplicateMessage(checked.value.entryNumber))
          : null;
      if (problem || !existing.success) {
        tx.abort();
        await tx.done.catch(() => {});
        return problem ?? fail('not-found', 'This entry no longer exists.');
      }
      const entry: ManualEntry = { ...existing.data, ...checked.value, updatedAt: now() };
      await tx.store.put(entry);
      await tx.done;
      return ok(entry);
    });
  }

  async function remove(id: string): Promise<RepoResult<true>> {
    return withDb('delete the entry', async (db) => {
      await db.delete('entries', id);
      return ok(true as const);
    });
  }

  /** For reminders (not built yet): attach an entry to a portfolio, or detach it with null. */
  async function setPortfolio(id: string, portfolioId: string | null): Promise<RepoResult<ManualEntry>> {
    return withDb('move the entry', async (db) => {
      const tx = db.transaction('entries', 'readwrite');
      const existing = manualEntrySchema.safeParse(await tx.store.get(id));
      if (!existing.success) {
        tx.abort();
        await tx.done.catch(() => {});
        return fail('not-found', 'This entry no longer exists (deleted in another window?).');
      }
      const entry: ManualEntry = { ...existing.data, portfolioId, updatedAt: now() };
      await tx.store.put(entry);
      await tx.done;
      return ok(entry);
    });
  }

  async function inPortfolio(portfolioId: string): Promise<RepoResult<ManualEntry[]>> {
    return withDb('read the portfolio', async (db) => {
      const records = await db.getAllFromIndex('entries', 'by-portfolio', portfolioId);
      return ok(
        records.flatMap((r) => {
          const parsed = manualEntrySchema.safeParse(r);
          return parsed.success ? [parsed.data] : [];
        }),
      );
    });
  }

  return { list, create, update, remove, setPortfolio, inPortfolio };
}

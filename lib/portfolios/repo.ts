// The portfolio repository: the API other modules use ("save as portfolio" in the analyzer, manual
// entries, the background's daily recompute, the options page). Every call returns a result with a
// message a user can act on; storage failures never throw through the UI.
//
//   save({ target: { name } | { portfolioId }, asOf, entries })  new portfolio, or merge into one
//   list() / get(id) / loadAll() / rename(id, name) / remove(id) / clear() / putAll(portfolios)

import { storageErrorMessage } from '@/lib/storage/errors';
import type { CalendarDate } from '../deadlines/calendar-date';
import { isCalendarDate } from '../deadlines/calendar-date';
import { rulesFor } from '../deadlines/rules';
import { parseEntryInputs, toPortfolioEntry } from './entries';
import { type ChangeSummary, mergeEntries } from './merge';
import {
  PORTFOLIO_SCHEMA_VERSION,
  type Portfolio,
  type PortfolioEntry,
  type PortfolioMeta,
  portfolioEntrySchema,
  portfolioMetaSchema,
  portfolioNameSchema,
} from './schema';
import { openPortfoliosDb, type PortfoliosDatabase, type StoredEntry } from './store';

export type RepoErrorCode = 'not-found' | 'invalid' | 'duplicate' | 'storage';
export type RepoResult<T> = { ok: true; value: T } | { ok: false; code: RepoErrorCode; error: string };

const ok = <T>(value: T): RepoResult<T> => ({ ok: true, value });
const fail = <T>(code: RepoErrorCode, error: string): RepoResult<T> => ({ ok: false, code, error });

export const MAX_ENTRIES_PER_SAVE = 500_000;

export type SaveTarget = { name: string } | { portfolioId: string };
export type SaveRequest = { target: SaveTarget; asOf: CalendarDate; entries: readonly unknown[] };
export type SaveOutcome = { portfolio: PortfolioMeta; changes: ChangeSummary };
export type LoadedPortfolios = { portfolios: Portfolio[]; damaged: { id: string; error: string }[] };

function storageError<T>(error: unknown, doing: string): RepoResult<T> {
  return fail('storage', storageErrorMessage(error, doing));
}

const notFound = <T>() =>
  fail<T>('not-found', 'That portfolio no longer exists (deleted in another window?). Reload the list.');

const stripKey = ({ portfolioId: _, ...entry }: StoredEntry): PortfolioEntry => entry;

export type PortfolioRepoOptions = { dbName?: string; now?: () => number; newId?: () => string };

export function createPortfolioRepo(options: PortfolioRepoOptions = {}) {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const db = () => openPortfoliosDb(options.dbName);

  async function withDb<T>(doing: string, fn: (d: PortfoliosDatabase) => Promise<RepoResult<T>>) {
    try {
      return await fn(await db());
    } catch (error) {
      return storageError<T>(error, doing);
    }
  }

  function readEntries(rows: readonly StoredEntry[], damaged: string[]): PortfolioEntry[] {
    const entries: PortfolioEntry[] = [];
    for (const row of rows) {
      const parsed = portfolioEntrySchema.safeParse(stripKey(row));
      if (parsed.success) entries.push(parsed.data);
      else damaged.push(row.entryNumber);
    }
    return entries;
  }

  async function list(): Promise<RepoResult<PortfolioMeta[]>> {
    return withDb('list the portfolios', async (d) => {
      const metas = (await d.getAll('portfolios'))
        .map((m) => portfolioMetaSchema.safeParse(m))
        .flatMap((p) => (p.success ? [p.data] : []));
      return ok(metas.sort((a, b) => a.name.localeCompare(b.name)));
    });
  }

  async function get(id: string): Promise<RepoResult<Portfolio>> {
    return withDb('read the portfolio', async (d) => {
      const tx = d.transaction(['portfolios', 'entries']);
      const meta = portfolioMetaSchema.safeParse(await tx.objectStore('portfolios').get(id));
      const rows = await tx.objectStore('entries').index('by-portfolio').getAll(id);
      await tx.done;
      if (!meta.success) return notFound();
      const damaged: string[] = [];
      const entries = readEntries(rows, damaged);
      return ok({ ...meta.data, entries });
    });
  }

  /** Every portfolio with its entries (background recompute, export). Damaged records are listed. */
  async function loadAll(): Promise<RepoResult<LoadedPortfolios>> {
    return withDb('read the portfolios', async (d) => {
      const tx = d.transaction(['portfolios', 'entries']);
      const metas = await tx.objectStore('portfolios').getAll();
      const rows = await tx.objectStore('entries').getAll();
      await tx.done;
      const byPortfolio = new Map<string, StoredEntry[]>();
      for (const row of rows) {
        const list = byPortfolio.get(row.portfolioId) ?? [];
        list.push(row);
        byPortfolio.set(row.portfolioId, list);
      }
      const portfolios: Portfolio[] = [];
      const damaged: LoadedPortfolios['damaged'] = [];
      for (const raw of metas) {
        const meta = portfolioMetaSchema.safeParse(raw);
        if (!meta.success) {
          damaged.push({
            id: String((raw as { id?: unknown }).id),
            error: 'The portfolio record is damaged.',
          });
          continue;
        }
        const bad: string[] = [];
        const entries = readEntries(byPortfolio.get(meta.data.id) ?? [], bad);
        if (bad.length > 0) {
          damaged.push({ id: meta.data.id, error: `${bad.length} damaged entry record(s) were skipped.` });
        }
        portfolios.push({ ...meta.data, entries });
      }
      portfolios.sort((a, b) => a.name.localeCompare(b.name));
      return ok({ portfolios, damaged });
    });
  }

  async function save(request: SaveRequest): Promise<RepoResult<SaveOutcome>> {
    if (!isCalendarDate(request.asOf))
      return fail('invalid', `The as-of date ${request.asOf} is not a date.`);
    if (request.entries.length === 0) return fail('invalid', 'There are no entries to save.');
    if (request.entries.length > MAX_ENTRIES_PER_SAVE) {
      return fail('invalid', `At most ${MAX_ENTRIES_PER_SAVE} entries can be saved at once.`);
    }
    const parsed = parseEntryInputs(request.entries);
    if (!parsed.ok) return fail('invalid', parsed.error);
    const rules = rulesFor(request.asOf);
    const incoming = parsed.entries.map((e) => toPortfolioEntry(e, request.asOf, rules));
    const target = request.target;
    let name: string | null = null;
    if ('name' in target) {
      const n = portfolioNameSchema.safeParse(target.name);
      if (!n.success) return fail('invalid', n.error.issues[0]?.message ?? 'Invalid name.');
      name = n.data;
    }

    return withDb('save the portfolio', async (d) => {
      const tx = d.transaction(['portfolios', 'entries'], 'readwrite');
      const portfolios = tx.objectStore('portfolios');
      const entryStore = tx.objectStore('entries');
      let meta: PortfolioMeta;
      let existing: PortfolioEntry[] = [];
      if (name !== null) {
        const clash = (await portfolios.getAll()).find((p) => p.name.toLowerCase() === name.toLowerCase());
        if (clash) {
          tx.abort();
          await tx.done.catch(() => {});
          return fail(
            'duplicate',
            `A portfolio named "${clash.name}" already exists: choose it to merge these entries into it, or use another name.`,
          );
        }
        const time = now();
        meta = {
          schemaVersion: PORTFOLIO_SCHEMA_VERSION,
          id: newId(),
          name,
          createdAt: time,
          updatedAt: time,
          lastImportAsOf: request.asOf,
          entryCount: 0,
        };
      } else {
        const found = portfolioMetaSchema.safeParse(
          await portfolios.get((target as { portfolioId: string }).portfolioId),
        );
        if (!found.success) {
          tx.abort();
          await tx.done.catch(() => {});
          return notFound();
        }
        meta = found.data;
        existing = readEntries(await entryStore.index('by-portfolio').getAll(meta.id), []);
      }
      const { entries, changes } = mergeEntries(existing, incoming, request.asOf, {
        firstImport: name !== null,
        rules,
      });
      const saved: PortfolioMeta = {
        ...meta,
        updatedAt: Math.max(now(), meta.createdAt),
        lastImportAsOf: request.asOf,
        entryCount: entries.length,
      };
      const writes: Promise<unknown>[] = [portfolios.put(saved)];
      for (const entry of entries) writes.push(entryStore.put({ ...entry, portfolioId: saved.id }));
      await Promise.all(writes);
      await tx.done;
      return ok({ portfolio: saved, changes });
    });
  }

  async function rename(id: string, newName: string): Promise<RepoResult<PortfolioMeta>> {
    const n = portfolioNameSchema.safeParse(newName);
    if (!n.success) return fail('invalid', n.error.issues[0]?.message ?? 'Invalid name.');
    return withDb('rename the portfolio', async (d) => {
      const tx = d.transaction('portfolios', 'readwrite');
      const all = await tx.store.getAll();
      const meta = all.find((p) => p.id === id);
      if (!meta) return notFound();
      if (all.some((p) => p.id !== id && p.name.toLowerCase() === n.data.toLowerCase())) {
        return fail('duplicate', `A portfolio named "${n.data}" already exists: pick another name.`);
      }
      const renamed = { ...meta, name: n.data, updatedAt: now() };
      await tx.store.put(renamed);
      await tx.done;
      return ok(renamed);
    });
  }

  async function removeIn(d: PortfoliosDatabase, ids: readonly string[]) {
    const tx = d.transaction(['portfolios', 'entries'], 'readwrite');
    for (const id of ids) {
      void tx.objectStore('portfolios').delete(id);
      const keys = await tx.objectStore('entries').index('by-portfolio').getAllKeys(id);
      for (const key of keys) void tx.objectStore('entries').delete(key);
    }
    await tx.done;
  }

  async function remove(id: string): Promise<RepoResult<true>> {
    return withDb('delete the portfolio', async (d) => {
      await removeIn(d, [id]);
      return ok(true as const);
    });
  }

  /** Deletes the given portfolios in one transaction (undo of an import that failed later on). */
  async function removeMany(ids: readonly string[]): Promise<RepoResult<true>> {
    return withDb('delete the portfolios', async (d) => {
      await removeIn(d, ids);
      return ok(true as const);
    });
  }

  async function clear(): Promise<RepoResult<true>> {
    return withDb('delete the portfolios', async (d) => {
      const tx = d.transaction(['portfolios', 'entries'], 'readwrite');
      await Promise.all([tx.objectStore('portfolios').clear(), tx.objectStore('entries').clear()]);
      await tx.done;
      return ok(true as const);
    });
  }

  /**
   * Writes whole portfolios (an import of an export file) in one transaction: all or none. A
   * portfolio with the id of a stored one replaces it, entries included.
   */
  async function putAll(items: readonly Portfolio[]): Promise<RepoResult<true>> {
    return withDb('import the portfolios', async (d) => {
      const tx = d.transaction(['portfolios', 'entries'], 'readwrite');
      const entryStore = tx.objectStore('entries');
      for (const { entries, ...meta } of items) {
        const oldKeys = await entryStore.index('by-portfolio').getAllKeys(meta.id);
        for (const key of oldKeys) void entryStore.delete(key);
        void tx.objectStore('portfolios').put({ ...meta, entryCount: entries.length });
        for (const entry of entries) void entryStore.put({ ...entry, portfolioId: meta.id });
      }
      await tx.done;
      return ok(true as const);
    });
  }

  return { list, get, loadAll, save, rename, remove, removeMany, clear, putAll };
}

export type PortfolioRepo = ReturnType<typeof createPortfolioRepo>;

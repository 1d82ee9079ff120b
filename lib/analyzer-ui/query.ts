// Filtering, searching and sorting the results table. Runs in the worker over the full entries
// (the page only receives the resulting row order), so a 200k-entry sort never blocks the page.
import { z } from 'zod';
import { type EntryList, scanEntries } from '../reports/entry-table';
import { type AnalyzedEntry, ENTRY_STATUSES } from '../reports/model';

export const SORT_KEYS = [
  'entryNumber',
  'status',
  'importer',
  'port',
  'entryDate',
  'liquidationDate',
  'capeLastDay',
  'protestLastDay',
  'ieepaDutyCents',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** A filter value meaning "the field is empty" (an entry without a port, month or importer). */
export const NONE = '(none)';

export const filterSchema = z.object({
  status: z.enum(ENTRY_STATUSES).nullable(),
  /** Importer number or name, case-insensitive "contains"; '' = all. */
  importer: z.string(),
  /** Port code, exact; '' = all. */
  port: z.string(),
  /** YYYY-MM of the entry date, exact; '' = all. */
  month: z.string(),
  /** Part of an entry number; dashes and spaces ignored. */
  search: z.string(),
});
export type Filter = z.infer<typeof filterSchema>;

export const sortSchema = z.object({ key: z.enum(SORT_KEYS), dir: z.enum(['asc', 'desc']) });
export type Sort = z.infer<typeof sortSchema>;

export const EMPTY_FILTER: Filter = { status: null, importer: '', port: '', month: '', search: '' };
export const DEFAULT_SORT: Sort = { key: 'entryNumber', dir: 'asc' };

/** Sort order of statuses: what needs action first (same as the CLI summary). */
export const STATUS_RANK: Readonly<Record<AnalyzedEntry['status'], number>> = {
  'cape-window': 0,
  unliquidated: 1,
  'protest-window': 2,
  protested: 3,
  'cape-excluded': 4,
  final: 5,
  'no-ieepa': 6,
};

export function normalizeSearch(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

function matcher(filter: Filter): (e: AnalyzedEntry) => boolean {
  const search = normalizeSearch(filter.search);
  const importer = filter.importer.trim().toLowerCase();
  const port = filter.port.trim();
  const month = filter.month.trim();
  return (e) => {
    if (filter.status !== null && e.status !== filter.status) return false;
    if (search !== '' && !e.entryNumber.includes(search)) return false;
    if (port !== '' && (port === NONE ? e.port !== null : e.port !== port)) return false;
    if (month !== '') {
      const m = e.entryDate === null ? null : e.entryDate.slice(0, 7);
      if (month === NONE ? m !== null : m !== month) return false;
    }
    if (importer !== '') {
      if (importer === NONE.toLowerCase()) return e.importerNumber === null && e.importerName === null;
      const number = e.importerNumber?.toLowerCase() ?? '';
      const name = e.importerName?.toLowerCase() ?? '';
      if (!number.includes(importer) && !name.includes(importer)) return false;
    }
    return true;
  };
}

type Key = string | number | null;

function keyOf(key: SortKey): (e: AnalyzedEntry) => Key {
  switch (key) {
    case 'entryNumber':
      return (e) => e.entryNumber;
    case 'status':
      return (e) => STATUS_RANK[e.status];
    case 'importer':
      return (e) => e.importerNumber ?? e.importerName;
    case 'ieepaDutyCents':
      return (e) => e.ieepaDutyCents;
    default:
      return (e) => e[key];
  }
}

/** Empty values sort last whatever the direction: a user sorting by "CAPE last day" wants dates first. */
function compareKeys(a: Key, b: Key, dir: 1 | -1): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return (a < b ? -1 : 1) * dir;
}

/**
 * Row indexes (into `entries`) that pass the filter, in the sort order. Ties keep entry-number
 * order (the engine sorts entries by number), so the result is stable and deterministic.
 */
export function queryEntries(entries: EntryList, filter: Filter, sort: Sort): Uint32Array<ArrayBuffer> {
  const keep = matcher(filter);
  const picked: number[] = [];
  const sorted = !(sort.key === 'entryNumber' && sort.dir === 'asc');
  const key = keyOf(sort.key);
  // One pass (an EntryTable refills one object per entry); the sort keys kept by index.
  const keys: Key[] = sorted ? new Array(entries.length) : [];
  scanEntries(entries, (e, i) => {
    if (keep(e)) {
      picked.push(i);
      if (sorted) keys[i] = key(e);
    }
  });
  if (sorted) {
    const dir = sort.dir === 'asc' ? 1 : -1;
    picked.sort((a, b) => compareKeys(keys[a] ?? null, keys[b] ?? null, dir) || a - b);
  }
  return Uint32Array.from(picked);
}

export type FacetValue = { value: string; label: string; count: number };
export type Facets = {
  importers: FacetValue[];
  ports: FacetValue[];
  months: FacetValue[];
  truncated: boolean;
};

/** Filter choices with their entry counts, capped so a select never gets thousands of options. */
export function facetsOf(entries: EntryList, max = 300): Facets {
  const importers = new Map<string, FacetValue>();
  const ports = new Map<string, FacetValue>();
  const months = new Map<string, FacetValue>();
  /** Counts one more entry for `value`; true when the value is new (the caller then names it). */
  const bump = (map: Map<string, FacetValue>, value: string): FacetValue | null => {
    const f = map.get(value);
    if (f) {
      f.count++;
      return null;
    }
    const created = { value, label: value, count: 1 };
    map.set(value, created);
    return created;
  };
  // Month of each entry date seen: the same date string comes back for many entries.
  let lastDate: string | null = null;
  let lastMonth = NONE;
  scanEntries(entries, (e) => {
    const number = e.importerNumber ?? e.importerName;
    const importer = bump(importers, number ?? NONE);
    if (importer !== null) {
      importer.label =
        number === null
          ? 'No importer'
          : `${number}${e.importerName && e.importerNumber ? ` ${e.importerName}` : ''}`;
    }
    const port = bump(ports, e.port ?? NONE);
    if (port !== null && e.port === null) port.label = 'No port';
    if (e.entryDate !== lastDate) {
      lastDate = e.entryDate;
      lastMonth = e.entryDate === null ? NONE : e.entryDate.slice(0, 7);
    }
    const month = bump(months, lastMonth);
    if (month !== null && lastMonth === NONE) month.label = 'No entry date';
  });
  const sorted = (map: Map<string, FacetValue>) =>
    [...map.values()].sort((a, b) =>
      a.value === NONE ? 1 : b.value === NONE ? -1 : a.value < b.value ? -1 : 1,
    );
  const all = { importers: sorted(importers), ports: sorted(ports), months: sorted(months) };
  const truncated = all.importers.length > max || all.ports.length > max || all.months.length > max;
  return {
    importers: all.importers.length > max ? [] : all.importers,
    ports: all.ports.length > max ? [] : all.ports,
    months: all.months.length > max ? [] : all.months,
    truncated,
  };
}

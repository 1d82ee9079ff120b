// Analysed entries stored by column, and the list interface their consumers read them through.
//
// Why columns: a 1M-line ES-003 has ~190k entries. One 27-field object per entry, alive from the
// row that first names the entry to the end of the analysis, cost ~0.3 s and ~50 MB of heap on the
// benchmark machine (young-generation copying and first-touch of fresh pages), more than parsing
// some of the columns. Typed arrays for the sums and arrays of (shared, interned) strings cost a
// fraction of that. `AnalyzedEntry` objects are made on demand by `at(i)` / iteration: consumers
// walk the list once and drop each object, which V8 collects almost for free.
//
//   EntryColumns   growable, filled by the analyzer while rows stream by (index = first sight)
//   EntryTable     the finished, sorted, read-only view: an EntryList
import type { HtsClass } from '../deadlines/rules';
import type { StatusResult } from '../deadlines/status';
import type { AnalyzedEntry } from './model';

/**
 * Analysed entries as their consumers read them: `length`, `at(i)` and iteration. Arrays of
 * `AnalyzedEntry` satisfy it (results rebuilt from portfolios, tests), and so does `EntryTable`.
 * Each `at(i)` of an EntryTable returns a new object; keep the ones you need, do not call it in a
 * sort comparator (read the keys into an array first).
 */
export interface EntryList extends Iterable<AnalyzedEntry> {
  readonly length: number;
  at(index: number): AnalyzedEntry | undefined;
}

/** Shared by entries with nothing in a list; frozen so no consumer can push into everyone's list. */
export const NO_STRINGS: string[] = Object.freeze([]) as unknown as string[];

/** The text fields of an entry, stored as ids into the columns' string dictionary (0 = null). */
export const T = {
  importerNumber: 0,
  importerName: 1,
  filerCode: 2,
  port: 3,
  entryType: 4,
  entryDate: 5,
  liquidationDate: 6,
  liquidationStatusRaw: 7,
  protestNumber: 8,
  protestStatusRaw: 9,
} as const;
export type TextField = (typeof T)[keyof typeof T];
const TEXT_WIDTH = 10;

// --- entry numbers as numbers ----------------------------------------------------------------------
//
// A normalized entry number is 3 characters of [0-9A-Z] and 8 digits: as a number, the filer code
// in base 36 (digits before letters, as in code-unit order) times 1e8 plus the digits, below 2^43.
// Numeric order of the keys is the order of the strings, and no string per entry is kept.

const DIGITS_SCALE = 100_000_000;

function base36(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
}

/** The key of an 11-character normalized entry number, or -1 when it is not one. */
export function entryKey(n11: string): number {
  if (n11.length !== 11) return -1;
  const a = base36(n11.charCodeAt(0));
  const b = base36(n11.charCodeAt(1));
  const c = base36(n11.charCodeAt(2));
  if (a < 0 || b < 0 || c < 0) return -1;
  let digits = 0;
  for (let i = 3; i < 11; i++) {
    const d = n11.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    digits = digits * 10 + d;
  }
  return (a * 1296 + b * 36 + c) * DIGITS_SCALE + digits;
}

const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The filer-code part of a key (the entry number's first 3 characters). */
export function keyFilerCode(key: number): string {
  const f = Math.floor(key / DIGITS_SCALE);
  return `${BASE36[Math.floor(f / 1296)]}${BASE36[Math.floor(f / 36) % 36]}${BASE36[f % 36]}`;
}

/** The entry number a key stands for. */
export function keyEntryNumber(key: number): string {
  return `${keyFilerCode(key)}${String(key % DIGITS_SCALE).padStart(8, '0')}`;
}

const INITIAL_CAPACITY = 4096;

function grown<A extends Float64Array | Int32Array | Uint32Array | Uint8Array>(a: A, length: number): A {
  const next = new (a.constructor as new (n: number) => A)(length);
  next.set(a);
  return next;
}

/** Spreads keys (often consecutive numbers) over the slots. */
function slotOf(key: number, mask: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296);
  return (Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> 12) & mask;
}

/**
 * Per-entry columns the analyzer accumulates into; index = order in which entries were first seen.
 * All typed arrays (sums, line counts, ids of text values, the entry-number key) plus an
 * open-addressing table from key to index: a few dozen bytes per entry that the garbage collector
 * never copies or scans, and zero-filled pages the OS maps in only when used. Text values are
 * interned in one dictionary; most repeat (importers, dates, statuses), so the last value per field
 * is remembered to skip the look-up.
 */
export class EntryColumns {
  count = 0;
  private capacity = INITIAL_CAPACITY;
  keys = new Float64Array(INITIAL_CAPACITY);
  valid = new Uint8Array(INITIAL_CAPACITY);
  /** TEXT_WIDTH ids per entry (0 = null). */
  private textIds = new Int32Array(INITIAL_CAPACITY * TEXT_WIDTH);
  ieepaDutyCents = new Float64Array(INITIAL_CAPACITY);
  otherDutyCents = new Float64Array(INITIAL_CAPACITY);
  section122DutyCents = new Float64Array(INITIAL_CAPACITY);
  section301DutyCents = new Float64Array(INITIAL_CAPACITY);
  section232DutyCents = new Float64Array(INITIAL_CAPACITY);
  lineCount = new Uint32Array(INITIAL_CAPACITY);
  /** Id of the entry's list of source file names (lists are shared; see analyze.ts). */
  private sourceIds = new Int32Array(INITIAL_CAPACITY);
  private readonly sourceLists: string[][] = [NO_STRINGS];

  // Key -> index by linear probing over (key + 1, index) slots; 0 = empty. Load <= 1/2.
  private slotKeys = new Float64Array(INITIAL_CAPACITY * 2);
  private slotIndex = new Int32Array(INITIAL_CAPACITY * 2);
  private slotMask = INITIAL_CAPACITY * 2 - 1;

  private readonly strings: (string | null)[] = [null];
  private readonly stringIds = new Map<string, number>();
  private readonly lastText: (string | null)[] = new Array(TEXT_WIDTH).fill(null);
  private readonly lastTextId = new Int32Array(TEXT_WIDTH);

  /** Index of the entry with this key, or -1. */
  find(key: number): number {
    const keys = this.slotKeys;
    const mask = this.slotMask;
    const wanted = key + 1;
    for (let s = slotOf(key, mask); ; s = (s + 1) & mask) {
      const k = keys[s] as number;
      if (k === wanted) return this.slotIndex[s] as number;
      if (k === 0) return -1;
    }
  }

  /** A new entry (its key must not be in the table yet); returns its index. */
  add(key: number, valid: boolean): number {
    const i = this.count++;
    if (i === this.capacity) this.grow();
    this.keys[i] = key;
    this.valid[i] = valid ? 1 : 0;
    if (this.count * 2 > this.slotMask + 1) this.rehash();
    this.place(key, i);
    return i;
  }

  entryNumber(i: number): string {
    return keyEntryNumber(this.keys[i] as number);
  }

  text(i: number, field: TextField): string | null {
    return this.strings[this.textIds[i * TEXT_WIDTH + field] as number] ?? null;
  }

  hasText(i: number, field: TextField): boolean {
    return this.textIds[i * TEXT_WIDTH + field] !== 0;
  }

  /** Dictionary id of a field's value (0 = null): equal ids, equal strings. */
  textId(i: number, field: TextField): number {
    return this.textIds[i * TEXT_WIDTH + field] as number;
  }

  setText(i: number, field: TextField, value: string | null) {
    let id = 0;
    if (value !== null) {
      if (value === this.lastText[field]) id = this.lastTextId[field] as number;
      else {
        id = this.stringIds.get(value) ?? 0;
        if (id === 0) {
          id = this.strings.length;
          this.strings.push(value);
          this.stringIds.set(value, id);
        }
        this.lastText[field] = value;
        this.lastTextId[field] = id;
      }
    }
    this.textIds[i * TEXT_WIDTH + field] = id;
  }

  sourceId(i: number): number {
    return this.sourceIds[i] as number;
  }

  setSourceId(i: number, id: number) {
    this.sourceIds[i] = id;
  }

  sourceList(id: number): string[] {
    return this.sourceLists[id] ?? NO_STRINGS;
  }

  /** Registers a (frozen) list of source names; returns its id. */
  addSourceList(list: string[]): number {
    this.sourceLists.push(list);
    return this.sourceLists.length - 1;
  }

  /** One tariff line's duty, summed by its HTS class (IEEPA, or other and maybe one section). */
  addLine(i: number, cls: HtsClass, cents: number) {
    if (cls === 'ieepa') this.ieepaDutyCents[i] = (this.ieepaDutyCents[i] as number) + cents;
    else {
      this.otherDutyCents[i] = (this.otherDutyCents[i] as number) + cents;
      const section =
        cls === 'section301'
          ? this.section301DutyCents
          : cls === 'section232'
            ? this.section232DutyCents
            : cls === 'section122'
              ? this.section122DutyCents
              : null;
      if (section !== null) section[i] = (section[i] as number) + cents;
    }
    this.lineCount[i] = (this.lineCount[i] as number) + 1;
  }

  /** Frees what only adding needs (the key table, the dictionary's look-up); reads still work. */
  seal() {
    this.slotKeys = new Float64Array(1);
    this.slotIndex = new Int32Array(1);
    this.slotMask = 0;
    this.stringIds.clear();
    this.lastText.fill(null);
  }

  private place(key: number, index: number) {
    const keys = this.slotKeys;
    const mask = this.slotMask;
    let s = slotOf(key, mask);
    while (keys[s] !== 0) s = (s + 1) & mask;
    keys[s] = key + 1;
    this.slotIndex[s] = index;
  }

  private rehash() {
    const size = (this.slotMask + 1) * 2;
    this.slotKeys = new Float64Array(size);
    this.slotIndex = new Int32Array(size);
    this.slotMask = size - 1;
    // The entry being added (count - 1) is placed by add().
    for (let i = 0; i < this.count - 1; i++) this.place(this.keys[i] as number, i);
  }

  private grow() {
    const capacity = this.capacity * 2;
    this.keys = grown(this.keys, capacity);
    this.valid = grown(this.valid, capacity);
    this.textIds = grown(this.textIds, capacity * TEXT_WIDTH);
    this.ieepaDutyCents = grown(this.ieepaDutyCents, capacity);
    this.otherDutyCents = grown(this.otherDutyCents, capacity);
    this.section122DutyCents = grown(this.section122DutyCents, capacity);
    this.section301DutyCents = grown(this.section301DutyCents, capacity);
    this.section232DutyCents = grown(this.section232DutyCents, capacity);
    this.lineCount = grown(this.lineCount, capacity);
    this.sourceIds = grown(this.sourceIds, capacity);
    this.capacity = capacity;
  }
}

/** What finishing an analysis adds per entry (by column index). */
export type EntryOutcome = {
  /** The status engine's result (shared between entries with the same inputs). */
  result: StatusResult[];
  flags: string[][];
  notes: string[][];
};

/** The finished entries in `order` (column indexes, sorted by entry number). Read-only. */
export class EntryTable implements EntryList {
  constructor(
    private readonly columns: EntryColumns,
    private readonly order: Uint32Array,
    private readonly outcome: EntryOutcome,
  ) {}

  get length(): number {
    return this.order.length;
  }

  at(index: number): AnalyzedEntry | undefined {
    const n = this.order.length;
    let i = Math.trunc(index);
    if (i < 0) i += n;
    if (!(i >= 0 && i < n)) return undefined;
    return this.entry(this.order[i] as number);
  }

  [Symbol.iterator](): Iterator<AnalyzedEntry> {
    let i = 0;
    return {
      next: (): IteratorResult<AnalyzedEntry> =>
        i < this.order.length
          ? { done: false, value: this.entry(this.order[i++] as number) }
          : { done: true, value: undefined },
    };
  }

  /** All entries as objects (the CLI's JSON, tests). Costs one object per entry, kept. */
  toArray(): AnalyzedEntry[] {
    return Array.from(this);
  }

  private entry(j: number): AnalyzedEntry {
    const c = this.columns;
    const r = this.outcome.result[j] as StatusResult;
    // Same field order as the AnalyzedEntry type (JSON output order).
    return {
      entryNumber: c.entryNumber(j),
      entryNumberValid: c.valid[j] === 1,
      importerNumber: c.text(j, T.importerNumber),
      importerName: c.text(j, T.importerName),
      filerCode: c.text(j, T.filerCode),
      port: c.text(j, T.port),
      entryType: c.text(j, T.entryType),
      entryDate: c.text(j, T.entryDate),
      liquidationDate: c.text(j, T.liquidationDate),
      liquidationStatusRaw: c.text(j, T.liquidationStatusRaw),
      protestNumber: c.text(j, T.protestNumber),
      protestStatusRaw: c.text(j, T.protestStatusRaw),
      status: r.status,
      statusReason: r.reason,
      ruleId: r.ruleId,
      ieepaDutyCents: c.ieepaDutyCents[j] as number,
      otherDutyCents: c.otherDutyCents[j] as number,
      section122DutyCents: c.section122DutyCents[j] as number,
      section301DutyCents: c.section301DutyCents[j] as number,
      section232DutyCents: c.section232DutyCents[j] as number,
      lineCount: c.lineCount[j] as number,
      capeLastDay: r.capeLastDay,
      protestLastDay: r.protestLastDay,
      projectedLiquidation: r.projectedLiquidation,
      flags: this.outcome.flags[j] ?? NO_STRINGS,
      notes: this.outcome.notes[j] ?? NO_STRINGS,
      sources: c.sourceList(c.sourceId(j)),
    };
  }
}

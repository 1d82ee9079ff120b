// Analysed entries stored by column, and the list interface their consumers read them through.
//
// Why columns: a 1M-line ES-003 has ~190k entries. One 27-field object per entry (plus its
// entry-number string and map entry), alive from the row that first names the entry to the end of
// the analysis, cost ~0.5 s and ~70 MB of peak RSS on the benchmark machine: young-generation
// copying, and first-touching fresh memory, which costs ~4 ms per MB there. Here an entry is an
// index into chunks of typed arrays (its entry number as a numeric key, ids of interned text
// values, duty sums, line count): ~100 bytes the garbage collector never copies or scans.
// `AnalyzedEntry` objects are made on demand by `at(i)` / iteration: consumers walk the list once
// and drop each object, which V8 collects almost for free.
//
//   EntryColumns   filled by the analyzer while rows stream by (index = first sight)
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

/** The entry number a key stands for; `filerCode` when the caller already has it (a cache). */
export function keyEntryNumber(key: number, filerCode = keyFilerCode(key)): string {
  return filerCode + String(DIGITS_SCALE + (key % DIGITS_SCALE)).slice(1);
}

/** Entries per chunk: columns grow by whole chunks, never copied (see EntryColumns). */
const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;
const INITIAL_SLOTS = 8192;

/** Duty sums per entry, in this order, side by side in one array (40 bytes together). */
export const CENTS = { ieepa: 0, other: 1, section122: 2, section301: 3, section232: 4 } as const;
export type CentsField = (typeof CENTS)[keyof typeof CENTS];
const CENTS_WIDTH = 5;

/** The columns of CHUNK consecutive entries. */
class Chunk {
  readonly keys = new Float64Array(CHUNK);
  readonly valid = new Uint8Array(CHUNK);
  /** TEXT_WIDTH dictionary ids per entry (0 = null). */
  readonly text = new Int32Array(CHUNK * TEXT_WIDTH);
  /** CENTS_WIDTH sums per entry. */
  readonly cents = new Float64Array(CHUNK * CENTS_WIDTH);
  readonly lines = new Uint32Array(CHUNK);
  /** Id of the entry's list of source file names (lists are shared; see analyze.ts). */
  readonly sources = new Int32Array(CHUNK);
  /** 1 + index of the ES-003 file whose lines were counted for the entry; 0 = none yet (analyze.ts). */
  readonly lineFile = new Uint16Array(CHUNK);
  /** 1 + index of the last other ES-003 file that listed the entry again (not counted); 0 = none. */
  readonly otherLineFile = new Uint16Array(CHUNK);
}

/**
 * Slot of a key in a table of 2^(32 - shift) slots: Fibonacci hashing of the key's low and high
 * 32 bits, taking the top bits (keys are often consecutive numbers).
 */
function slotOf(key: number, shift: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296);
  return Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> shift;
}

/**
 * Per-entry columns the analyzer accumulates into; index = order in which entries were first seen.
 * Typed arrays only (key, validity, ids of text values, duty sums, line count, the file the lines
 * came from), in chunks of CHUNK entries (101 bytes an entry), plus an open-addressing table from key to index (24-48 bytes
 * an entry at a load of 1/4 to 1/2): memory that the garbage collector never copies or scans.
 * Chunks instead of doubling arrays: on the benchmark
 * machine first-touching fresh memory costs ~4 ms per MB, and copying on every doubling touched
 * twice the final size (+120 ms, +40 MB RSS at 190k entries). Text values are interned in one
 * dictionary; most repeat (importers, dates, statuses), so the last value per field is
 * remembered to skip the look-up.
 */
export class EntryColumns {
  count = 0;
  private readonly chunks: Chunk[] = [];
  private readonly sourceLists: string[][] = [NO_STRINGS];

  // Key -> index by linear probing over (key + 1, index) slots; 0 = empty. Load <= 1/2.
  private slotKeys = new Float64Array(INITIAL_SLOTS);
  private slotIndex = new Int32Array(INITIAL_SLOTS);
  private slotMask = INITIAL_SLOTS - 1;
  private slotShift = 32 - Math.log2(INITIAL_SLOTS);

  private readonly strings: (string | null)[] = [null];
  private readonly stringIds = new Map<string, number>();
  private readonly lastText: (string | null)[] = new Array(TEXT_WIDTH).fill(null);
  private readonly lastTextId = new Int32Array(TEXT_WIDTH);

  /** Index of the entry with this key, or -1. */
  find(key: number): number {
    const keys = this.slotKeys;
    const mask = this.slotMask;
    const wanted = key + 1;
    for (let s = slotOf(key, this.slotShift); ; s = (s + 1) & mask) {
      const k = keys[s] as number;
      if (k === wanted) return this.slotIndex[s] as number;
      if (k === 0) return -1;
    }
  }

  /** A new entry (its key must not be in the table yet); returns its index. */
  add(key: number, valid: boolean): number {
    const i = this.count++;
    if ((i & CHUNK_MASK) === 0) this.chunks.push(new Chunk());
    const chunk = this.chunks[i >>> CHUNK_BITS] as Chunk;
    chunk.keys[i & CHUNK_MASK] = key;
    chunk.valid[i & CHUNK_MASK] = valid ? 1 : 0;
    if (this.count * 2 > this.slotMask + 1) this.rehash();
    this.place(key, i);
    return i;
  }

  key(i: number): number {
    return this.chunk(i).keys[i & CHUNK_MASK] as number;
  }

  isValid(i: number): boolean {
    return this.chunk(i).valid[i & CHUNK_MASK] === 1;
  }

  entryNumber(i: number): string {
    return keyEntryNumber(this.key(i));
  }

  cents(i: number, field: CentsField): number {
    return this.chunk(i).cents[(i & CHUNK_MASK) * CENTS_WIDTH + field] as number;
  }

  lineCount(i: number): number {
    return this.chunk(i).lines[i & CHUNK_MASK] as number;
  }

  /** One tariff line's duty, summed by its HTS class (IEEPA, or other and maybe one section). */
  addLine(i: number, cls: HtsClass, cents: number) {
    const chunk = this.chunk(i);
    const o = i & CHUNK_MASK;
    const sums = chunk.cents;
    const at = o * CENTS_WIDTH;
    if (cls === 'ieepa') sums[at] = (sums[at] as number) + cents;
    else {
      sums[at + CENTS.other] = (sums[at + CENTS.other] as number) + cents;
      const section =
        cls === 'section301'
          ? CENTS.section301
          : cls === 'section232'
            ? CENTS.section232
            : cls === 'section122'
              ? CENTS.section122
              : -1;
      if (section > 0) sums[at + section] = (sums[at + section] as number) + cents;
    }
    chunk.lines[o] = (chunk.lines[o] as number) + 1;
  }

  text(i: number, field: TextField): string | null {
    return this.strings[this.textId(i, field)] ?? null;
  }

  hasText(i: number, field: TextField): boolean {
    return this.textId(i, field) !== 0;
  }

  /** Dictionary id of a field's value (0 = null): equal ids, equal strings. */
  textId(i: number, field: TextField): number {
    return this.chunk(i).text[(i & CHUNK_MASK) * TEXT_WIDTH + field] as number;
  }

  setText(i: number, field: TextField, value: string | null) {
    let id = 0;
    if (value !== null) {
      if (value === this.lastText[field]) id = this.lastTextId[field] as number;
      else {
        id = this.intern(value);
        this.lastText[field] = value;
        this.lastTextId[field] = id;
      }
    }
    this.chunk(i).text[(i & CHUNK_MASK) * TEXT_WIDTH + field] = id;
  }

  /** Sets a field to a dictionary id from `intern` (0 = null). */
  setTextId(i: number, field: TextField, id: number) {
    this.chunk(i).text[(i & CHUNK_MASK) * TEXT_WIDTH + field] = id;
  }

  /** The string of a dictionary id (null for 0). */
  dictText(id: number): string | null {
    return this.strings[id] ?? null;
  }

  /** Entries without a filer code get their entry number's (its first 3 characters). */
  defaultFilerCodes() {
    // One string per filer code, not per entry: ids by the code's number (36^3 of them).
    const ids = new Int32Array(36 * 36 * 36);
    for (let i = 0; i < this.count; i++) {
      const chunk = this.chunk(i);
      const at = (i & CHUNK_MASK) * TEXT_WIDTH + T.filerCode;
      if (chunk.text[at] !== 0) continue;
      const key = chunk.keys[i & CHUNK_MASK] as number;
      const filer = Math.floor(key / DIGITS_SCALE);
      let id = ids[filer] as number;
      if (id === 0) {
        id = this.intern(keyFilerCode(key));
        ids[filer] = id;
      }
      chunk.text[at] = id;
    }
  }

  /** 1 + index of the file whose tariff lines the entry counts (one export per entry); 0 = none yet. */
  lineFile(i: number): number {
    return this.chunk(i).lineFile[i & CHUNK_MASK] as number;
  }

  setLineFile(i: number, file: number) {
    this.chunk(i).lineFile[i & CHUNK_MASK] = file;
  }

  /** 1 + index of the last other file that listed the entry's lines again (not counted); 0 = none. */
  otherLineFile(i: number): number {
    return this.chunk(i).otherLineFile[i & CHUNK_MASK] as number;
  }

  setOtherLineFile(i: number, file: number) {
    this.chunk(i).otherLineFile[i & CHUNK_MASK] = file;
  }

  sourceId(i: number): number {
    return this.chunk(i).sources[i & CHUNK_MASK] as number;
  }

  setSourceId(i: number, id: number) {
    this.chunk(i).sources[i & CHUNK_MASK] = id;
  }

  sourceList(id: number): string[] {
    return this.sourceLists[id] ?? NO_STRINGS;
  }

  /** Registers a (frozen) list of source names; returns its id. */
  addSourceList(list: string[]): number {
    this.sourceLists.push(list);
    return this.sourceLists.length - 1;
  }

  /**
   * Entry indexes in entry-number order (numeric order of the keys is the strings' order). Call
   * before `seal`: the keys are sorted natively (no comparator calls), then looked up again.
   */
  sortedByEntryNumber(): Uint32Array {
    const n = this.count;
    const keys = new Float64Array(n);
    const order = new Uint32Array(n);
    let sorted = true;
    for (let i = 0; i < n; i++) {
      keys[i] = this.key(i);
      order[i] = i;
      if (i > 0 && (keys[i] as number) < (keys[i - 1] as number)) sorted = false;
    }
    // Exports listed by entry number need no sort at all.
    if (sorted) return order;
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = this.find(keys[i] as number);
    return order;
  }

  /** Frees what only adding needs (the key table, the dictionary's look-up); reads still work. */
  seal() {
    // An empty table of 2 slots (the smallest a shift can address): find() answers -1.
    this.slotKeys = new Float64Array(2);
    this.slotIndex = new Int32Array(2);
    this.slotMask = 1;
    this.slotShift = 31;
    this.stringIds.clear();
    this.lastText.fill(null);
  }

  /** The dictionary id of a string (added if new): equal strings, equal ids. */
  intern(value: string): number {
    let id = this.stringIds.get(value) ?? 0;
    if (id === 0) {
      id = this.strings.length;
      this.strings.push(value);
      this.stringIds.set(value, id);
    }
    return id;
  }

  private chunk(i: number): Chunk {
    return this.chunks[i >>> CHUNK_BITS] as Chunk;
  }

  private place(key: number, index: number) {
    const keys = this.slotKeys;
    const mask = this.slotMask;
    let s = slotOf(key, this.slotShift);
    while (keys[s] !== 0) s = (s + 1) & mask;
    keys[s] = key + 1;
    this.slotIndex[s] = index;
  }

  private rehash() {
    const size = (this.slotMask + 1) * 2;
    this.slotKeys = new Float64Array(size);
    this.slotIndex = new Int32Array(size);
    this.slotMask = size - 1;
    this.slotShift -= 1;
    // The entry being added (count - 1) is placed by add().
    for (let i = 0; i < this.count - 1; i++) this.place(this.key(i), i);
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
  /** Filer-code strings by the code's number (entryNumber). */
  private readonly filerCodes = new Map<number, string>();

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
    // As Array.prototype.at: NaN (and undefined) count as 0.
    let i = Math.trunc(index) || 0;
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

  /**
   * Calls `visit` for each entry in order with ONE view object whose fields read the columns of the
   * current entry on access: no object and no work per entry for fields nobody reads (the UI's
   * table, filters, facets and timeline walk 190k entries several times). Never keep `e`, spread
   * it or put it anywhere; copy the fields you need.
   */
  scan(visit: (e: Readonly<AnalyzedEntry>, index: number) => void): void {
    const order = this.order;
    const view = new EntryView(
      this.columns,
      this.outcome,
      (j) => this.entryNumber(j),
      (j) => this.entry(j),
    );
    for (let i = 0; i < order.length; i++) {
      view.j = order[i] as number;
      visit(view, i);
    }
  }

  /** Entry numbers without building each from scratch: the filer codes are kept per code. */
  private entryNumber(j: number): string {
    const key = this.columns.key(j);
    const filer = Math.floor(key / DIGITS_SCALE);
    let code = this.filerCodes.get(filer);
    if (code === undefined) {
      code = keyFilerCode(key);
      this.filerCodes.set(filer, code);
    }
    return keyEntryNumber(key, code);
  }

  private entry(j: number): AnalyzedEntry {
    const c = this.columns;
    const r = this.outcome.result[j] as StatusResult;
    // Same field order as the AnalyzedEntry type (JSON output order); EntryView has the same fields.
    return {
      entryNumber: this.entryNumber(j),
      entryNumberValid: c.isValid(j),
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
      ieepaDutyCents: c.cents(j, CENTS.ieepa),
      otherDutyCents: c.cents(j, CENTS.other),
      section122DutyCents: c.cents(j, CENTS.section122),
      section301DutyCents: c.cents(j, CENTS.section301),
      section232DutyCents: c.cents(j, CENTS.section232),
      lineCount: c.lineCount(j),
      capeLastDay: r.capeLastDay,
      protestLastDay: r.protestLastDay,
      projectedLiquidation: r.projectedLiquidation,
      flags: this.outcome.flags[j] ?? NO_STRINGS,
      notes: this.outcome.notes[j] ?? NO_STRINGS,
      sources: c.sourceList(c.sourceId(j)),
    };
  }
}

/** The entry at column index `j`, field by field on access (EntryTable.scan). */
class EntryView implements Readonly<AnalyzedEntry> {
  j = 0;

  constructor(
    private readonly c: EntryColumns,
    private readonly outcome: EntryOutcome,
    private readonly number: (j: number) => string,
    private readonly materialize: (j: number) => AnalyzedEntry,
  ) {}

  private get r(): StatusResult {
    return this.outcome.result[this.j] as StatusResult;
  }
  get entryNumber() {
    return this.number(this.j);
  }
  get entryNumberValid() {
    return this.c.isValid(this.j);
  }
  get importerNumber() {
    return this.c.text(this.j, T.importerNumber);
  }
  get importerName() {
    return this.c.text(this.j, T.importerName);
  }
  get filerCode() {
    return this.c.text(this.j, T.filerCode);
  }
  get port() {
    return this.c.text(this.j, T.port);
  }
  get entryType() {
    return this.c.text(this.j, T.entryType);
  }
  get entryDate() {
    return this.c.text(this.j, T.entryDate);
  }
  get liquidationDate() {
    return this.c.text(this.j, T.liquidationDate);
  }
  get liquidationStatusRaw() {
    return this.c.text(this.j, T.liquidationStatusRaw);
  }
  get protestNumber() {
    return this.c.text(this.j, T.protestNumber);
  }
  get protestStatusRaw() {
    return this.c.text(this.j, T.protestStatusRaw);
  }
  get status() {
    return this.r.status;
  }
  get statusReason() {
    return this.r.reason;
  }
  get ruleId() {
    return this.r.ruleId;
  }
  get ieepaDutyCents() {
    return this.c.cents(this.j, CENTS.ieepa);
  }
  get otherDutyCents() {
    return this.c.cents(this.j, CENTS.other);
  }
  get section122DutyCents() {
    return this.c.cents(this.j, CENTS.section122);
  }
  get section301DutyCents() {
    return this.c.cents(this.j, CENTS.section301);
  }
  get section232DutyCents() {
    return this.c.cents(this.j, CENTS.section232);
  }
  get lineCount() {
    return this.c.lineCount(this.j);
  }
  get capeLastDay() {
    return this.r.capeLastDay;
  }
  get protestLastDay() {
    return this.r.protestLastDay;
  }
  get projectedLiquidation() {
    return this.r.projectedLiquidation;
  }
  get flags() {
    return this.outcome.flags[this.j] ?? NO_STRINGS;
  }
  get notes() {
    return this.outcome.notes[this.j] ?? NO_STRINGS;
  }
  get sources() {
    return this.c.sourceList(this.c.sourceId(this.j));
  }
  /** JSON.stringify of a view (which should not happen) writes the entry, not the view's insides. */
  toJSON(): AnalyzedEntry {
    return this.materialize(this.j);
  }
}

/**
 * Calls `visit` for each entry of the list in order. For an EntryTable, with one reused object
 * (see EntryTable.scan): never keep `e`. For an array, with its elements.
 */
export function scanEntries(
  list: EntryList,
  visit: (e: Readonly<AnalyzedEntry>, index: number) => void,
): void {
  if (list instanceof EntryTable) list.scan(visit);
  else {
    let i = 0;
    for (const e of list) visit(e, i++);
  }
}

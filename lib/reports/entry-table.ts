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

type Text = string | null;

/** Shared by entries with nothing in a list; frozen so no consumer can push into everyone's list. */
export const NO_STRINGS: string[] = Object.freeze([]) as unknown as string[];

const INITIAL_CAPACITY = 1024;

function grown<T extends Float64Array | Uint32Array | Uint8Array>(a: T, capacity: number): T {
  const next = new (a.constructor as new (n: number) => T)(capacity);
  next.set(a);
  return next;
}

/**
 * Per-entry columns the analyzer accumulates into. Index = order in which entries were first seen.
 * Text columns hold the cell strings as read (trimmed, interned by the analyzer); the status
 * columns are filled by `complete`-time code in analyze.ts before an EntryTable is made.
 */
export class EntryColumns {
  count = 0;
  private capacity = INITIAL_CAPACITY;
  readonly entryNumber: string[] = [];
  valid = new Uint8Array(INITIAL_CAPACITY);
  readonly importerNumber: Text[] = [];
  readonly importerName: Text[] = [];
  readonly filerCode: Text[] = [];
  readonly port: Text[] = [];
  readonly entryType: Text[] = [];
  readonly entryDate: Text[] = [];
  readonly liquidationDate: Text[] = [];
  readonly liquidationStatusRaw: Text[] = [];
  readonly protestNumber: Text[] = [];
  readonly protestStatusRaw: Text[] = [];
  ieepaDutyCents = new Float64Array(INITIAL_CAPACITY);
  otherDutyCents = new Float64Array(INITIAL_CAPACITY);
  section122DutyCents = new Float64Array(INITIAL_CAPACITY);
  section301DutyCents = new Float64Array(INITIAL_CAPACITY);
  section232DutyCents = new Float64Array(INITIAL_CAPACITY);
  lineCount = new Uint32Array(INITIAL_CAPACITY);
  /** Names of the files that named the entry; arrays shared between entries (see analyze.ts). */
  readonly sources: string[][] = [];

  /** A new entry with no data yet; returns its index. */
  add(entryNumber: string, valid: boolean): number {
    const i = this.count++;
    if (i === this.capacity) this.grow();
    this.entryNumber.push(entryNumber);
    this.valid[i] = valid ? 1 : 0;
    this.importerNumber.push(null);
    this.importerName.push(null);
    this.filerCode.push(null);
    this.port.push(null);
    this.entryType.push(null);
    this.entryDate.push(null);
    this.liquidationDate.push(null);
    this.liquidationStatusRaw.push(null);
    this.protestNumber.push(null);
    this.protestStatusRaw.push(null);
    this.sources.push(NO_STRINGS);
    return i;
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

  private grow() {
    const capacity = this.capacity * 2;
    this.valid = grown(this.valid, capacity);
    this.ieepaDutyCents = grown(this.ieepaDutyCents, capacity);
    this.otherDutyCents = grown(this.otherDutyCents, capacity);
    this.section122DutyCents = grown(this.section122DutyCents, capacity);
    this.section301DutyCents = grown(this.section301DutyCents, capacity);
    this.section232DutyCents = grown(this.section232DutyCents, capacity);
    this.lineCount = grown(this.lineCount, capacity);
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
      entryNumber: c.entryNumber[j] as string,
      entryNumberValid: c.valid[j] === 1,
      importerNumber: c.importerNumber[j] ?? null,
      importerName: c.importerName[j] ?? null,
      filerCode: c.filerCode[j] ?? null,
      port: c.port[j] ?? null,
      entryType: c.entryType[j] ?? null,
      entryDate: c.entryDate[j] ?? null,
      liquidationDate: c.liquidationDate[j] ?? null,
      liquidationStatusRaw: c.liquidationStatusRaw[j] ?? null,
      protestNumber: c.protestNumber[j] ?? null,
      protestStatusRaw: c.protestStatusRaw[j] ?? null,
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
      sources: c.sources[j] ?? NO_STRINGS,
    };
  }
}

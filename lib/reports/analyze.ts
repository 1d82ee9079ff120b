// The report analysis engine: any number of ACE report files in, one row per entry out.
//
//   files ──► readTable (read/) ──► header row ──► detectReport ──► row handler for that report
//                                                                    │  (column indexes resolved once)
//                                                                    ▼
//          entry-number key -> index, EntryColumns being summed    (memory ~ entries, not lines)
//                                                                    │  finish(): status per entry,
//                                                                    ▼  sorted by entry number
//               computeStatus (deadlines/) ──► EntryTable (entry-table.ts) + totals + monthly view
//
// API
//   analyzeFiles(sources, options) -> Promise<AnalysisResult>        one call, all files
//   createAnalyzer(options) -> { addFile(source), finish() }         per file, for a Worker's progress
//                                                                    (await each addFile before the next)
//   options: { asOf?: 'YYYY-MM-DD' (default: today), mappings?: { [headerSignature]: ColumnMapping },
//              rules?: RuleSet, onProgress?(FileProgress), signal?: AbortSignal }
//
// A file that cannot be used gets `error` in its FileReport; the others are still analysed. Only an
// abort (signal) rejects. Rows that cannot be used are counted per reason in `skippedByReason`.
// Entries are joined across files by normalized entry number; a bad check digit is flagged, kept.
// An entry's tariff lines are counted from one ES-003 file only (the first that lists it): an entry's
// lines share its dates, so a date-range export has all of them or none, and the same lines in a
// second (overlapping or re-downloaded) export are not added again; the entry gets a note. A file
// with the same bytes as one read before is skipped. Refunds likewise (one file, or new refund numbers).
// Rows whose cell count does not match the header (an unquoted comma) are skipped and listed.
// Liquidation: ES-003 files are merged (a date beats none; two dates, the later, noted; the status
// comes from the row that gave the date); an ES-701 date wins over them and replaces their status.
// Protests: any open or unknown protest of an entry governs; decided ones are kept as notes.
// The flags / notes / sources arrays of entries are frozen and may be shared between entries.
// `result.entries` is an EntryList: iterate it or call `at(i)`; each read makes a fresh object.
import { todayIn } from '../deadlines/calendar-date';
import { classifyHts, type HtsClass, htsFamilyLeads, type RuleSet, rulesFor } from '../deadlines/rules';
import { computeStatus, normalizeEntryType, type StatusResult } from '../deadlines/status';
import { readLiquidationStatus, readProtestNumber, readProtestStatus } from '../deadlines/status-vocabulary';
import { compactEntryNumberValid, entryCheckDigit, normalizeEntryNumber } from '../validation/entry-number';
import { type ColumnIndexes, type ColumnMappings, headerSignature } from './columns';
import { detectReport, type LayoutNeed, looksLikeHeader } from './detect';
import {
  CENTS,
  EntryColumns,
  type EntryList,
  type EntryOutcome,
  EntryTable,
  entryKey,
  T,
} from './entry-table';
import { type CalendarDate, ENTRY_STATUSES, type EntryStatus } from './model';
import { MonthlyBuilder, type MonthlyRow } from './monthly';
import { BLANK, createDateParser, formatDollars, isOverlongAmount, parseMoneyCents } from './normalize';
import { ReadError, readTable } from './read/index';
import { sameBytes } from './read/same-bytes';
import type { ScanThreads } from './read/scan-thread';
import type { ByteSource, HeaderInfo, RowView, TableFormat } from './read/types';
import { type ReportId, reportLabel, reportType } from './report-types';

export type FileProgress = {
  fileIndex: number;
  fileName: string;
  bytesRead: number;
  totalBytes: number | undefined;
  /** Data rows of this file handed to the analysis so far. */
  rowsRead: number;
};

export type AnalyzeOptions = {
  /** Day the statuses are computed for; default today (local time zone). */
  asOf?: CalendarDate;
  /** User column mappings keyed by `headerSignature(header)`. */
  mappings?: ColumnMappings;
  /** Rule table override (tests); default `rulesFor(asOf)`. */
  rules?: RuleSet;
  onProgress?: (progress: FileProgress) => void;
  signal?: AbortSignal;
  /** A second thread for scanning big text files (lib/reports/read/scan-thread.ts); optional. */
  scanThreads?: ScanThreads;
};

export type FileReport = {
  name: string;
  /** Detected (or mapped) report; null when the file could not be recognised. */
  report: ReportId | null;
  reportLabel: string | null;
  /** False for layouts whose headers are plausible guesses, not seen in real exports. */
  headersVerified: boolean | null;
  viaMapping: boolean;
  format: TableFormat | null;
  sheetName: string | null;
  headerRowNumber: number | null;
  /** `headerSignature` of the header row (null when none was found); key for a user mapping. */
  signature: string | null;
  /** Data rows after the header. */
  rows: number;
  /** Rows that contributed to an entry. */
  used: number;
  skipped: number;
  skippedByReason: Record<string, number>;
  /** Distinct entries this file touched. */
  entries: number;
  warnings: string[];
  /** Set when the file's bytes are identical to an earlier file's (this name): it was not read. */
  duplicateOf?: string;
  /** Why the file could not be used (or stopped part way); absent when it was read. */
  error?: string;
  /** For an unrecognised layout: the columns found and what each known layout needs. */
  layout?: { found: string[]; needed: LayoutNeed[] };
};

export type StatusTotals = Record<EntryStatus, { entries: number; ieepaDutyCents: number }>;

export type AnalysisTotals = {
  files: number;
  filesFailed: number;
  entries: number;
  /** Tariff lines (ES-003 rows) counted into entries. */
  lines: number;
  rowsSkipped: number;
  ieepaDutyCents: number;
  otherDutyCents: number;
  section122DutyCents: number;
  section301DutyCents: number;
  section232DutyCents: number;
  badCheckDigit: number;
  byStatus: StatusTotals;
};

export type AnalysisResult = {
  asOf: CalendarDate;
  rulesId: string;
  files: FileReport[];
  /** Sorted by entry number. */
  entries: EntryList;
  totals: AnalysisTotals;
  /** Derived "importer summary by month" (not an ACE report): duty by month of entry date. */
  monthly: MonthlyRow[];
};

export type Analyzer = {
  addFile(source: ByteSource): Promise<FileReport>;
  finish(): AnalysisResult;
};

export async function analyzeFiles(
  sources: readonly ByteSource[],
  options: AnalyzeOptions = {},
): Promise<AnalysisResult> {
  const analyzer = createAnalyzer(options);
  for (const source of sources) await analyzer.addFile(source);
  return analyzer.finish();
}

// --- per-entry accumulation ----------------------------------------------------------------------
//
// Each entry is a column index into one EntryColumns (sums and entry-level fields as rows stream
// by; no object per entry, see entry-table.ts). finish() adds the status per entry and wraps the
// columns in an EntryTable. What only some entries need (ES-701 dates, protest-file data, CAPE
// claims, refunds, conflict notes) lives in a side map of `EntryExtra`, created on first use.

type EntryExtra = {
  es701Seen: boolean;
  es701Liquidation: CalendarDate | null;
  /** Status of the ES-701 row that gave es701Liquidation (or of an undated row while none did). */
  es701LiquidationStatus: string | null;
  /** A liquidation date cell that is not a date, quoted with its file, for the entry's flag. */
  invalidLiquidation: string | null;
  /** The unreadable date was ES-701's, which would have won over any other file's. */
  invalidLiquidationEs701: boolean;
  /** True once a protest file spoke for this entry (it wins over ES-003's columns). */
  protestFromFile: boolean;
  reconciliation: boolean;
  drawback: boolean;
  claimStatus: string | null;
  declarationId: string | null;
  refundCents: number;
  refundRows: number;
  /** 1 + index of the first refund file (ES-022 / REV-615) that gave the entry a refund row. */
  refundFile: number;
  /** Refund numbers counted, with the file (1 + index) that gave them; null until one has a number. */
  refundNumbers: Map<string, number> | null;
  skippedLines: number;
  notes: string[];
  flags: string[];
};

function newExtra(): EntryExtra {
  return {
    es701Seen: false,
    es701Liquidation: null,
    es701LiquidationStatus: null,
    invalidLiquidation: null,
    invalidLiquidationEs701: false,
    protestFromFile: false,
    reconciliation: false,
    drawback: false,
    claimStatus: null,
    declarationId: null,
    refundCents: 0,
    refundRows: 0,
    refundFile: 0,
    refundNumbers: null,
    skippedLines: 0,
    notes: [],
    flags: [],
  };
}

/** dateIds' mark for a cell that is not a date. */
const INVALID_DATE = -1;

/** No entry (a row without a usable entry number). */
const NO_ENTRY = -1;

/** A Y/N-ish indicator: Y, Yes, True, 1, X are set. */
function indicatorSet(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  const t = raw.trim().toUpperCase();
  return t === 'Y' || t === 'YES' || t === 'TRUE' || t === '1' || t === 'X';
}

const SKIP = {
  noEntry: 'no entry number',
  badEntry: 'entry number is not 11 letters/digits (XXX-NNNNNNN-C)',
  noHts: 'no HTS number',
  badDuty: 'duty amount is not an amount',
  hugeDuty: 'duty amount has more than 13 digits before the decimal point',
  misaligned: 'the number of cells does not match the header',
  badLiquidationDate: 'liquidation date is not a date',
  noProtest: 'no protest number',
  noClaimStatus: 'no CAPE status',
  badRefund: 'refund amount is not an amount',
} as const;

type FileState = {
  report: FileReport;
  skips: Map<string, { count: number; firstRow: number }>;
  fieldWarnings: Map<string, { count: number; firstRow: number; example: string }>;
  touched: number;
  /** Rows whose lines (or refunds) another file already gave: per that file's name, rows and entries. */
  counted: Map<string, { rows: number; entries: number }>;
  /** Rows skipped for a cell count that does not match the header: count, header width, examples. */
  misaligned: { count: number; width: number; examples: string[]; keys: number[] };
};

/** Open and unknown protests block CAPE (DOMAIN §6.3); a decided one does not. */
function protestBlocks(number: string | null, status: string | null): boolean {
  const reading = readProtestStatus(status);
  return reading === 'open' || reading === 'unknown' || (reading === 'none' && number !== null);
}

export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  const asOf = options.asOf ?? todayIn();
  const rules = options.rules ?? rulesFor(asOf);
  const mappings = options.mappings;
  const parseDate = createDateParser();
  const htsCache = new Map<string, HtsClass>();
  /** Date cell text -> dictionary id of its date (0 blank, INVALID_DATE not a date). */
  const dateIds = new Map<string, number>();
  const htsLeads = htsFamilyLeads(rules);
  const cols = new EntryColumns();
  const extras = new Map<number, EntryExtra>();
  const files: FileReport[] = [];
  let finished = false;

  const ex = (entry: number): EntryExtra => {
    let x = extras.get(entry);
    if (x === undefined) {
      x = newExtra();
      extras.set(entry, x);
    }
    return x;
  };
  /** Adds a note to an entry once; true when it was new. */
  const addNote = (entry: number, note: string): boolean => {
    const { notes } = ex(entry);
    if (notes.includes(note)) return false;
    notes.push(note);
    return true;
  };
  const addFlag = (entry: number, flag: string) => {
    const { flags } = ex(entry);
    if (!flags.includes(flag)) flags.push(flag);
  };

  /**
   * Kept cell text. A cell can be a slice of a whole decoded 64 KiB chunk; keeping one in an entry
   * would keep the chunk alive (measured: +100 MB heap on 1M lines). V8 copies slices shorter than
   * 13 characters, so only longer text is copied, and interned: entries with the same importer
   * name or status share one string.
   */
  const strings = new Map<string, string>();
  const text = (raw: string | undefined): string | null => {
    if (raw === undefined) return null;
    const t = raw.trim();
    if (t.length < 13) return t === '' ? null : t;
    let kept = strings.get(t);
    if (kept === undefined) {
      kept = ` ${t}`.slice(1);
      if (strings.size < 100_000) strings.set(kept, kept);
    }
    return kept;
  };
  /** '1', '01', '01 - Consumption' -> '01'; a handful of distinct values, so cached. */
  const entryTypes = new Map<string, string | null>();
  const entryType = (raw: string | undefined): string | null => {
    if (raw === undefined) return null;
    let type = entryTypes.get(raw);
    if (type === undefined) {
      const t = text(raw);
      type = t === null ? null : (normalizeEntryType(t) ?? t);
      if (entryTypes.size < 1000) entryTypes.set(raw, type);
    }
    return type;
  };
  /** Spreadsheets drop leading zeros: port 301 is 0301. */
  const portCode = (raw: string | undefined): string | null => {
    const t = text(raw);
    return t !== null && t.length === 3 && /^\d{3}$/.test(t) ? `0${t}` : t;
  };

  function entryFromRaw(raw: string, fileName: string): number {
    // ACE writes entry numbers already normalized (11 upper-case letters/digits): look those up as
    // they are; normalize (dashes, spaces, lower case) only when the raw value is not in that form.
    const key = entryKey(raw);
    if (key >= 0) {
      const hit = cols.find(key);
      if (hit >= 0) return hit;
      // Every row of an ACE export: a new entry without normalizing again.
      const valid = compactEntryNumberValid(raw);
      if (valid !== null) return cols.add(key, valid);
    }
    const { normalized, valid } = normalizeEntryNumber(raw);
    const normalizedKey = entryKey(normalized);
    if (normalizedKey < 0) return paddedEntry(raw, normalized, fileName);
    const hit = normalizedKey === key ? -1 : cols.find(normalizedKey);
    return hit >= 0 ? hit : cols.add(normalizedKey, valid);
  }

  /**
   * A spreadsheet number cell drops the leading zero of a filer code like 012: 1212345670 is
   * 012-1234567-0. Ten digits whose zero-padded form has the right check digit are read that way,
   * with a note; anything else is not an entry number.
   */
  function paddedEntry(raw: string, normalized: string, fileName: string): number {
    if (normalized.length !== 10 || !/^\d{10}$/.test(normalized)) return NO_ENTRY;
    const padded = `0${normalized}`;
    if (compactEntryNumberValid(padded) !== true) return NO_ENTRY;
    const key = entryKey(padded);
    const hit = cols.find(key);
    const e = hit >= 0 ? hit : cols.add(key, true);
    addFlag(e, 'entry-number-padded');
    addNote(
      e,
      `Entry number ${JSON.stringify(raw.trim())} in ${fileName} was read as ${padded}: a spreadsheet had dropped its leading zero (the check digit matches).`,
    );
    return e;
  }

  /** Earlier sources by index, for "the same file loaded twice" (compared only when sizes match). */
  const sourcesRead: ByteSource[] = [];

  async function duplicateOf(source: ByteSource): Promise<number> {
    if (source.size === undefined || source.size === 0) return -1;
    for (let k = 0; k < sourcesRead.length; k++) {
      const earlier = sourcesRead[k] as ByteSource;
      const report = files[k] as FileReport;
      if (earlier.size !== source.size || report.duplicateOf !== undefined) continue;
      try {
        if (await sameBytes(earlier, source, options.signal)) return k;
      } catch (err) {
        if (options.signal?.aborted) throw err;
        // A source that cannot be read again: compare no further, read the file as usual.
      }
    }
    return -1;
  }

  async function addFile(source: ByteSource): Promise<FileReport> {
    if (finished) throw new Error('createAnalyzer: addFile after finish');
    const fileIndex = files.length;
    /** This file in the entries' lineFile / refundFile columns (1-based; Uint16). */
    const fileNo = Math.min(fileIndex + 1, 0xffff);
    const report: FileReport = {
      name: source.name,
      report: null,
      reportLabel: null,
      headersVerified: null,
      viaMapping: false,
      format: null,
      sheetName: null,
      headerRowNumber: null,
      signature: null,
      rows: 0,
      used: 0,
      skipped: 0,
      skippedByReason: {},
      entries: 0,
      warnings: [],
    };
    const same = await duplicateOf(source);
    files.push(report);
    sourcesRead.push(source);
    if (same >= 0) {
      const earlier = files[same] as FileReport;
      report.duplicateOf = earlier.name;
      report.report = earlier.report;
      report.reportLabel = earlier.reportLabel;
      report.headersVerified = earlier.headersVerified;
      report.viaMapping = earlier.viaMapping;
      report.format = earlier.format;
      report.sheetName = earlier.sheetName;
      report.headerRowNumber = earlier.headerRowNumber;
      report.signature = earlier.signature;
      // A copy of a file that failed fails the same way (and counts among the failed files).
      if (earlier.error !== undefined) report.error = earlier.error;
      report.warnings.push(
        `Same file loaded twice: its content is identical to ${earlier.name}, which was already read; skipped, nothing counted twice.`,
      );
      return report;
    }

    const state: FileState = {
      report,
      skips: new Map(),
      fieldWarnings: new Map(),
      touched: 0,
      counted: new Map(),
      misaligned: { count: 0, width: 0, examples: [], keys: [] },
    };

    const skip = (reason: string, row: number) => {
      const s = state.skips.get(reason);
      if (s) s.count++;
      else state.skips.set(reason, { count: 1, firstRow: row });
    };
    const fieldWarning = (key: string, row: number, example: string) => {
      const w = state.fieldWarnings.get(key);
      if (w) w.count++;
      else state.fieldWarnings.set(key, { count: 1, firstRow: row, example });
    };
    /** A row another file already counted (`owner` = that file's 1-based number); `first`: a new entry. */
    let lastOwner = 0;
    let lastCounter = { rows: 0, entries: 0 };
    const countedElsewhere = (owner: number, first: boolean) => {
      // A file that repeats another (an XLSX and a CSV of one export) comes here for every row.
      if (owner !== lastOwner) {
        const name = files[owner - 1]?.name ?? 'another file';
        let c = state.counted.get(name);
        if (c === undefined) {
          c = { rows: 0, entries: 0 };
          state.counted.set(name, c);
        }
        lastOwner = owner;
        lastCounter = c;
      }
      lastCounter.rows++;
      if (first) lastCounter.entries++;
    };

    // Sources lists are shared: the entries this file touches move from their old list to the
    // old list + this file's name, one new list per distinct old one (by list id).
    const sourcesAfter = new Map<number, number>();
    const ours = new Set<number>();

    // The last entry seen, so consecutive rows of one entry skip the map look-ups.
    let lastRaw: string | undefined;
    let lastEntry = NO_ENTRY;
    /** True when the current row starts a new run of rows for its entry. */
    let fresh = false;
    const entryFor = (raw: string | undefined, row: number): number => {
      if (raw === lastRaw && lastEntry !== NO_ENTRY) {
        fresh = false;
        return lastEntry;
      }
      fresh = true;
      if (raw === undefined || raw.trim() === '') {
        skip(SKIP.noEntry, row);
        return NO_ENTRY;
      }
      const entry = entryFromRaw(raw, source.name);
      if (entry === NO_ENTRY) {
        skip(SKIP.badEntry, row);
        return NO_ENTRY;
      }
      const sources = cols.sourceId(entry);
      if (!ours.has(sources)) {
        let next = sourcesAfter.get(sources);
        if (next === undefined) {
          next = cols.addSourceList(Object.freeze([...cols.sourceList(sources), source.name]) as string[]);
          sourcesAfter.set(sources, next);
          ours.add(next);
        }
        cols.setSourceId(entry, next);
        state.touched++;
      }
      lastRaw = raw;
      lastEntry = entry;
      return entry;
    };

    // Bare date serials of an XLSX workbook in the 1904 date system (set by onHeader) are 1,462 days
    // later than the same numbers in the 1900 system: such a file gets its own parser and cache.
    let parseFileDate = parseDate;
    let fileDateIds = dateIds;

    /**
     * Parses a date cell into the columns' dictionary id of its date (0 = blank, INVALID_DATE when
     * it is not a date, which is also a counted field warning). Cells are looked up once: the same
     * date text comes back for many entries, and one look-up replaces parsing and interning.
     */
    const dateCellId = (cells: RowView, at: number, label: string, row: number): number => {
      if (at < 0) return 0;
      const raw = cells.text(at);
      if (raw === undefined) return 0;
      let id = fileDateIds.get(raw);
      if (id === undefined) {
        const date = parseFileDate(raw);
        id = date === null ? INVALID_DATE : date === BLANK ? 0 : cols.intern(date);
        if (fileDateIds.size < 50_000) fileDateIds.set(raw, id);
      }
      if (id === INVALID_DATE) fieldWarning(`${label} is not a date`, row, raw);
      return id;
    };

    /** Remembers an unreadable liquidation date of an entry (flagged in completeEntries). */
    const invalidLiquidation = (e: number, raw: string | undefined, es701: boolean) => {
      const x = ex(e);
      if (x.invalidLiquidation === null || (es701 && !x.invalidLiquidationEs701)) {
        x.invalidLiquidation = `${JSON.stringify((raw ?? '').trim())} (${source.name})`;
        x.invalidLiquidationEs701 = es701;
      }
    };

    /**
     * The liquidation columns of an ES-003 (or protest-file) row, merged across files: a date beats
     * none; two different dates, the later (a newer export or a reliquidation), with a note and a
     * flag; the status always comes from the row whose date is used.
     */
    const observeLiquidation = (e: number, cells: RowView, ix: ColumnIndexes, row: number) => {
      let dateId = dateCellId(cells, ix.liquidationDate, 'Liquidation Date', row);
      if (dateId === INVALID_DATE) {
        invalidLiquidation(e, cells.text(ix.liquidationDate), false);
        dateId = 0;
      }
      const known = cols.textId(e, T.liquidationDate);
      if (dateId === 0) {
        // An undated row's status counts only while no file gave a date.
        if (known === 0 && ix.liquidationStatus >= 0 && !cols.hasText(e, T.liquidationStatusRaw))
          cols.setText(e, T.liquidationStatusRaw, text(cells.text(ix.liquidationStatus)));
        return;
      }
      const status = ix.liquidationStatus >= 0 ? text(cells.text(ix.liquidationStatus)) : null;
      if (known === dateId) {
        if (status !== null && !cols.hasText(e, T.liquidationStatusRaw))
          cols.setText(e, T.liquidationStatusRaw, status);
        return;
      }
      if (known !== 0) {
        const was = cols.dictText(known) as string;
        const now = cols.dictText(dateId) as string;
        const [earlier, later] = was < now ? [was, now] : [now, was];
        addNote(
          e,
          `Files give two liquidation dates, ${earlier} and ${later}; using the later, ${later} (a newer export or a reliquidation). Check the date in ACE.`,
        );
        addFlag(e, 'liquidation-date-conflict');
        if (now < was) return;
      }
      cols.setTextId(e, T.liquidationDate, dateId);
      cols.setText(e, T.liquidationStatusRaw, status);
    };

    /**
     * One protest of an entry (number and status; placeholders such as N/A, None, - or 0 are no
     * number). An open or unknown protest governs the entry whatever else is known (CAPE excludes
     * entries with an open protest); a decided one stays a note. A protest file's word on a protest
     * wins over ES-003's columns for the same protest.
     */
    const observeProtest = (
      e: number,
      rawNumber: string | null,
      status: string | null,
      fromFile: boolean,
    ) => {
      const number = readProtestNumber(rawNumber);
      if (number === null && readProtestStatus(status) === 'none') return;
      const knownNumber = cols.text(e, T.protestNumber);
      const knownStatus = cols.text(e, T.protestStatusRaw);
      const x = ex(e);
      const set = () => {
        cols.setText(e, T.protestNumber, number);
        cols.setText(e, T.protestStatusRaw, status);
        x.protestFromFile = fromFile;
      };
      if (knownNumber === null && knownStatus === null) {
        set();
        return;
      }
      if (number === knownNumber && status === knownStatus) {
        if (fromFile) x.protestFromFile = true;
        return;
      }
      const label = (n: string | null, s: string | null) =>
        `${n === null ? 'a protest without a number' : `protest ${n}`}${s ? ` (${s})` : ''}`;
      const newBlocks = protestBlocks(number, status);
      const knownBlocks = protestBlocks(knownNumber, knownStatus);
      if (number === knownNumber) {
        // The same protest with another status. A protest file's word wins over ES-003's, whichever
        // was read first; two rows of one kind (a history lists events): an open reading wins.
        if (fromFile !== x.protestFromFile) {
          if (fromFile) set();
        } else if (newBlocks && !knownBlocks) {
          addNote(
            e,
            `The files list ${label(number, knownStatus)} and also ${label(number, status)}; treated as open. Check the protest in ACE.`,
          );
          set();
        } else {
          addNote(e, `The files also list ${label(number, status)}; the status uses "${knownStatus ?? ''}".`);
        }
        return;
      }
      // Another protest: an open (or unknown) one governs; on a tie, the protest file over ES-003.
      const replace = newBlocks !== knownBlocks ? newBlocks : fromFile && !x.protestFromFile;
      if (replace) {
        addNote(
          e,
          knownNumber !== null && !x.protestFromFile && fromFile && newBlocks === knownBlocks
            ? `ES-003 names ${label(knownNumber, knownStatus)}; the protest file names ${label(number, status)}, which is used.`
            : `Also ${label(knownNumber, knownStatus)}; the status uses ${label(number, status)}.`,
        );
        set();
      } else {
        addNote(e, `Also ${label(number, status)}; the status uses ${label(knownNumber, knownStatus)}.`);
      }
    };

    /** Entry-level columns that ES-003 (and ES-701) repeat on every row: read once per run of rows. */
    const readEntryFields = (e: number, cells: RowView, ix: ColumnIndexes, row: number) => {
      if (ix.importerNumber >= 0 && !cols.hasText(e, T.importerNumber))
        cols.setText(e, T.importerNumber, text(cells.text(ix.importerNumber)));
      if (ix.importerName >= 0 && !cols.hasText(e, T.importerName))
        cols.setText(e, T.importerName, text(cells.text(ix.importerName)));
      if (ix.filerCode >= 0 && !cols.hasText(e, T.filerCode))
        cols.setText(e, T.filerCode, text(cells.text(ix.filerCode)));
      if (ix.port >= 0 && !cols.hasText(e, T.port)) cols.setText(e, T.port, portCode(cells.text(ix.port)));
      if (ix.entryType >= 0 && !cols.hasText(e, T.entryType))
        cols.setText(e, T.entryType, entryType(cells.text(ix.entryType)));
      if (ix.reconciliation >= 0 && indicatorSet(cells.text(ix.reconciliation))) ex(e).reconciliation = true;
      if (ix.drawback >= 0 && indicatorSet(cells.text(ix.drawback))) ex(e).drawback = true;
      const entryDate = dateCellId(cells, ix.entryDate, 'Entry Date', row);
      if (entryDate > 0) {
        const known = cols.textId(e, T.entryDate);
        if (known === 0) cols.setTextId(e, T.entryDate, entryDate);
        else if (known !== entryDate) {
          const [was, now] = [cols.dictText(known), cols.dictText(entryDate)];
          addNote(e, `Files disagree on the entry date (${was} and ${now}); using ${was}.`);
          addFlag(e, 'entry-date-conflict');
        }
      }
      if (ix.protestNumber >= 0 || ix.protestStatus >= 0) {
        const number = ix.protestNumber >= 0 ? cells.text(ix.protestNumber) : undefined;
        const status = ix.protestStatus >= 0 ? cells.text(ix.protestStatus) : undefined;
        // Most rows have no protest: two empty cells cost no string work.
        if ((number !== undefined && number !== '') || (status !== undefined && status !== ''))
          observeProtest(e, text(number), text(status), false);
      }
    };

    const handlers: Record<ReportId, (ix: ColumnIndexes) => (cells: RowView, row: number) => void> = {
      es003: (ix) => {
        const iEntry = ix.entryNumber;
        const iHts = ix.hts;
        const iDuty = ix.duty;
        /** False while the current entry's lines are counted from another ES-003 file. */
        let counting = true;
        return (cells, row) => {
          const e = entryFor(cells.text(iEntry), row);
          if (e === NO_ENTRY) return;
          if (fresh) {
            readEntryFields(e, cells, ix, row);
            // ES-003's optional liquidation columns, merged across files; ES-701 wins later.
            observeLiquidation(e, cells, ix, row);
            // An entry's lines come from one export: the first ES-003 file that lists it.
            const owner = cols.lineFile(e);
            if (owner === 0) cols.setLineFile(e, fileNo);
            counting = owner === 0 || owner === fileNo;
            if (!counting) {
              // A typed column, not a note per entry: an XLSX and a CSV of one big export repeat
              // every entry (the note is written in completeEntries, one string per pair of files).
              const first = cols.otherLineFile(e) !== fileNo;
              cols.setOtherLineFile(e, fileNo);
              countedElsewhere(owner, first);
              return;
            }
          } else if (!counting) {
            countedElsewhere(cols.lineFile(e), false);
            return;
          }
          // Most tariff lines are goods, not chapter 99: their first two digits already say 'other'.
          const lead = cells.leadingDigits(iHts, 2);
          let hts: string | undefined;
          if (lead < 0 || htsLeads[lead] === 1) {
            hts = cells.text(iHts);
            if (hts === undefined || hts === '') {
              skip(SKIP.noHts, row);
              ex(e).skippedLines++;
              return;
            }
          }
          const cents = cells.plainCents(iDuty) ?? parseMoneyCents(cells.text(iDuty));
          if (cents === null) {
            skip(isOverlongAmount(cells.text(iDuty)) ? SKIP.hugeDuty : SKIP.badDuty, row);
            ex(e).skippedLines++;
            return;
          }
          let cls: HtsClass | undefined = 'other';
          if (hts !== undefined) {
            cls = htsCache.get(hts);
            if (cls === undefined) {
              cls = classifyHts(hts, rules);
              htsCache.set(hts, cls);
            }
          }
          cols.addLine(e, cls, cents);
          report.used++;
        };
      },
      es701: (ix) => (cells, row) => {
        const e = entryFor(cells.text(ix.entryNumber), row);
        if (e === NO_ENTRY) return;
        readEntryFields(e, cells, ix, row);
        const raw = cells.text(ix.liquidationDate);
        const liq = parseFileDate(raw);
        if (liq === null) {
          skip(SKIP.badLiquidationDate, row);
          invalidLiquidation(e, raw, true);
          return;
        }
        const status = ix.liquidationStatus >= 0 ? text(cells.text(ix.liquidationStatus)) : null;
        const x = ex(e);
        x.es701Seen = true;
        if (liq !== BLANK) {
          if (x.es701Liquidation === null || liq > x.es701Liquidation) {
            if (x.es701Liquidation !== null) {
              addNote(e, `ES-701 lists several liquidation dates; using the latest, ${liq}.`);
            }
            x.es701Liquidation = liq;
            // The status of the row whose date is used, even when that row has none.
            x.es701LiquidationStatus = status;
          } else if (liq !== x.es701Liquidation) {
            addNote(e, `ES-701 lists several liquidation dates; using the latest, ${x.es701Liquidation}.`);
          } else if (x.es701LiquidationStatus === null) x.es701LiquidationStatus = status;
        } else if (status !== null && x.es701Liquidation === null) {
          x.es701LiquidationStatus = status;
        }
        report.used++;
      },
      protest: (ix) => (cells, row) => {
        const e = entryFor(cells.text(ix.entryNumber), row);
        if (e === NO_ENTRY) return;
        if (ix.importerNumber >= 0 && !cols.hasText(e, T.importerNumber))
          cols.setText(e, T.importerNumber, text(cells.text(ix.importerNumber)));
        // A protest export's liquidation date is read like ES-003's (never dropped).
        if (ix.liquidationDate >= 0) observeLiquidation(e, cells, ix, row);
        const number = readProtestNumber(text(cells.text(ix.protestNumber)));
        if (number === null) {
          skip(SKIP.noProtest, row);
          return;
        }
        const status = ix.protestStatus >= 0 ? text(cells.text(ix.protestStatus)) : null;
        observeProtest(e, number, status, true);
        report.used++;
      },
      cape: (ix) => (cells, row) => {
        const e = entryFor(cells.text(ix.entryNumber), row);
        if (e === NO_ENTRY) return;
        const status = text(cells.text(ix.claimStatus));
        if (status === null) {
          skip(SKIP.noClaimStatus, row);
          return;
        }
        const x = ex(e);
        x.claimStatus = status;
        if (ix.declarationId >= 0) x.declarationId = text(cells.text(ix.declarationId)) ?? x.declarationId;
        report.used++;
      },
      es022: (ix) => refundHandler(ix),
      rev615: (ix) => refundHandler(ix),
    };

    /**
     * Refund rows (ES-022, REV-615) are summed per entry from the first refund file that lists the
     * entry. Another file adds only refunds with a refund number not counted yet: the same refund in
     * two exports (or in ES-022 and REV-615) is counted once.
     */
    function refundHandler(ix: ColumnIndexes) {
      return (cells: RowView, row: number) => {
        const e = entryFor(cells.text(ix.entryNumber), row);
        if (e === NO_ENTRY) return;
        const cents = parseMoneyCents(cells.text(ix.refundAmount));
        if (cents === null) {
          skip(SKIP.badRefund, row);
          return;
        }
        const x = ex(e);
        const refundNumber = ix.refundNumber >= 0 ? text(cells.text(ix.refundNumber)) : null;
        if (x.refundFile === 0) x.refundFile = fileNo;
        const seenIn = refundNumber === null ? undefined : x.refundNumbers?.get(refundNumber);
        const counted =
          x.refundFile === fileNo
            ? seenIn === undefined || seenIn === fileNo
            : refundNumber !== null &&
              x.refundNumbers !== null &&
              (seenIn === undefined || seenIn === fileNo);
        if (!counted) {
          const owner = seenIn ?? x.refundFile;
          const name = files[owner - 1]?.name ?? 'another file';
          const first = addNote(
            e,
            `Refund rows of this entry are in both ${name} and ${source.name}; counted once, from ${name}.`,
          );
          countedElsewhere(owner, first);
          return;
        }
        if (refundNumber !== null) {
          if (x.refundNumbers === null) x.refundNumbers = new Map();
          x.refundNumbers.set(refundNumber, fileNo);
        }
        x.refundCents += cents;
        x.refundRows++;
        if (ix.declarationId >= 0) x.declarationId = text(cells.text(ix.declarationId)) ?? x.declarationId;
        report.used++;
      };
    }

    let onRow: ((cells: RowView, row: number) => void) | null = null;
    /**
     * Text files: the header's width (without trailing empty cells). An unquoted comma inside a cell
     * ("ACME, Inc.") only ever adds cells, so a row with more cells than the header, the extra ones
     * not empty, has its values shifted and is skipped. A row with more but empty cells has a
     * trailing delimiter; a row with fewer lost its trailing empty cells (some exports drop them,
     * and the optional columns users add at the end, liquidation date and status, are often blank):
     * its missing cells read as blank. 0 = no check (XLSX places cells by their column letter).
     */
    let width = 0;
    /** The header line's own cell count, trailing empty cells included: rows up to it need no look. */
    let headerCells = 0;
    let entryColumn = -1;
    /** A row whose cells do not line up with the header: skipped and listed (the rare path). */
    const misaligned = (cells: RowView, row: number): boolean => {
      const n = cells.length;
      // Exports that end every line with a delimiter: no per-row look at the trailing cells.
      if (n <= width || n <= headerCells) return false;
      let extra = false;
      for (let i = width; i < n && !extra; i++) extra = (cells.text(i) ?? '').trim() !== '';
      if (!extra) return false;
      const m = state.misaligned;
      m.count++;
      if (m.examples.length < 3) m.examples.push(`row ${row} has ${n} cells`);
      if (report.report === 'es003' && m.keys.length < 10_000 && entryColumn >= 0 && entryColumn < n) {
        const key = entryKey(normalizeEntryNumber(cells.text(entryColumn) ?? '').normalized);
        if (key >= 0) m.keys.push(key);
      }
      return true;
    };
    /** Best header candidate seen (most filled cells), for the "columns found" message. */
    let candidate: string[] | null = null;
    let candidateFilled = 0;

    const onHeader = (header: string[], info: HeaderInfo): false | undefined => {
      report.format = info.format;
      report.sheetName = info.sheetName ?? null;
      report.headerRowNumber = info.headerRowNumber;
      if (info.date1904) {
        parseFileDate = createDateParser(50_000, true);
        fileDateIds = new Map();
      }
      const detection = detectReport(header, mappings);
      report.signature = detection.signature;
      if (!detection.ok) {
        report.error = detection.message;
        report.layout = { found: detection.found, needed: detection.needed };
        return false;
      }
      const type = reportType(detection.report);
      report.report = type.id;
      report.reportLabel = reportLabel(type.id);
      report.headersVerified = type.headersVerified;
      report.viaMapping = detection.viaMapping;
      for (const name of detection.unknownHeaders) {
        report.warnings.push(`The column mapping names "${name}", which this file does not have.`);
      }
      if (!type.headersVerified && !detection.viaMapping) {
        report.warnings.push(
          `Recognised as ${report.reportLabel} from column names we have not seen in a real export; check the results.`,
        );
      }
      if (type.id === 'es003' && detection.indexes.entryDate < 0) {
        report.warnings.push(
          'No Entry Date column: projected liquidation dates and the monthly view are incomplete.',
        );
      }
      if (info.format !== 'xlsx') {
        headerCells = header.length;
        width = header.length;
        while (width > 0 && (header[width - 1] ?? '').trim() === '') width--;
        entryColumn = detection.indexes.entryNumber;
        state.misaligned.width = width;
      }
      onRow = handlers[type.id](detection.indexes);
      return undefined;
    };

    try {
      const summary = await readTable(source, {
        isHeader(cells) {
          if (looksLikeHeader(cells, mappings)) return true;
          let filled = 0;
          for (const c of cells) if (c.trim() !== '') filled++;
          if (filled > candidateFilled) {
            candidate = cells.slice(0, 200);
            candidateFilled = filled;
          }
          return false;
        },
        onHeader,
        onRow() {
          // Not called: onRowView takes the rows.
        },
        onRowView(cells, rowNumber) {
          report.rows++;
          if (cells.length !== width && width > 0 && misaligned(cells, rowNumber)) return;
          onRow?.(cells, rowNumber);
        },
        onProgress: options.onProgress
          ? (bytesRead, totalBytes) =>
              options.onProgress?.({
                fileIndex,
                fileName: source.name,
                bytesRead,
                totalBytes,
                rowsRead: report.rows,
              })
          : undefined,
        signal: options.signal,
        scanThreads: options.scanThreads,
      });
      report.format = summary.format;
      report.sheetName = summary.sheetName ?? report.sheetName;
      for (const w of summary.warnings) report.warnings.push(w);
      if (report.signature === null && report.error === undefined) {
        report.error = noHeaderMessage(candidate);
        if (candidate) {
          report.layout = layoutOf(candidate);
          report.signature = headerSignature(candidate);
        }
      }
    } catch (err) {
      if (options.signal?.aborted) throw err;
      const message = err instanceof Error ? err.message : String(err);
      if (
        report.signature === null &&
        candidate !== null &&
        err instanceof ReadError &&
        err.code === 'no-header'
      ) {
        report.error = noHeaderMessage(candidate);
        report.layout = layoutOf(candidate);
        report.signature = headerSignature(candidate);
      } else {
        report.error =
          report.rows > 0
            ? `Stopped after ${report.rows} rows: ${message} The rows before were used.`
            : message;
      }
    }

    finishFile(state);
    return report;
  }

  function finishFile(state: FileState) {
    const { report } = state;
    report.entries = state.touched;
    const m = state.misaligned;
    if (m.count > 0) {
      report.skippedByReason[SKIP.misaligned] = m.count;
      report.skipped += m.count;
      report.warnings.push(
        `${m.count} ${m.count === 1 ? 'row' : 'rows'} skipped: the number of cells does not match the header's ${m.width} (${m.examples.join(', ')}${m.count > m.examples.length ? ', ...' : ''}). A comma inside an unquoted value (such as ACME, Inc.) moves the cells after it; check the quoting and export again.`,
      );
      // The entries of those rows (when the entry number survived) say their lines are incomplete.
      for (const key of m.keys) {
        const e = cols.find(key);
        if (e >= 0) ex(e).skippedLines++;
      }
    }
    for (const [reason, s] of state.skips) {
      report.skippedByReason[reason] = s.count;
      report.skipped += s.count;
      report.warnings.push(
        `${s.count} ${s.count === 1 ? 'row' : 'rows'} skipped: ${reason} (first: row ${s.firstRow}).`,
      );
    }
    for (const [what, w] of state.fieldWarnings) {
      report.warnings.push(
        `${what} in ${w.count} ${w.count === 1 ? 'row' : 'rows'} (first: row ${w.firstRow}, ${JSON.stringify(w.example)}); left blank.`,
      );
    }
    for (const [name, c] of state.counted) {
      report.warnings.push(
        `${c.rows} ${c.rows === 1 ? 'row' : 'rows'} of ${c.entries} ${c.entries === 1 ? 'entry' : 'entries'} already counted from ${name} (the same entries in two exports): not added again; the entries have a note.`,
      );
    }
    if (report.report !== null && report.rows === 0 && report.error === undefined) {
      report.warnings.push('The file has a header but no data rows.');
    }
  }

  function finish(): AnalysisResult {
    finished = true;
    strings.clear();
    const outcome = completeEntries(cols, extras, asOf, rules, files);
    extras.clear();
    cols.defaultFilerCodes();
    const order = cols.sortedByEntryNumber();
    cols.seal();
    const entries = new EntryTable(cols, order, outcome);
    const { totals, monthly } = summarize(files, cols, outcome);
    return { asOf, rulesId: rules.id, files, entries, totals, monthly };
  }

  return { addFile, finish };
}

function layoutOf(header: string[]): { found: string[]; needed: LayoutNeed[] } {
  const d = detectReport(header);
  return d.ok
    ? { found: header.filter((c) => c.trim() !== ''), needed: [] }
    : { found: d.found, needed: d.needed };
}

function noHeaderMessage(candidate: string[] | null): string {
  if (candidate === null) return 'The file is empty: no header row and no data.';
  const d = detectReport(candidate);
  const detail = d.ok ? '' : ` ${d.message}`;
  return `No header row with an entry number column was found near the top of the file.${detail}`;
}

/** Flags and notes of an entry: its own first, then the status engine's. */
type Lists = { flags: string[]; notes: string[] };

function ownLists(
  valid: boolean,
  lineCount: number,
  x: EntryExtra | undefined,
  expectedCheckDigit: number | null,
  result: StatusResult,
  finish: (list: string[]) => string[],
  twoFilesNote: string | null,
): Lists {
  const flags: string[] = [];
  const notes: string[] = [];
  if (!valid) {
    flags.push('bad-check-digit');
    notes.push(
      expectedCheckDigit === null
        ? 'The entry number is not well formed; check it in ACE.'
        : `The entry number's check digit should be ${expectedCheckDigit}; check it in ACE (kept as it is in the file).`,
    );
  }
  if (x) {
    flags.push(...x.flags);
    notes.push(...x.notes);
  }
  if (twoFilesNote !== null) {
    flags.push('lines-in-two-files');
    notes.push(twoFilesNote);
  }
  if (lineCount === 0) {
    flags.push('no-line-detail');
    notes.push('No ES-003 tariff lines for this entry in the files given: its duty is unknown here.');
  }
  if (x && x.skippedLines > 0) {
    flags.push('lines-skipped');
    notes.push(
      `${x.skippedLines} tariff line(s) of this entry were skipped (see the file warnings); totals may be low.`,
    );
  }
  const declaration = x?.declarationId ? ` (declaration ${x.declarationId})` : '';
  if (x && x.claimStatus !== null) {
    flags.push('cape-claim-status');
    notes.push(`CAPE status: ${x.claimStatus}${declaration}.`);
  }
  if (x && x.refundRows > 0) {
    flags.push('cape-refund-reported');
    notes.push(`CBP reports a refund of ${formatDollars(x.refundCents)}${declaration}.`);
  }
  for (const f of result.flags) if (!flags.includes(f)) flags.push(f);
  for (const n of result.notes) notes.push(n);
  return { flags: finish(flags), notes: finish(notes) };
}

/**
 * The status of every entry, with its flags and notes; ES-701's liquidation is written into the
 * columns (the default filer codes are filled by finish()). Status results are computed once per distinct input, and the
 * flags / notes arrays are shared (frozen) between entries that have the same ones, so a 1M-line
 * file does not allocate arrays per entry.
 */
function completeEntries(
  cols: EntryColumns,
  extras: ReadonlyMap<number, EntryExtra>,
  asOf: CalendarDate,
  rules: RuleSet,
  files: readonly FileReport[],
): EntryOutcome {
  const n = cols.count;
  const outcome: EntryOutcome = { result: new Array(n), flags: new Array(n), notes: new Array(n) };
  const listCache = new Map<StatusResult, Map<number, Lists>>();
  const freeze = (list: string[]): string[] => Object.freeze(list) as string[];
  // Status results are cached by their inputs. Usually (no protest columns) the key is the entry
  // date's small id, then one small integer packed from the other inputs' small ids: no key string
  // is built per entry. Otherwise the inputs joined into a string. (A tree of maps cost a Map per
  // distinct combination, then GC.)
  const statusCache = new Map<string | number, StatusResult>();
  const byEntryDate: (Map<string | number, StatusResult> | undefined)[] = [];
  const small = [new Int32Array(256), new Int32Array(256), new Int32Array(256), new Int32Array(256)];
  const smallCount = new Int32Array(4);
  const smallId = (slot: number, dictId: number): number => {
    if (dictId === 0) return 0;
    let table = small[slot] as Int32Array;
    if (dictId >= table.length) {
      const bigger = new Int32Array(Math.max(dictId + 1, table.length * 2));
      bigger.set(table);
      small[slot] = table = bigger;
    }
    let id = table[dictId] as number;
    if (id === 0) {
      id = (smallCount[slot] as number) + 1;
      smallCount[slot] = id;
      table[dictId] = id;
    }
    return id;
  };
  const part = (v: string | null): string => (v === null ? '\u0001' : v);
  const status = (j: number, x: EntryExtra | undefined): StatusResult => {
    const ieepaDutyCents = cols.cents(j, CENTS.ieepa);
    const reconciliation = x?.reconciliation ?? false;
    const drawback = x?.drawback ?? false;
    const flags = (ieepaDutyCents > 0 ? 4 : 0) + (reconciliation ? 2 : 0) + (drawback ? 1 : 0);
    const a = smallId(0, cols.textId(j, T.entryDate));
    const b = smallId(1, cols.textId(j, T.liquidationDate));
    const c = smallId(2, cols.textId(j, T.liquidationStatusRaw));
    const d = smallId(3, cols.textId(j, T.entryType));
    const protest = cols.hasText(j, T.protestNumber) || cols.hasText(j, T.protestStatusRaw);
    let cache: Map<string | number, StatusResult>;
    let key: string | number;
    if (!protest && a < 4096 && b < 4096 && c < 128 && d < 128) {
      // One map per entry date, keyed by a small integer (29 bits): look-ups without boxing.
      cache = byEntryDate[a] ?? new Map();
      byEntryDate[a] = cache;
      key = ((b * 128 + c) * 128 + d) * 8 + flags;
    } else {
      cache = statusCache;
      key = `${part(cols.text(j, T.entryDate))}|${part(cols.text(j, T.liquidationDate))}|${part(cols.text(j, T.liquidationStatusRaw))}|${part(cols.text(j, T.entryType))}|${flags}|${part(cols.text(j, T.protestStatusRaw))}|${part(cols.text(j, T.protestNumber))}`;
    }
    let result = cache.get(key);
    if (result === undefined) {
      const entryDate = cols.text(j, T.entryDate);
      const liquidationDate = cols.text(j, T.liquidationDate);
      const liquidationStatus = cols.text(j, T.liquidationStatusRaw);
      const entryType = cols.text(j, T.entryType);
      const protestNumber = cols.text(j, T.protestNumber);
      const protestStatus = cols.text(j, T.protestStatusRaw);
      result = computeStatus(
        {
          entryDate,
          liquidationDate,
          liquidationStatus,
          entryType,
          ieepaDutyCents,
          reconciliationFlagged: reconciliation,
          drawbackFlagged: drawback,
          protestStatus,
          protestNumber,
        },
        asOf,
        rules,
      );
      freeze(result.flags);
      freeze(result.notes);
      cache.set(key, result);
    }
    return result;
  };

  // "Lines in two files" notes: one string (and one small number for the shared lists) per pair.
  const pairs = new Map<number, { id: number; note: string }>();
  const twoFiles = (owner: number, other: number): { id: number; note: string } => {
    const key = owner * 0x10000 + other;
    let pair = pairs.get(key);
    if (pair === undefined) {
      const a = files[owner - 1]?.name ?? 'another file';
      const b = files[other - 1]?.name ?? 'another file';
      pair = {
        id: pairs.size + 1,
        note: `ES-003 lines of this entry are in both ${a} and ${b}; counted once, from ${a}. If the two files are parts of one split export, this entry's duty may be incomplete.`,
      };
      pairs.set(key, pair);
    }
    return pair;
  };

  const anyExtras = extras.size > 0;
  for (let j = 0; j < n; j++) {
    const x = anyExtras ? extras.get(j) : undefined;
    const other = cols.otherLineFile(j);
    const pair = other === 0 ? null : twoFiles(cols.lineFile(j), other);
    // Liquidation: an ES-701 date wins over ES-003's optional columns, and with it ES-701's status
    // (a notice of liquidation: an ES-003 "Unliquidated" no longer applies). An ES-701 row without
    // a date changes nothing ES-003 gave.
    if (x?.es701Seen) {
      const fromEs003 = cols.text(j, T.liquidationDate);
      const es003Status = cols.text(j, T.liquidationStatusRaw);
      if (x.es701Liquidation !== null) {
        if (fromEs003 !== null && x.es701Liquidation !== fromEs003) {
          const note = `ES-003 gives liquidation date ${fromEs003}, ES-701 ${x.es701Liquidation}; using ES-701.`;
          if (!x.notes.includes(note)) x.notes.push(note);
          if (!x.flags.includes('liquidation-date-conflict')) x.flags.push('liquidation-date-conflict');
        }
        let status = x.es701LiquidationStatus;
        if (status === null && es003Status !== null) {
          if (readLiquidationStatus(es003Status) === 'unliquidated') {
            x.notes.push(
              `ES-003 says "${es003Status}", but ES-701 gives liquidation date ${x.es701Liquidation}; using ES-701.`,
            );
          } else status = es003Status;
        }
        cols.setText(j, T.liquidationDate, x.es701Liquidation);
        cols.setText(j, T.liquidationStatusRaw, status);
      } else if (fromEs003 !== null) {
        x.notes.push(`ES-701 lists this entry without a liquidation date; using ES-003's ${fromEs003}.`);
      } else if (es003Status === null && x.es701LiquidationStatus !== null) {
        cols.setText(j, T.liquidationStatusRaw, x.es701LiquidationStatus);
      }
    }
    // A liquidation date cell that could not be read, and no readable date from any file (or the
    // unreadable one was ES-701's, which outranks the others): the entry's window is unknown, so it
    // is flagged (and kept out of CAPE files, cape-csv.ts).
    if (x?.invalidLiquidation != null) {
      const date = cols.text(j, T.liquidationDate);
      if (date === null) {
        x.flags.push('invalid-liquidation-date');
        x.notes.push(
          `The liquidation date ${x.invalidLiquidation} is not a date this tool can read, so the CAPE and protest windows are unknown; the entry is left out of CAPE files. Check the date in ACE.`,
        );
      } else if (x.invalidLiquidationEs701 && x.es701Liquidation === null) {
        x.flags.push('invalid-liquidation-date');
        x.notes.push(
          `ES-701's liquidation date ${x.invalidLiquidation} is not a date this tool can read; the windows shown use ${date} from another file, which ES-701 may have replaced, so the entry is left out of CAPE files. Check the date in ACE.`,
        );
      } else {
        x.notes.push(
          `The liquidation date ${x.invalidLiquidation} could not be read; another file gives ${date}, which is used.`,
        );
      }
    }
    const result = status(j, x);
    outcome.result[j] = result;

    const valid = cols.isValid(j);
    const lineCount = cols.lineCount(j);
    const expected = valid ? null : entryCheckDigit(cols.entryNumber(j).slice(0, 10));
    const special =
      x !== undefined &&
      (x.flags.length > 0 ||
        x.notes.length > 0 ||
        x.skippedLines > 0 ||
        x.claimStatus !== null ||
        x.refundRows > 0);
    if (special) {
      const own = ownLists(valid, lineCount, x, expected, result, (list) => list, pair?.note ?? null);
      outcome.flags[j] = own.flags;
      outcome.notes[j] = own.notes;
      continue;
    }
    // The common extras (bad check digit with its expected digit, no line detail) as a small number.
    const code =
      (valid ? 0 : expected === null ? 1 : expected + 2) +
      (lineCount === 0 ? 16 : 0) +
      (pair ? pair.id * 32 : 0);
    if (code === 0) {
      outcome.flags[j] = result.flags;
      outcome.notes[j] = result.notes;
      continue;
    }
    let byCode = listCache.get(result);
    if (byCode === undefined) {
      byCode = new Map();
      listCache.set(result, byCode);
    }
    let shared = byCode.get(code);
    if (shared === undefined) {
      shared = ownLists(valid, lineCount, x, expected, result, freeze, pair?.note ?? null);
      byCode.set(code, shared);
    }
    outcome.flags[j] = shared.flags;
    outcome.notes[j] = shared.notes;
  }
  return outcome;
}

/**
 * Totals and the monthly view straight from the columns (no entry objects), in one pass. Sums of
 * integer cents are exact in any order, and the monthly rows are sorted, so column order is fine.
 */
function summarize(
  files: FileReport[],
  cols: EntryColumns,
  outcome: EntryOutcome,
): { totals: AnalysisTotals; monthly: MonthlyRow[] } {
  const totals = emptyTotals(files, cols.count);
  const { byStatus } = totals;
  const monthly = new MonthlyBuilder();
  // Month of each distinct entry date, by dictionary id: no slice per entry.
  const months = new Map<number, string>();
  for (let j = 0; j < cols.count; j++) {
    const ieepa = cols.cents(j, CENTS.ieepa);
    const other = cols.cents(j, CENTS.other);
    totals.lines += cols.lineCount(j);
    totals.ieepaDutyCents += ieepa;
    totals.otherDutyCents += other;
    totals.section122DutyCents += cols.cents(j, CENTS.section122);
    totals.section301DutyCents += cols.cents(j, CENTS.section301);
    totals.section232DutyCents += cols.cents(j, CENTS.section232);
    if (!cols.isValid(j)) totals.badCheckDigit++;
    const s = byStatus[(outcome.result[j] as StatusResult).status];
    s.entries++;
    s.ieepaDutyCents += ieepa;
    const dateId = cols.textId(j, T.entryDate);
    let month: string | null = null;
    if (dateId !== 0) {
      month = months.get(dateId) ?? null;
      if (month === null) {
        month = (cols.text(j, T.entryDate) as string).slice(0, 7);
        months.set(dateId, month);
      }
    }
    monthly.add(cols.text(j, T.importerNumber), month, ieepa, other);
  }
  return { totals, monthly: monthly.rows() };
}

function emptyTotals(files: FileReport[], entries: number): AnalysisTotals {
  const byStatus = Object.fromEntries(
    ENTRY_STATUSES.map((s) => [s, { entries: 0, ieepaDutyCents: 0 }]),
  ) as StatusTotals;
  return {
    files: files.length,
    filesFailed: files.filter((f) => f.error !== undefined && f.used === 0).length,
    entries,
    lines: 0,
    rowsSkipped: files.reduce((n, f) => n + f.skipped, 0),
    ieepaDutyCents: 0,
    otherDutyCents: 0,
    section122DutyCents: 0,
    section301DutyCents: 0,
    section232DutyCents: 0,
    badCheckDigit: 0,
    byStatus,
  };
}

/** Totals over entries (and the files' line counts); exported for results rebuilt from portfolios. */
export function totalsOf(files: FileReport[], entries: EntryList): AnalysisTotals {
  const totals = emptyTotals(files, entries.length);
  const { byStatus } = totals;
  for (const e of entries) {
    totals.lines += e.lineCount;
    totals.ieepaDutyCents += e.ieepaDutyCents;
    totals.otherDutyCents += e.otherDutyCents;
    totals.section122DutyCents += e.section122DutyCents;
    totals.section301DutyCents += e.section301DutyCents;
    totals.section232DutyCents += e.section232DutyCents;
    if (!e.entryNumberValid) totals.badCheckDigit++;
    byStatus[e.status].entries++;
    byStatus[e.status].ieepaDutyCents += e.ieepaDutyCents;
  }
  return totals;
}

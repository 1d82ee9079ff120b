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
// For the liquidation date, ES-701 wins over ES-003's optional columns; disagreements become notes.
// The flags / notes / sources arrays of entries are frozen and may be shared between entries.
// `result.entries` is an EntryList: iterate it or call `at(i)`; each read makes a fresh object.
import { todayIn } from '../deadlines/calendar-date';
import { classifyHts, type HtsClass, htsFamilyLeads, type RuleSet, rulesFor } from '../deadlines/rules';
import { computeStatus, normalizeEntryType, type StatusResult } from '../deadlines/status';
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
import { BLANK, createDateParser, formatDollars, parseMoneyCents } from './normalize';
import { ReadError, readTable } from './read/index';
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
  es701LiquidationStatus: string | null;
  /** True once a protest file spoke for this entry (it wins over ES-003's columns). */
  protestFromFile: boolean;
  reconciliation: boolean;
  drawback: boolean;
  claimStatus: string | null;
  declarationId: string | null;
  refundCents: number;
  refundRows: number;
  skippedLines: number;
  notes: string[];
  flags: string[];
};

function newExtra(): EntryExtra {
  return {
    es701Seen: false,
    es701Liquidation: null,
    es701LiquidationStatus: null,
    protestFromFile: false,
    reconciliation: false,
    drawback: false,
    claimStatus: null,
    declarationId: null,
    refundCents: 0,
    refundRows: 0,
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
};

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
  const addNote = (entry: number, note: string) => {
    const { notes } = ex(entry);
    if (!notes.includes(note)) notes.push(note);
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

  function entryFromRaw(raw: string): number {
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
    if (normalizedKey < 0) return NO_ENTRY;
    const hit = normalizedKey === key ? -1 : cols.find(normalizedKey);
    return hit >= 0 ? hit : cols.add(normalizedKey, valid);
  }

  async function addFile(source: ByteSource): Promise<FileReport> {
    if (finished) throw new Error('createAnalyzer: addFile after finish');
    const fileIndex = files.length;
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
    files.push(report);
    const state: FileState = { report, skips: new Map(), fieldWarnings: new Map(), touched: 0 };

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
      const entry = entryFromRaw(raw);
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

    /**
     * Parses a date cell into the columns' dictionary id of its date (0 = blank); an invalid value
     * becomes a counted field warning and 0. Cells are looked up once: the same date text comes
     * back for many entries, and one look-up replaces parsing and interning.
     */
    const dateCellId = (cells: RowView, at: number, label: string, row: number): number => {
      if (at < 0) return 0;
      const raw = cells.text(at);
      if (raw === undefined) return 0;
      let id = dateIds.get(raw);
      if (id === undefined) {
        const date = parseDate(raw);
        id = date === null ? INVALID_DATE : date === BLANK ? 0 : cols.intern(date);
        if (dateIds.size < 50_000) dateIds.set(raw, id);
      }
      if (id === INVALID_DATE) {
        fieldWarning(`${label} is not a date`, row, raw);
        return 0;
      }
      return id;
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
      if (entryDate !== 0) {
        const known = cols.textId(e, T.entryDate);
        if (known === 0) cols.setTextId(e, T.entryDate, entryDate);
        else if (known !== entryDate) {
          const [was, now] = [cols.dictText(known), cols.dictText(entryDate)];
          addNote(e, `Files disagree on the entry date (${was} and ${now}); using ${was}.`);
          addFlag(e, 'entry-date-conflict');
        }
      }
    };

    const handlers: Record<ReportId, (ix: ColumnIndexes) => (cells: RowView, row: number) => void> = {
      es003: (ix) => {
        const iEntry = ix.entryNumber;
        const iHts = ix.hts;
        const iDuty = ix.duty;
        return (cells, row) => {
          const e = entryFor(cells.text(iEntry), row);
          if (e === NO_ENTRY) return;
          if (fresh) {
            readEntryFields(e, cells, ix, row);
            // ES-003's optional liquidation / protest columns; ES-701 and protest files win later.
            if (!cols.hasText(e, T.liquidationDate))
              cols.setTextId(
                e,
                T.liquidationDate,
                dateCellId(cells, ix.liquidationDate, 'Liquidation Date', row),
              );
            if (ix.liquidationStatus >= 0 && !cols.hasText(e, T.liquidationStatusRaw)) {
              cols.setText(e, T.liquidationStatusRaw, text(cells.text(ix.liquidationStatus)));
            }
            if (
              ix.protestNumber >= 0 &&
              !cols.hasText(e, T.protestNumber) &&
              !extras.get(e)?.protestFromFile
            ) {
              cols.setText(e, T.protestNumber, text(cells.text(ix.protestNumber)));
              if (ix.protestStatus >= 0)
                cols.setText(e, T.protestStatusRaw, text(cells.text(ix.protestStatus)));
            }
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
            skip(SKIP.badDuty, row);
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
        const liq = parseDate(cells.text(ix.liquidationDate));
        if (liq === null) {
          skip(SKIP.badLiquidationDate, row);
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
            if (status !== null) x.es701LiquidationStatus = status;
          } else if (liq !== x.es701Liquidation) {
            addNote(e, `ES-701 lists several liquidation dates; using the latest, ${x.es701Liquidation}.`);
          }
        } else if (status !== null && x.es701Liquidation === null) {
          x.es701LiquidationStatus = status;
        }
        report.used++;
      },
      protest: (ix) => (cells, row) => {
        const e = entryFor(cells.text(ix.entryNumber), row);
        if (e === NO_ENTRY) return;
        const number = text(cells.text(ix.protestNumber));
        if (number === null) {
          skip(SKIP.noProtest, row);
          return;
        }
        const status = ix.protestStatus >= 0 ? text(cells.text(ix.protestStatus)) : null;
        const x = ex(e);
        const known = cols.text(e, T.protestNumber);
        if (x.protestFromFile && known !== null && known !== number) {
          addNote(e, `Also protest ${number}${status ? ` (${status})` : ''}; the status uses ${known}.`);
        } else {
          if (known !== null && !x.protestFromFile && known !== number) {
            addNote(e, `ES-003 names protest ${known}; the protest file names ${number}, which is used.`);
          }
          cols.setText(e, T.protestNumber, number);
          cols.setText(e, T.protestStatusRaw, status);
          x.protestFromFile = true;
        }
        if (ix.importerNumber >= 0 && !cols.hasText(e, T.importerNumber))
          cols.setText(e, T.importerNumber, text(cells.text(ix.importerNumber)));
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
        x.refundCents += cents;
        x.refundRows++;
        if (ix.declarationId >= 0) x.declarationId = text(cells.text(ix.declarationId)) ?? x.declarationId;
        report.used++;
      };
    }

    let onRow: ((cells: RowView, row: number) => void) | null = null;
    /** Best header candidate seen (most filled cells), for the "columns found" message. */
    let candidate: string[] | null = null;
    let candidateFilled = 0;

    const onHeader = (header: string[], info: HeaderInfo): false | undefined => {
      report.format = info.format;
      report.sheetName = info.sheetName ?? null;
      report.headerRowNumber = info.headerRowNumber;
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
    if (report.report !== null && report.rows === 0 && report.error === undefined) {
      report.warnings.push('The file has a header but no data rows.');
    }
  }

  function finish(): AnalysisResult {
    finished = true;
    strings.clear();
    const outcome = completeEntries(cols, extras, asOf, rules);
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

  const anyExtras = extras.size > 0;
  for (let j = 0; j < n; j++) {
    const x = anyExtras ? extras.get(j) : undefined;
    // Liquidation: ES-701 wins over ES-003's optional columns.
    if (x?.es701Seen) {
      const fromEs003 = cols.text(j, T.liquidationDate);
      if (fromEs003 !== null && x.es701Liquidation !== fromEs003) {
        const note = `ES-003 gives liquidation date ${fromEs003}, ES-701 ${x.es701Liquidation ?? 'none'}; using ES-701.`;
        if (!x.notes.includes(note)) x.notes.push(note);
        if (!x.flags.includes('liquidation-date-conflict')) x.flags.push('liquidation-date-conflict');
      }
      cols.setText(j, T.liquidationDate, x.es701Liquidation);
      cols.setText(
        j,
        T.liquidationStatusRaw,
        x.es701LiquidationStatus ?? cols.text(j, T.liquidationStatusRaw),
      );
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
      const own = ownLists(valid, lineCount, x, expected, result, (list) => list);
      outcome.flags[j] = own.flags;
      outcome.notes[j] = own.notes;
      continue;
    }
    // The common extras (bad check digit with its expected digit, no line detail) as a small number.
    const code = (valid ? 0 : expected === null ? 1 : expected + 2) + (lineCount === 0 ? 16 : 0);
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
      shared = ownLists(valid, lineCount, x, expected, result, freeze);
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

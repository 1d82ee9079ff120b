// Public types of the streaming table readers (CSV/TSV/semicolon/pipe text and XLSX).
// The analysis code (lib/reports/analyze.ts and friends) relies on these shapes: extend only with
// optional fields.
import type { ScanThreads } from './scan-thread';

/** Anything with a byte stream; a browser `File` satisfies it. */
export type ByteSource = { name: string; size?: number; stream(): ReadableStream<Uint8Array> };

export type TableFormat = 'csv' | 'tsv' | 'semicolon' | 'pipe' | 'xlsx';

export type HeaderInfo = {
  format: TableFormat;
  /** The cell delimiter of a text file (`,` `\t` `;` `|`). */
  delimiter?: string;
  /** XLSX: the sheet the rows come from, and all sheet names in workbook order. */
  sheetName?: string;
  sheetNames?: string[];
  /** 1-based row number of the header, as Excel shows it (empty lines count, quoted line breaks do not). */
  headerRowNumber: number;
  /** Non-blank rows above the header ("Entry Summary Line Tariff Details", "Run Date: ..."). */
  bannerRows: string[][];
  /**
   * XLSX: the workbook uses the 1904 date system. Cells with a date format arrive as `YYYY-MM-DD`
   * already; a bare serial (a date cell without a date format) is 1,462 days later than in 1900.
   */
  date1904?: boolean;
};

export type ReadHandlers = {
  /** Decides which of the first <= 50 non-empty rows is the header (banner/title rows come before it). */
  isHeader(cells: string[]): boolean;
  /** Called once with the header; return false to stop reading (e.g. wrong report). */
  // biome-ignore lint/suspicious/noConfusingVoidType: the agreed API; handlers may return nothing.
  onHeader(header: string[], info: HeaderInfo): void | false;
  /**
   * Called for each non-blank data row after the header, with its 1-based physical row number (the row
   * Excel shows). Cells are raw, untrimmed strings; a row may have fewer or more cells than the header.
   * Rows whose cells are all empty or whitespace are skipped (counted in `ReadSummary.blankRows`).
   */
  onRow(cells: string[], rowNumber: number): void;
  /**
   * Optional, instead of onRow: the same rows as a view whose cells are decoded only when asked for
   * (the fast path of big text files). The view is valid only during the call.
   */
  onRowView?(row: RowView, rowNumber: number): void;
  /** At most about once per MiB read, and once at the end. */
  onProgress?(bytesRead: number, totalBytes: number | undefined): void;
  signal?: AbortSignal;
  /**
   * A second thread for the row scan of big text files (scan-thread.ts); without it, or when it
   * cannot start, everything runs on the caller's thread.
   */
  scanThreads?: ScanThreads;
};

/** A data row whose cells are read on demand. */
export interface RowView {
  /** Number of cells. */
  readonly length: number;
  /** Cell `i`, raw and untrimmed like onRow's cells; undefined past the end. Repeated values may be the same string. */
  text(i: number): string | undefined;
  /**
   * Cell `i` in cents when it is a plain US amount (`$1,234.56`, `1234.5`, `0`); undefined for anything
   * else (blank, signs, parentheses, other separators), which the caller parses from `text(i)`.
   */
  plainCents(i: number): number | undefined;
  /**
   * The first `n` ASCII digits of cell `i` as a number, every other character skipped (the way HTS
   * numbers are compared: "9903.01.24" gives 99 for n = 2); -1 when the cell has fewer, or when the
   * view cannot tell without decoding, e.g. non-ASCII bytes (the caller then reads `text(i)`).
   */
  leadingDigits(i: number, n: number): number;
  /** All cells, as a new array. */
  cells(): string[];
}

/** A RowView over cells already split into strings (XLSX rows, the sample, non-UTF-8 text). */
export class ArrayRowView implements RowView {
  cellsOf: string[] = [];
  get length(): number {
    return this.cellsOf.length;
  }
  text(i: number): string | undefined {
    return this.cellsOf[i];
  }
  plainCents(): number | undefined {
    return undefined;
  }
  leadingDigits(): number {
    return -1;
  }
  cells(): string[] {
    return this.cellsOf.slice();
  }
}

export type ReadSummary = {
  format: TableFormat;
  /** Data rows passed to onRow. */
  rows: number;
  /** Bytes read from the source (less than the size when reading stopped early). */
  bytes: number;
  sheetName?: string;
  /** Things the user should know that did not stop the read (encoding converted, replaced characters). */
  warnings: string[];
  /** Blank data rows skipped. */
  blankRows?: number;
  /** Text encoding used for a text file ('utf-8', 'utf-16le', 'utf-16be', 'windows-1252'). */
  encoding?: string;
  /** True when onHeader returned false. */
  stopped?: boolean;
};

export const READ_ERROR_CODES = [
  'empty',
  'binary',
  'not-a-table',
  'no-header',
  'xlsx-encrypted',
  'xlsx-truncated',
  'xlsx-too-large',
  'xlsx-no-data-sheet',
  'unbalanced-quotes',
  'row-too-large',
  'unsupported-encoding',
  'aborted',
  'legacy-xls',
] as const;
export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];

/** A read that cannot go on; `message` is one specific sentence the user can act on. */
export class ReadError extends Error {
  readonly code: ReadErrorCode;
  constructor(code: ReadErrorCode, message: string) {
    super(message);
    this.name = 'ReadError';
    this.code = code;
  }
}

export type ReadLimits = {
  /** Longest row of a text file, in characters; beyond it the read stops with 'row-too-large'. */
  maxRowChars: number;
  /** XLSX: total uncompressed bytes of the entries read (zip-bomb cap). */
  maxUncompressedBytes: number;
  /** XLSX: largest uncompressed/compressed ratio of an entry once it is past `ratioCheckBytes`. */
  maxCompressionRatio: number;
  ratioCheckBytes: number;
  /**
   * Text files bigger than this get their rows scanned on a second thread, when the handlers offer
   * one (`scanThreads`). Measured on the benchmark files: a wash at 40 MB (starting and warming up
   * the thread cost what it saves), ~15 % faster at 130 MB.
   */
  scanThreadMinBytes: number;
};

export const DEFAULT_LIMITS: ReadLimits = {
  maxRowChars: 1024 * 1024,
  maxUncompressedBytes: 2 * 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioCheckBytes: 8 * 1024 * 1024,
  scanThreadMinBytes: 48 * 1024 * 1024,
};

/** How many non-empty rows may precede the header. */
export const HEADER_SEARCH_ROWS = 50;

// Incremental RFC 4180 row parser over the raw bytes of a UTF-8 (or Windows-1252) file: the streaming
// phase of a delimited read, after the header was found in the decoded sample (delimited.ts).
//
// Why bytes: decoding a 1M-line export to strings, then slicing every cell, costs as much as the
// whole analysis needs. Here a row is scanned once, byte by byte, and only its cell boundaries are
// recorded; a cell becomes a string only when the consumer asks for it (`RowView.text`), repeated
// values come back as the same string without decoding again (the previous value of the column,
// then a small hash table of recent values), and plain amounts are read as cents straight from the
// bytes. The delimiter, quote, CR and LF are ASCII, so they never occur inside a multi-byte UTF-8
// character and a byte scan is exact.
//
// Same row semantics as DelimitedParser (delimited-parser.ts), which parses the sample: LF, CRLF or
// lone CR line ends, mixed freely; a quote opens a quoted cell only as the first character of a cell;
// "" inside quotes is one quote; text after a closing quote is kept ("abc"def -> abcdef, as Excel
// does); quoted line breaks do not count as rows; an unclosed quote at the end of the file and a row
// longer than the limit are ReadErrors. byte-rows.test.ts checks the two parsers agree on arbitrary input.
import { MAX_WHOLE_DIGITS } from '../normalize';
import { endsInsideQuotes, isBlank } from './delimited-parser';
import { ReadError, type RowView } from './types';

const LF = 10;
const CR = 13;
const QUOTE = 34;
/** Cell kinds. */
const PLAIN = 0;
const QUOTED = 1; // "..." without "" inside and nothing after the closing quote
const COMPLEX = 2; // "" escapes and/or text after the closing quote

/** Cells longer than this are decoded every time, not remembered. */
const INTERN_MAX_BYTES = 48;
/** Added to a complex cell's length in the value caches' keys (48 + 64 still fits a byte). */
const COMPLEX_KEY = 64;
/**
 * Per-column table of recent values (a column's distinct values: ports, dates, names, HTS numbers).
 * 1,024 slots (48 KB of bytes a column): measured on the 100k- and 1M-line benchmark files, 8,192
 * slots were 20-100 ms slower (the bigger tables' memory and cache misses cost more than the few
 * more hits), and 256 slots slower again.
 */
const TABLE_BITS = 10;
const TABLE_SIZE = 1 << TABLE_BITS;
/**
 * Hit rate is judged over windows of this many look-ups; a column below 1 in 8 (entry numbers,
 * amounts: nearly every value new) skips the table for PAUSE look-ups, then gets another window.
 */
const WINDOW = 2048;
const PAUSE = 65536;

/** Open-addressed cache of one column's recent values: hash, bytes, string. */
class ValueTable {
  readonly hash = new Int32Array(TABLE_SIZE);
  /** Byte length of each slot's value; 0 = empty (the empty cell is never looked up). */
  readonly len = new Uint8Array(TABLE_SIZE);
  /** Each slot's bytes at slot * INTERN_MAX_BYTES: one buffer, nothing allocated per value. */
  readonly bytes = new Uint8Array(TABLE_SIZE * INTERN_MAX_BYTES);
  readonly text: (string | undefined)[] = new Array(TABLE_SIZE);
  /** Look-ups and hits in the current window; while `paused` > 0 the table is skipped. */
  tries = 0;
  hits = 0;
  paused = 0;
}

/** Return false to stop parsing. The view is only valid during the call: never keep it. */
export type ByteRowSink = (row: RowView, rowNumber: number) => boolean | undefined;

/** Bits of a packed cell: where it stops (low 30 bits) and its kind (top 2). */
const STOP = 0x3fffffff;
const KIND_SHIFT = 30;

/**
 * The complete rows found in one scanned buffer: their bytes and, per cell, one integer. Plain
 * arrays of numbers so a batch can be handed to another thread as is (scan-pipeline.ts).
 */
export type RowBatch = {
  /** The bytes the offsets point into. */
  buf: Uint8Array;
  rows: number;
  /** Physical row number of the first row (blank rows count, quoted line breaks do not). */
  firstRowNumber: number;
  /** Byte offset where each row starts. */
  rowStart: Int32Array;
  /** Index in `cells` of each row's first cell; `rowCell[rows]` is the number of cells. */
  rowCell: Int32Array;
  /**
   * Per cell: the offset of the byte after it (its delimiter or line end, where the next cell
   * starts minus one) | kind << 30. The cell starts right after the previous cell's stop (the first
   * at its row's start), so one number is enough: a plain cell is start..stop, a quoted one
   * start+1..stop-1, a complex one is re-read from start+1 to stop.
   */
  cells: Int32Array;
  /** A read error the scan stopped at, after the rows before it. */
  error: { code: 'unbalanced-quotes' | 'row-too-large'; message: string } | null;
};

export function emptyBatch(): RowBatch {
  return {
    buf: EMPTY,
    rows: 0,
    firstRowNumber: 1,
    rowStart: new Int32Array(1025),
    rowCell: new Int32Array(1025),
    cells: new Int32Array(16384),
    error: null,
  };
}

function grown(a: Int32Array, min: number): Int32Array {
  const out = new Int32Array(Math.max(min, a.length * 2));
  out.set(a);
  return out;
}

/**
 * Finds rows and cells in bytes: the thread-independent half of the byte reader. `scan` fills a
 * batch with the complete rows of a buffer and returns where the unfinished last row starts (the
 * caller keeps those bytes and puts them in front of the next piece).
 */
export class RowScanner {
  /** Physical number of the last row scanned. */
  rowNumber: number;

  constructor(
    private readonly delim: number,
    private readonly maxRowBytes: number,
    firstRowNumber = 1,
  ) {
    this.rowNumber = firstRowNumber - 1;
  }

  scan(b: Uint8Array, eof: boolean, batch: RowBatch): number {
    batch.buf = b;
    batch.rows = 0;
    batch.firstRowNumber = this.rowNumber + 1;
    batch.error = null;
    const len = b.length;
    const d = this.delim;
    const top = Math.max(d, CR);
    let cells = batch.cells;
    let rowStart = batch.rowStart;
    let rowCell = batch.rowCell;
    let rows = 0;
    let ci = 0;
    let pos = 0;

    eachRow: while (pos < len) {
      // One row: its cells' stops go to `cells` from `ci` on; committed at the line end.
      let n = ci;
      let p = pos;
      let end: number;
      for (;;) {
        if (n === cells.length) {
          cells = grown(cells, n + 1);
          batch.cells = cells;
        }
        let stop: number;
        let kind = PLAIN;
        if (p < len && b[p] === QUOTE) {
          let q = p + 1;
          kind = QUOTED;
          for (;;) {
            while (q < len && b[q] !== QUOTE) q++;
            if (q >= len) {
              if (eof) this.unclosed(batch, rows);
              break eachRow;
            }
            if (q + 1 >= len) {
              if (!eof) break eachRow; // the next piece may start with the second quote of ""
              break;
            }
            if (b[q + 1] === QUOTE) {
              kind = COMPLEX;
              q += 2;
              continue;
            }
            break;
          }
          let e = q + 1;
          if (e < len) {
            const c = b[e] as number;
            if (c !== d && c !== LF && c !== CR) {
              // Text after the closing quote: kept, as Excel does.
              kind = COMPLEX;
              while (e < len) {
                const t = b[e] as number;
                if (t === d || t === LF || t === CR) break;
                e++;
              }
            }
          }
          stop = e;
        } else {
          let e = p;
          while (e < len) {
            const c = b[e] as number;
            // Most bytes (digits, letters, multi-byte UTF-8) are above every special byte: one compare.
            if (c > top || (c !== d && c !== LF && c !== CR)) e++;
            else break;
          }
          stop = e;
        }
        cells[n++] = stop | (kind << KIND_SHIFT);
        p = stop;
        if (p >= len) {
          if (!eof) break eachRow;
          end = len;
          break;
        }
        const c = b[p] as number;
        if (c === d) {
          p++;
          continue;
        }
        if (c === CR) {
          if (p + 1 < len) end = b[p + 1] === LF ? p + 2 : p + 1;
          else if (eof) end = len;
          else break eachRow;
        } else end = p + 1;
        break;
      }
      if (end - pos > this.maxRowBytes) {
        this.tooLong(batch, rows, null);
        break;
      }
      this.rowNumber++;
      // Same lengths (see emptyBatch): room for this row and the closing rowCell entry.
      if (rows + 1 >= rowCell.length) {
        rowStart = grown(rowStart, rows + 2);
        rowCell = grown(rowCell, rows + 2);
        batch.rowStart = rowStart;
        batch.rowCell = rowCell;
      }
      rowStart[rows] = pos;
      rowCell[rows] = ci;
      rows++;
      ci = n;
      pos = end;
    }
    rowCell[rows] = ci;
    batch.rows = rows;
    if (batch.error === null && len - pos > this.maxRowBytes) this.tooLong(batch, rows, b.subarray(pos));
    return batch.error === null ? pos : len;
  }

  private unclosed(batch: RowBatch, rows: number): void {
    batch.rows = rows;
    batch.error = {
      code: 'unbalanced-quotes',
      message: `Row ${this.rowNumber + 1} opens a quoted cell (") that is never closed, so the rest of the file cannot be split into rows; check that row in a text editor and export the report again.`,
    };
  }

  /**
   * A row over the limit: `unfinished` is the start of a row the data ended in (null for a complete
   * row); an unclosed quote when it ends inside a quoted cell.
   */
  private tooLong(batch: RowBatch, rows: number, unfinished: Uint8Array | null): void {
    if (
      unfinished !== null &&
      endsInsideQuotes(unfinished.length, (i) => unfinished[i] as number, this.delim)
    ) {
      this.unclosed(batch, rows);
      return;
    }
    batch.rows = rows;
    batch.error = {
      code: 'row-too-large',
      message: `Row ${this.rowNumber + 1} is longer than ${Math.round(this.maxRowBytes / 1024)} KB without a line break, so this is not a report export this tool can read.`,
    };
  }
}

/** Hands the rows of batches to a sink through one view: the consuming half of the byte reader. */
export class RowConsumer {
  blankRows = 0;
  stopped = false;
  private readonly view: ByteRow;

  constructor(
    private readonly sink: ByteRowSink,
    encoding: 'utf-8' | 'windows-1252',
  ) {
    // ignoreBOM: each cell is decoded on its own, and a cell may start with U+FEFF (only the file's
    // first bytes are a byte order mark, and those were dropped before the header).
    this.view = new ByteRow(new TextDecoder(encoding, { ignoreBOM: true }), encoding === 'utf-8');
  }

  /** True once a decoded cell held U+FFFD (invalid UTF-8 in the file). */
  get replaced(): boolean {
    return this.view.replaced;
  }

  /** Passes the batch's rows on; throws its error after them. False once the sink said stop. */
  consume(batch: RowBatch): boolean {
    if (this.stopped) return false;
    const view = this.view;
    view.buf = batch.buf;
    view.packed = batch.cells;
    const rowStart = batch.rowStart;
    const rowCell = batch.rowCell;
    const first = batch.firstRowNumber;
    try {
      for (let r = 0; r < batch.rows; r++) {
        const base = rowCell[r] as number;
        view.setRow(rowStart[r] as number, base, (rowCell[r + 1] as number) - base);
        if (view.blank()) this.blankRows++;
        else if (this.sink(view, first + r) === false) {
          this.stopped = true;
          return false;
        }
      }
    } finally {
      view.buf = EMPTY;
    }
    if (batch.error) throw new ReadError(batch.error.code, batch.error.message);
    return true;
  }
}

/** Scanner and consumer on one thread: push pieces of the file, rows go to the sink. */
export class ByteRowParser {
  private readonly scanner: RowScanner;
  private readonly consumer: RowConsumer;
  private readonly batch = emptyBatch();
  /** The unfinished last row is joined[0, carried). */
  private joined = new Uint8Array(0);
  private carried = 0;
  /** New bytes to gather before the unfinished row is scanned again (see push). */
  private waiting = 0;

  constructor(
    delim: number,
    sink: ByteRowSink,
    maxRowBytes: number,
    encoding: 'utf-8' | 'windows-1252',
    firstRowNumber = 1,
  ) {
    this.scanner = new RowScanner(delim, maxRowBytes, firstRowNumber);
    this.consumer = new RowConsumer(sink, encoding);
  }

  /** Physical number of the last row scanned (empty lines included, quoted line breaks not). */
  get rowNumber(): number {
    return this.scanner.rowNumber;
  }
  get blankRows(): number {
    return this.consumer.blankRows;
  }
  get stopped(): boolean {
    return this.consumer.stopped;
  }
  get replaced(): boolean {
    return this.consumer.replaced;
  }

  private room(n: number): void {
    if (this.joined.length >= n) return;
    const bigger = new Uint8Array(Math.max(n, 2 * this.joined.length));
    bigger.set(this.joined.subarray(0, this.carried));
    this.joined = bigger;
  }

  /** Parses all complete rows of carry + bytes; at `eof` the last row needs no line end. */
  push(bytes: Uint8Array, eof: boolean): void {
    if (this.consumer.stopped) return;
    let b = bytes;
    if (this.carried > 0) {
      // The unfinished row and the new piece, joined in one reused buffer: a new buffer per piece
      // would be a file's worth of short-lived ArrayBuffers (external memory, extra GCs).
      const need = this.carried + bytes.length;
      this.room(need);
      this.joined.set(bytes, this.carried);
      this.carried = need;
      // A row is scanned from its start each time: a long one (a quoted cell running on) in small
      // pieces is scanned again only once it has grown by as much as it had, so in linear time.
      this.waiting -= bytes.length;
      if (!eof && this.waiting > 0) return;
      b = this.joined.subarray(0, need);
    }
    const rest = this.scanner.scan(b, eof, this.batch);
    this.consumer.consume(this.batch);
    const left = b.length - rest;
    if (left > 0) {
      // After consume: the batch's rows may live in `joined`.
      if (b === bytes) {
        this.carried = 0;
        this.room(left);
        this.joined.set(bytes.subarray(rest));
      } else this.joined.copyWithin(0, rest, b.length);
    }
    this.carried = left;
    this.waiting = left;
  }
}

const EMPTY = new Uint8Array(0);

/** The current row of a batch: cells located from the packed stops, decoded on demand. */
class ByteRow implements RowView {
  buf: Uint8Array = EMPTY;
  packed: Int32Array = new Int32Array(0);
  /** Index in `cells` of this row's first cell, and the byte offset where the row starts. */
  base = 0;
  rowStart = 0;
  length = 0;
  capacity = 64;
  replaced = false;
  // Per column: the last value seen (its bytes and string), and how the hash table serves it.
  private lastBytes: Uint8Array[] = [];
  private lastLen = new Int32Array(64).fill(-1);
  private lastText: string[] = [];
  private tables: ValueTable[] = [];
  /** Per length up to INTERN_MAX_BYTES: an array of that many char codes, reused by decode(). */
  private readonly codes: number[][] = [];

  constructor(
    private readonly decoder: TextDecoder,
    private readonly utf8: boolean,
  ) {}

  setRow(rowStart: number, base: number, length: number): void {
    this.rowStart = rowStart;
    this.base = base;
    this.length = length;
    if (length > this.capacity) {
      let cap = this.capacity;
      while (cap < length) cap *= 2;
      const lastLen = new Int32Array(cap).fill(-1);
      lastLen.set(this.lastLen);
      this.lastLen = lastLen;
      this.capacity = cap;
    }
  }

  /** The bytes that decide the value of the cell `locate` was last called for: [at, end). */
  private at = 0;
  private end = 0;

  /**
   * Sets `at`/`end` to cell `i`'s bytes and returns its kind. A cell starts after the previous
   * cell's delimiter (the first at the row's start): a plain cell is all of it, a quoted one what is
   * inside the quotes, a complex one everything after its opening quote (escapes and text after the
   * closing quote included; complex() reads it).
   */
  private locate(i: number): number {
    const packed = this.packed[this.base + i] as number;
    const kind = packed >>> KIND_SHIFT;
    const stop = packed & STOP;
    const start = i === 0 ? this.rowStart : ((this.packed[this.base + i - 1] as number) & STOP) + 1;
    this.at = kind === PLAIN ? start : start + 1;
    this.end = kind === QUOTED ? stop - 1 : stop;
    return kind;
  }

  text(i: number): string | undefined {
    if (i >= this.length || i < 0) return undefined;
    const complex = this.locate(i) === COMPLEX;
    const s = this.at;
    const e = this.end;
    const n = e - s;
    if (n === 0) return '';
    if (n > INTERN_MAX_BYTES) return complex ? this.complex(s, e) : this.decode(s, e);
    // What values are remembered by: the bytes, and whether they are a complex cell's (the same
    // bytes can mean another value: "ab" c is `ab c`, ab" c is itself), folded into the length.
    const keyLen = complex ? n + COMPLEX_KEY : n;
    const b = this.buf;
    // 1. The column's previous value (runs of rows of one entry repeat most cells).
    if (this.lastLen[i] === keyLen) {
      const last = this.lastBytes[i] as Uint8Array;
      let k = 0;
      while (k < n && last[k] === b[s + k]) k++;
      if (k === n) return this.lastText[i] as string;
    }
    // 2. The column's recent values, while that pays.
    let value: string | undefined;
    let table = this.tables[i];
    if (table === undefined) {
      table = new ValueTable();
      this.tables[i] = table;
    }
    let slot = -1;
    let h = 0;
    if (table.paused > 0) table.paused--;
    else {
      h = 0x811c9dc5 | 0;
      for (let k = s; k < e; k++) h = Math.imul(h ^ (b[k] as number), 16777619);
      // Two slots per value (a pair), so two frequent values that hash alike do not evict each other.
      const pair = (h ^ (h >>> TABLE_BITS)) & (TABLE_SIZE - 2);
      const kb = table.bytes;
      for (let at = pair; at < pair + 2; at++) {
        const len = table.len[at];
        if (len === 0) {
          if (slot < 0) slot = at;
          break;
        }
        if (table.hash[at] === h && len === keyLen) {
          const o = at * INTERN_MAX_BYTES;
          let k = 0;
          while (k < n && kb[o + k] === b[s + k]) k++;
          if (k === n) {
            value = table.text[at];
            break;
          }
        }
      }
      // A miss goes to a free slot of the pair, else replaces one of the two in turn.
      if (slot < 0) slot = pair + (table.tries & 1);
      if (value !== undefined) table.hits++;
      if (++table.tries === WINDOW) {
        if (table.hits * 8 < WINDOW) table.paused = PAUSE;
        table.tries = 0;
        table.hits = 0;
      }
    }
    if (value === undefined) {
      value = complex ? this.complex(s, e) : this.decode(s, e);
      if (slot >= 0) {
        table.hash[slot] = h;
        table.len[slot] = keyLen;
        // A loop, not set(subarray): no subarray object per new value (young-generation garbage).
        const kb = table.bytes;
        const o = slot * INTERN_MAX_BYTES;
        for (let k = 0; k < n; k++) kb[o + k] = b[s + k] as number;
        table.text[slot] = value;
      }
    }
    // Remember as the column's last value.
    let last = this.lastBytes[i];
    if (last === undefined || last.length < INTERN_MAX_BYTES) {
      last = new Uint8Array(INTERN_MAX_BYTES);
      this.lastBytes[i] = last;
    }
    for (let k = 0; k < n; k++) last[k] = b[s + k] as number; // no subarray object per call
    this.lastLen[i] = keyLen;
    this.lastText[i] = value;
    return value;
  }

  /**
   * Cents of a plain US amount: optional `$`, digits with optional `,` thousands groups (the first of
   * 1-3 digits, not starting with 0), optional `.` and one or two decimals ("$1,234.56", "1234.5",
   * "0"), at most 13 whole digits. Anything else (signs, parentheses, spaces, other separators,
   * blank, longer numbers) is undefined: the caller parses `text(i)` with its full rules.
   */
  plainCents(i: number): number | undefined {
    if (i >= this.length || i < 0 || this.locate(i) === COMPLEX) return undefined;
    const b = this.buf;
    let k = this.at;
    const e = this.end;
    if (k < e && b[k] === 36) k++; // $
    const first = k;
    let whole = 0;
    let digits = 0;
    let group = -1; // digits since the last comma; -1 before any comma
    for (; k < e; k++) {
      const c = b[k] as number;
      if (c >= 48 && c <= 57) {
        whole = whole * 10 + (c - 48);
        digits++;
        if (group >= 0) group++;
      } else if (c === 44) {
        if (digits === 0 || (group >= 0 && group !== 3) || (group < 0 && (digits > 3 || b[first] === 48)))
          return undefined;
        group = 0;
      } else break;
    }
    // Sums stay exact in cents up to MAX_WHOLE_DIGITS whole digits.
    if (digits === 0 || (group >= 0 && group !== 3) || digits > MAX_WHOLE_DIGITS) return undefined;
    if (k === e) return whole * 100;
    if (b[k] !== 46) return undefined; // .
    k++;
    const decimals = e - k;
    if (decimals < 1 || decimals > 2) return undefined;
    let cents = 0;
    for (; k < e; k++) {
      const c = b[k] as number;
      if (c < 48 || c > 57) return undefined;
      cents = cents * 10 + (c - 48);
    }
    return whole * 100 + (decimals === 1 ? cents * 10 : cents);
  }

  leadingDigits(i: number, n: number): number {
    if (i >= this.length || i < 0 || this.locate(i) === COMPLEX) return -1;
    const b = this.buf;
    const s = this.at;
    const e = this.end;
    let value = 0;
    let got = 0;
    // A cell with any byte >= 0x80 is left to text(): decoding it is what notices invalid UTF-8
    // (the file's "not valid UTF-8" warning), and such cells are rare.
    for (let k = s; k < e; k++) {
      const c = b[k] as number;
      if (c >= 0x80) return -1;
      if (c >= 48 && c <= 57 && got < n) {
        value = value * 10 + (c - 48);
        got++;
      }
    }
    return got === n ? value : -1;
  }

  cells(): string[] {
    const out = new Array<string>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.text(i) as string;
    return out;
  }

  /** True when every cell is empty or whitespace; the first cell decides on real rows. */
  blank(): boolean {
    if (this.length === 0) return true;
    // Complex cells (escaped quotes, text after the closing quote) are left to the full check.
    if (this.locate(0) !== COMPLEX && this.end > this.at) {
      const c = this.buf[this.at] as number;
      if (c > 32 && c < 127) return false;
    }
    return isBlank(this.cells());
  }

  /** A COMPLEX cell from after its opening quote (`s`) to its end (`e`): "" unescaped, text after the closing quote kept. */
  private complex(s: number, e: number): string {
    const b = this.buf;
    let q = s;
    for (;;) {
      if (b[q] !== QUOTE) q++;
      else if (q + 1 < e && b[q + 1] === QUOTE) q += 2;
      else break;
    }
    let value = this.decode(s, q);
    if (value.indexOf('"') >= 0) value = value.replaceAll('""', '"');
    if (e > q + 1) value += this.decode(q + 1, e);
    return value;
  }

  private decode(s: number, e: number): string {
    const b = this.buf;
    const n = e - s;
    // Short ASCII cells (most of a report) without TextDecoder: in Chromium each decode() call
    // costs ~0.35 us, 4-6x String.fromCharCode over a reused array of the right length (measured;
    // in Node the two are even). ASCII reads the same in UTF-8 and Windows-1252.
    if (n <= INTERN_MAX_BYTES) {
      let codes = this.codes[n];
      if (codes === undefined) {
        codes = new Array<number>(n).fill(0);
        this.codes[n] = codes;
      }
      let k = 0;
      while (k < n) {
        const c = b[s + k] as number;
        if (c >= 0x80) break;
        codes[k++] = c;
      }
      if (k === n) return String.fromCharCode.apply(null, codes);
    }
    const value = this.decoder.decode(new Uint8Array(b.buffer, b.byteOffset + s, n));
    if (this.utf8 && value.indexOf('\uFFFD') >= 0) this.replaced = true;
    return value;
  }
}

// Incremental RFC 4180 row parser for decoded text pieces: the sample in which the delimiter and the
// header are found, and whole UTF-16 files. UTF-8 and Windows-1252 rows after the sample go through
// byte-rows.ts, which follows the same rules (byte-rows.test.ts compares the two).
//
// Why not uDSV (the recipe's first choice): uDSV 0.7.3 sizes every row to the header's column count.
// A row with fewer cells makes its last field run on (indexOf of the delimiter) into the next line, so
// "a,b\nc,d,e" under a 3-column header yields ["a", "b\nc", "d"] and the next row is lost; a row with
// more cells gets the extras glued into its last cell. It also reports neither an unclosed quote nor a
// row without end, and assumes one line ending for the whole file. Those are exactly the cases the
// analyzer must report, so rows are parsed here. The same indexOf + split() strategy keeps it as fast
// (measured in scripts/bench/read-bench.ts).
//
// Lines without a quote go through `slice().split(delim)` (native). Lines with a quote take a
// field-by-field path that jumps with indexOf. Line ends: LF, CRLF or lone CR, mixed freely. A CR at
// the very end of a piece is held back until the next piece says whether LF follows (the uDSV CRLF
// trap of recipes/parsing.md).
import { ReadError } from './types';

/** Return false to stop parsing. */
export type RowSink = (cells: string[], rowNumber: number, rowEnd: number) => boolean | undefined;

const LF = 10;
const CR = 13;
const QUOTE = 34;

export class DelimitedParser {
  /** Physical number of the last row consumed (empty lines included, quoted line breaks not). */
  rowNumber: number;
  blankRows = 0;
  stopped = false;
  private carry = '';
  private readonly dc: number;

  constructor(
    private readonly delim: string,
    private readonly sink: RowSink,
    private readonly maxRowChars: number,
    firstRowNumber = 1,
  ) {
    this.dc = delim.charCodeAt(0);
    this.rowNumber = firstRowNumber - 1;
  }

  /** Parses all complete rows of carry + text; at `eof` the last row needs no line end. */
  push(text: string, eof: boolean): void {
    if (this.stopped) return;
    const s = this.carry.length > 0 ? this.carry + text : text;
    this.carry = '';
    const len = s.length;
    const d = this.delim;
    const sink = this.sink;
    let pos = 0;
    let nextLF = s.indexOf('\n');
    if (nextLF < 0) nextLF = len;
    let nextCR = s.indexOf('\r');
    if (nextCR < 0) nextCR = len;
    let nextQ = s.indexOf('"');
    if (nextQ < 0) nextQ = len;

    while (pos < len) {
      if (nextLF < pos) {
        nextLF = s.indexOf('\n', pos);
        if (nextLF < 0) nextLF = len;
      }
      if (nextCR < pos) {
        nextCR = s.indexOf('\r', pos);
        if (nextCR < 0) nextCR = len;
      }
      if (nextQ < pos) {
        nextQ = s.indexOf('"', pos);
        if (nextQ < 0) nextQ = len;
      }
      const lineEnd = Math.min(nextLF, nextCR);
      let end: number;
      let cells: string[] | null;
      if (nextQ >= lineEnd) {
        // Fast path: no quote before the line end.
        let next: number;
        if (lineEnd === len) {
          if (!eof) break;
          next = len;
        } else if (s.charCodeAt(lineEnd) === CR) {
          if (lineEnd + 1 < len) next = s.charCodeAt(lineEnd + 1) === LF ? lineEnd + 2 : lineEnd + 1;
          else if (eof) next = len;
          else break;
        } else next = lineEnd + 1;
        cells = lineEnd > pos ? s.slice(pos, lineEnd).split(d) : null;
        end = next;
      } else {
        const r = this.quotedRow(s, pos, eof);
        if (r === null) break;
        cells = r.cells;
        end = r.end;
      }
      if (end - pos > this.maxRowChars) this.tooLong(false);
      this.rowNumber++;
      pos = end;
      if (cells === null || isBlank(cells)) {
        this.blankRows++;
      } else if (sink(cells, this.rowNumber, end) === false) {
        this.stopped = true;
        return;
      }
    }

    if (pos < len) {
      this.carry = pos === 0 ? s : s.slice(pos);
      if (this.carry.length > this.maxRowChars)
        this.tooLong(endsInsideQuotes(this.carry.length, (i) => this.carry.charCodeAt(i), this.dc));
    }
  }

  /** Parses one row that has a quote in its first line; null when the piece ends inside it. */
  private quotedRow(s: string, start: number, eof: boolean): { cells: string[]; end: number } | null {
    const len = s.length;
    const dc = this.dc;
    const d = this.delim;
    const cells: string[] = [];
    let p = start;
    // Next LF / CR at or after p, refreshed only when passed, so a row costs one scan per line.
    let lf = -1;
    let cr = -1;
    const fieldEnd = (from: number): number => {
      if (lf < from) {
        lf = s.indexOf('\n', from);
        if (lf < 0) lf = len;
      }
      if (cr < from) {
        cr = s.indexOf('\r', from);
        if (cr < 0) cr = len;
      }
      let e = s.indexOf(d, from);
      if (e < 0) e = len;
      if (lf < e) e = lf;
      if (cr < e) e = cr;
      return e;
    };
    for (;;) {
      let value: string;
      if (p < len && s.charCodeAt(p) === QUOTE) {
        let q = p + 1;
        let escaped = false;
        for (;;) {
          q = s.indexOf('"', q);
          if (q < 0) {
            if (eof) this.unclosed();
            return null;
          }
          if (q + 1 >= len) {
            if (!eof) return null; // the next piece may start with the second quote of ""
            break;
          }
          if (s.charCodeAt(q + 1) === QUOTE) {
            escaped = true;
            q += 2;
            continue;
          }
          break;
        }
        value = s.slice(p + 1, q);
        if (escaped) value = value.replaceAll('""', '"');
        p = q + 1;
        if (p < len) {
          const c = s.charCodeAt(p);
          if (c !== dc && c !== LF && c !== CR) {
            // Text after the closing quote ("abc"def): keep it, as Excel does.
            const e = fieldEnd(p);
            value += s.slice(p, e);
            p = e;
          }
        }
      } else {
        const e = fieldEnd(p);
        value = s.slice(p, e);
        p = e;
      }
      cells.push(value);
      if (p >= len) {
        if (!eof) return null;
        return { cells, end: len };
      }
      const c = s.charCodeAt(p);
      if (c === dc) {
        p++;
        continue;
      }
      if (c === CR) {
        if (p + 1 < len) return { cells, end: s.charCodeAt(p + 1) === LF ? p + 2 : p + 1 };
        if (!eof) return null;
        return { cells, end: len };
      }
      return { cells, end: p + 1 };
    }
  }

  private unclosed(): never {
    throw new ReadError(
      'unbalanced-quotes',
      `Row ${this.rowNumber + 1} opens a quoted cell (") that is never closed, so the rest of the file cannot be split into rows; check that row in a text editor and export the report again.`,
    );
  }

  /** A row over the limit: an unclosed quote when the unfinished row is inside a quoted cell. */
  private tooLong(insideQuotes: boolean): never {
    if (insideQuotes) this.unclosed();
    throw new ReadError(
      'row-too-large',
      `Row ${this.rowNumber + 1} is longer than ${Math.round(this.maxRowChars / 1024)} KB without a line break, so this is not a report export this tool can read.`,
    );
  }
}

/**
 * True when the start of an unfinished row (`n` characters or bytes, read through `at`) ends inside
 * a quoted cell: the row then opened a quote that is not closed within it, which is what a row over
 * the length limit most often means. Decided by the cells, not by counting quotes (a quote inside a
 * plain cell, `12" pipe`, opens nothing), so the answer does not depend on where the pieces were cut.
 */
export function endsInsideQuotes(n: number, at: (i: number) => number, delim: number): boolean {
  let p = 0;
  while (p < n) {
    if (at(p) === QUOTE) {
      let q = p + 1;
      for (;;) {
        while (q < n && at(q) !== QUOTE) q++;
        // No closing quote, or one at the very end that could still be the first of "".
        if (q + 1 >= n) return true;
        if (at(q + 1) !== QUOTE) break;
        q += 2;
      }
      p = q + 1;
    }
    // Rest of the cell (plain text, or text after a closing quote) up to its delimiter.
    while (p < n && at(p) !== delim) p++;
    p++;
  }
  return false;
}

/** True when every cell is empty or whitespace. Cheap on real rows: the first cell decides. */
export function isBlank(cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as string;
    if (c.length > 0 && (c.charCodeAt(0) > 32 || c.trim().length > 0)) return false;
  }
  return true;
}

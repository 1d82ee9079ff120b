// Reading a delimited text export (CSV, tab, semicolon or pipe): decode, find the header among the
// banner rows, pick the delimiter, then stream the rows.
import { type ByteInput, concat } from './byte-input';
import { ByteRowParser, RowConsumer } from './byte-rows';
import { DelimitedParser } from './delimited-parser';
import { HeaderFinder, noHeaderError } from './header';
import { pipeRows, ScanThread } from './scan-thread';
import {
  type HeaderInfo,
  ReadError,
  type ReadHandlers,
  type ReadLimits,
  type ReadSummary,
  type RowView,
  type TableFormat,
} from './types';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const DELIMITERS = [',', '\t', ';', '|'] as const;
const FORMAT_OF: Record<(typeof DELIMITERS)[number], TableFormat> = {
  ',': 'csv',
  '\t': 'tsv',
  ';': 'semicolon',
  '|': 'pipe',
};
/** The sample for delimiter and header detection: at least this much text ... */
const SAMPLE_MIN_CHARS = 64 * 1024;
/** ... and this many line breaks, unless the file ends or the sample reaches SAMPLE_MAX_CHARS. */
const SAMPLE_MIN_LINES = 120;
const SAMPLE_MAX_CHARS = 1024 * 1024;
/** Rows after the header compared with its cell count to break delimiter ties. */
const CONSISTENCY_ROWS = 10;

/** Decoded text pieces of a ByteInput. */
class TextInput {
  private readonly decoder: TextDecoder;
  private ended = false;
  replaced = false;
  /**
   * The raw pieces read while sampling, so rows can go on from bytes (byte-rows.ts); only for the
   * encodings that path reads, and null once sampling is over.
   */
  raw: Uint8Array[] | null;

  constructor(
    private readonly input: ByteInput,
    readonly encoding: TextEncoding,
  ) {
    this.decoder = new TextDecoder(encoding);
    this.raw = encoding === 'utf-8' || encoding === 'windows-1252' ? [] : null;
  }

  /** Next decoded piece ('' is possible), or null at the end. */
  async next(): Promise<string | null> {
    if (this.ended) return null;
    const bytes = await this.input.read();
    if (bytes !== null && this.raw !== null) this.raw.push(bytes);
    let text: string;
    if (bytes === null) {
      this.ended = true;
      text = this.decoder.decode();
      if (text.length === 0) return null;
    } else {
      text = this.decoder.decode(bytes, { stream: true });
    }
    if (!this.replaced && this.encoding !== 'windows-1252' && text.indexOf('\uFFFD') >= 0)
      this.replaced = true;
    return text;
  }
}

/** True when `bytes` (a prefix of the file) is valid UTF-8, a cut-off last character allowed. */
export function looksLikeUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

type SampleRow = { cells: string[]; rowNumber: number; end: number };
type Candidate = {
  delim: (typeof DELIMITERS)[number];
  rows: SampleRow[];
  header: SampleRow | null;
  consistent: number;
};

export async function readDelimited(
  input: ByteInput,
  encoding: TextEncoding,
  h: ReadHandlers,
  limits: ReadLimits,
  warnings: string[],
): Promise<ReadSummary> {
  // Started now so it boots while the header is looked for; closed whatever happens.
  const bytePath = encoding === 'utf-8' || encoding === 'windows-1252';
  const thread =
    bytePath && (input.remaining() ?? 0) > limits.scanThreadMinBytes ? ScanThread.start(h.scanThreads) : null;
  try {
    return await readDelimitedWith(input, encoding, h, limits, warnings, thread);
  } finally {
    thread?.close();
  }
}

async function readDelimitedWith(
  input: ByteInput,
  encoding: TextEncoding,
  h: ReadHandlers,
  limits: ReadLimits,
  warnings: string[],
  thread: ScanThread | null,
): Promise<ReadSummary> {
  const text = new TextInput(input, encoding);
  if (encoding === 'utf-16le' || encoding === 'utf-16be')
    warnings.push(`The file is ${encoding.toUpperCase()} text; it was converted to read it.`);
  if (encoding === 'windows-1252')
    warnings.push('The file is not UTF-8; it was read as Windows (Latin-1) text, so check accented names.');

  // 1. Sample: enough text for 50 banner rows plus some data rows.
  let sample = '';
  let lines = 0;
  let eof = false;
  while (
    !eof &&
    (sample.length < SAMPLE_MIN_CHARS || lines < SAMPLE_MIN_LINES || sample.trim().length === 0) &&
    sample.length < SAMPLE_MAX_CHARS
  ) {
    const t = await text.next();
    if (t === null) eof = true;
    else {
      sample += t;
      lines += countLineBreaks(t);
    }
  }
  const head = sample.trimStart();
  if (head.length === 0)
    throw new ReadError('empty', 'The file contains only blank lines; download the report again.');
  rejectMarkup(head);

  // 2. Delimiter: the candidate whose header row has the most cells.
  let best: Candidate | null = null;
  for (const delim of DELIMITERS) {
    const c = sampleRows(sample, delim, eof, h, limits);
    if (c.header === null) continue;
    if (
      best === null ||
      best.header === null ||
      c.header.cells.length > best.header.cells.length ||
      (c.header.cells.length === best.header.cells.length && c.consistent > best.consistent)
    )
      best = c;
  }
  if (best === null || best.header === null) {
    let firstRow: string[] | null = null;
    for (const delim of DELIMITERS) {
      const r = sampleRows(sample, delim, eof, h, limits).rows[0];
      if (r && (firstRow === null || r.cells.length > firstRow.length)) firstRow = r.cells;
    }
    throw noHeaderError(firstRow);
  }
  const { delim, header, rows } = best;
  const format = FORMAT_OF[delim];
  const info: HeaderInfo = {
    format,
    delimiter: delim,
    headerRowNumber: header.rowNumber,
    bannerRows: rows.filter((r) => r.rowNumber < header.rowNumber).map((r) => r.cells),
  };
  const summary: ReadSummary = { format, rows: 0, bytes: 0, warnings, blankRows: 0, encoding };
  if (h.onHeader(header.cells, info) === false) {
    summary.stopped = true;
    return summary;
  }

  // 3. Stream the data rows. UTF-8 and Windows-1252 go on from the raw bytes (byte-rows.ts: cells
  // decoded only when used); UTF-16, and UTF-8 whose sample had invalid bytes (the decoded length
  // would not give the byte offset of the header's end), go on as decoded text.
  const onRow = h.onRow;
  const onRowView = h.onRowView;
  const rawPieces = text.raw;
  text.raw = null;
  const fromBytes = encoding === 'windows-1252' || (encoding === 'utf-8' && !text.replaced);
  let count = 0;
  if (fromBytes && rawPieces !== null) {
    const rawSample = concat(rawPieces, byteLength(rawPieces));
    const delimByte = delim.charCodeAt(0);
    const firstRowNumber = header.rowNumber + 1;
    const afterHeader = rawSample.subarray(headerEndByte(rawSample, sample, header.end, encoding));
    const sink = (row: RowView, rowNumber: number) => {
      if ((++count & 4095) === 0) input.checkAbort();
      if (onRowView) onRowView(row, rowNumber);
      else onRow(row.cells(), rowNumber);
      return undefined;
    };
    sample = '';
    const piped = thread !== null && !eof && (await thread.ready(h.signal));
    // A thread that did not start (or is not needed) goes now, not when the file is done.
    if (!piped) thread?.close();
    if (thread !== null && piped) {
      const consumer = new RowConsumer(sink, encoding);
      await pipeRows(
        thread,
        input,
        afterHeader,
        eof,
        consumer,
        { delim: delimByte, maxRowBytes: limits.maxRowChars, firstRowNumber },
        h.signal,
      );
      if (consumer.replaced) text.replaced = true;
      summary.blankRows = consumer.blankRows;
    } else {
      const parser = new ByteRowParser(delimByte, sink, limits.maxRowChars, encoding, firstRowNumber);
      parser.push(afterHeader, eof);
      if (!eof) {
        // push() is done with each piece before the next read: the buffers can be read into again.
        for (let b = await input.readReusing(); b !== null; b = await input.readReusing())
          parser.push(b, false);
        parser.push(new Uint8Array(0), true);
      }
      if (parser.replaced) text.replaced = true;
      summary.blankRows = parser.blankRows;
    }
  } else {
    const parser = new DelimitedParser(
      delim,
      (cells, rowNumber) => {
        // The sample alone can hold thousands of rows: look at the signal now and then, not per row.
        if ((++count & 4095) === 0) input.checkAbort();
        onRow(cells, rowNumber);
      },
      limits.maxRowChars,
      header.rowNumber + 1,
    );
    parser.push(sample.slice(header.end), eof);
    sample = '';
    if (!eof) {
      for (let t = await text.next(); t !== null; t = await text.next()) parser.push(t, false);
      parser.push('', true);
    }
    summary.blankRows = parser.blankRows;
  }
  if (text.replaced)
    warnings.push(
      'Some characters were not valid UTF-8 and were replaced with "�"; names may be garbled, amounts are unaffected.',
    );
  summary.rows = count;
  return summary;
}

function byteLength(parts: Uint8Array[]): number {
  let n = 0;
  for (const p of parts) n += p.length;
  return n;
}

/**
 * Byte offset in the raw sample of the character offset `charEnd` of the decoded sample. Exact because
 * the sample decoded without replacements (UTF-8) or byte for character (Windows-1252); the decoder
 * dropped a leading UTF-8 BOM, which is added back.
 */
function headerEndByte(raw: Uint8Array, sample: string, charEnd: number, encoding: TextEncoding): number {
  if (encoding === 'windows-1252') return charEnd;
  const bom = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 3 : 0;
  return bom + new TextEncoder().encode(sample.slice(0, charEnd)).length;
}

/** Parses the sample with one delimiter, up to the header and a few rows after it. */
function sampleRows(
  sample: string,
  delim: Candidate['delim'],
  eof: boolean,
  h: ReadHandlers,
  limits: ReadLimits,
): Candidate {
  const finder = new HeaderFinder(h.isHeader);
  const cand: Candidate = { delim, rows: [], header: null, consistent: 0 };
  let after = 0;
  const parser = new DelimitedParser(
    delim,
    (cells, rowNumber, end) => {
      const row = { cells, rowNumber, end };
      if (cand.header !== null) {
        if (cells.length === cand.header.cells.length) cand.consistent++;
        return ++after < CONSISTENCY_ROWS;
      }
      cand.rows.push(row);
      const r = finder.offer(cells, rowNumber);
      if (r.state === 'found') cand.header = row;
      return r.state !== 'failed';
    },
    limits.maxRowChars,
  );
  try {
    parser.push(sample, eof);
  } catch {
    // An unclosed quote or an overlong row after the rows seen: the main pass reports it.
  }
  return cand;
}

function countLineBreaks(t: string): number {
  let n = 0;
  for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) n++;
  if (n === 0) for (let i = t.indexOf('\r'); i >= 0; i = t.indexOf('\r', i + 1)) n++;
  return n;
}

/** A web page or XML saved under a report's name (an expired ACE session downloads the login page). */
function rejectMarkup(head: string): void {
  const start = head.slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html'))
    throw new ReadError(
      'not-a-table',
      'This file is a web page (HTML), not a report export; download the report again as CSV or Excel.',
    );
  if (start.startsWith('<?xml'))
    throw new ReadError(
      'not-a-table',
      'This file is XML, not a CSV or .xlsx export; open it in Excel and save it as .xlsx or CSV.',
    );
}

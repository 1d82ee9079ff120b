// Streaming XLSX reader: fflate's Unzip walks the zip's local headers as bytes arrive; each part we
// need is inflated (fflate Inflate, synchronous, CSP-safe) and scanned by xlsx-xml.ts. Never SheetJS.
//
// Part order varies by writer. Excel puts the worksheets before styles.xml and sharedStrings.xml, so a
// sheet that arrives before the parts it depends on is kept compressed (about a tenth of its XML) and
// inflated once they are in. Only the chosen data sheet is inflated; other sheets stay compressed
// until the preferred one turns out to have no header.
import { type AsyncFlateStreamHandler, Inflate, Unzip, type UnzipDecoder, type UnzipFile } from 'fflate';
import type { ByteInput } from './byte-input';
import { isBlank } from './delimited-parser';
import { HeaderFinder, noHeaderError } from './header';
import { ReadError, type ReadHandlers, type ReadLimits, type ReadSummary } from './types';
import {
  parseDateStyles,
  parseRels,
  parseWorkbook,
  SharedStringsParser,
  type SheetContext,
  SheetRowScanner,
  type Workbook,
} from './xlsx-xml';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const REL_TYPE = { sheet: '/worksheet', sst: '/sharedStrings', styles: '/styles' };
/** Sheets never taken as the data sheet (ACE puts the report prompts there). */
const PROMPT_SHEET = /parameter|prompt/i;
/** Largest XML element (a row, a shared string) kept while waiting for its end. */
const MAX_ELEMENT_CHARS = 64 * 1024 * 1024;

/** Hands fflate's compressed bytes through untouched, so each part can be inflated, kept or dropped. */
class RawDeflate implements UnzipDecoder {
  static compression = 8;
  ondata!: AsyncFlateStreamHandler;
  push(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, chunk as Uint8Array<ArrayBuffer>, final);
  }
}

type Sheet = { name: string; path: string };
type Buffered = { chunks: Uint8Array[]; compression: number; complete: boolean };

/** Inflates one part and counts its bytes against the zip-bomb limits. */
class PartInflater {
  private readonly inflate: Inflate | null;
  private inBytes = 0;
  private outBytes = 0;
  finished = false;

  constructor(
    private readonly name: string,
    compression: number,
    private readonly budget: { used: number },
    private readonly limits: ReadLimits,
    private readonly onData: (data: Uint8Array, final: boolean) => void,
  ) {
    if (compression !== 0 && compression !== 8)
      throw new ReadError(
        'unsupported-encoding',
        `The workbook part ${name} uses zip compression method ${compression}, which cannot be read; open the file in Excel and save it again.`,
      );
    this.inflate = compression === 8 ? new Inflate((d, final) => this.out(d, final)) : null;
  }

  push(chunk: Uint8Array, final: boolean): void {
    this.inBytes += chunk.length;
    if (this.inflate === null) this.out(chunk, final);
    else {
      try {
        this.inflate.push(chunk, final);
      } catch (e) {
        if (e instanceof ReadError || !isFlateError(e)) throw e;
        throw damaged();
      }
    }
  }

  private out(data: Uint8Array, final: boolean): void {
    this.outBytes += data.length;
    this.budget.used += data.length;
    const l = this.limits;
    if (this.budget.used > l.maxUncompressedBytes)
      throw new ReadError(
        'xlsx-too-large',
        `The workbook expands to more than ${formatBytes(l.maxUncompressedBytes)}, which is more than this tool reads; export the report as CSV instead.`,
      );
    if (this.outBytes > l.ratioCheckBytes && this.outBytes > this.inBytes * l.maxCompressionRatio)
      throw new ReadError(
        'xlsx-too-large',
        `The workbook part ${this.name} expands more than ${l.maxCompressionRatio} times, which real exports never do; the file was not read.`,
      );
    if (final) this.finished = true;
    this.onData(data, final);
  }
}

export async function readXlsx(
  input: ByteInput,
  h: ReadHandlers,
  limits: ReadLimits,
  warnings: string[],
): Promise<ReadSummary> {
  const budget = { used: 0 };
  const seen = new Set<string>();
  const buffered = new Map<string, Buffered>();
  // Assigned in callbacks, which TypeScript's narrowing does not see.
  let workbook = null as Workbook | null;
  let rels = null as ReturnType<typeof parseRels> | null;
  /** Zip paths of the shared strings / styles parts; null when the workbook has none. */
  let sstPath = null as string | null;
  let stylesPath = null as string | null;
  let sharedStrings = null as string[] | null;
  let dateStyles = null as boolean[] | null;
  let candidates = null as Sheet[] | null;
  let allSheetNames: string[] = [];
  let next = 0;
  let live = null as SheetReader | null;
  let outcome = null as ReadSummary | null;
  let firstFailure = null as { sheet: string; firstRow: string[] } | null;

  const depsReady = (): boolean =>
    workbook !== null &&
    rels !== null &&
    candidates !== null &&
    (sstPath === null || sharedStrings !== null) &&
    (stylesPath === null || dateStyles !== null);

  const setup = (): void => {
    if (workbook === null || rels === null || candidates !== null) return;
    const r = rels;
    const sheets: (Sheet & { hidden: boolean })[] = [];
    for (const s of workbook.sheets) {
      const rel = r.get(s.relId);
      if (rel?.type.endsWith(REL_TYPE.sheet))
        sheets.push({ name: s.name, path: rel.target.toLowerCase(), hidden: s.hidden });
    }
    allSheetNames = workbook.sheets.map((s) => s.name);
    const rank = (s: Sheet & { hidden: boolean }): number => {
      const n = s.name.toLowerCase();
      return (n.includes('main report') ? 0 : n.includes('report') ? 1 : 2) + (s.hidden ? 3 : 0);
    };
    candidates = sheets
      .filter((s) => !PROMPT_SHEET.test(s.name))
      .map((s, i) => ({ s, i }))
      .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
      .map(({ s }) => ({ name: s.name, path: s.path }));
    for (const key of [...buffered.keys()]) if (!candidates.some((c) => c.path === key)) buffered.delete(key);
    sstPath = pathOfType(r, REL_TYPE.sst);
    stylesPath = pathOfType(r, REL_TYPE.styles);
  };

  const ctx = (): SheetContext => ({
    sharedStrings: sharedStrings ?? [],
    dateStyles: dateStyles ?? [],
    date1904: workbook?.date1904 ?? false,
  });

  const finishSheet = (reader: SheetReader): void => {
    if (reader.state === 'data' || reader.state === 'stopped') {
      outcome = {
        format: 'xlsx',
        rows: reader.rows,
        bytes: 0,
        sheetName: reader.sheet.name,
        warnings,
        blankRows: reader.blankRows,
      };
      if (reader.state === 'stopped') outcome.stopped = true;
      return;
    }
    if (reader.firstRow !== null && firstFailure === null)
      firstFailure = { sheet: reader.sheet.name, firstRow: reader.firstRow };
    next++;
  };

  const newReader = (sheet: Sheet, compression: number): SheetReader =>
    new SheetReader(
      sheet,
      compression,
      ctx(),
      h,
      budget,
      limits,
      allSheetNames,
      (r) => finishSheet(r),
      () => input.checkAbort(),
    );

  /** Reads buffered candidates while the preferred one is complete and its dependencies are in. */
  const pump = (): void => {
    while (outcome === null && live === null && candidates !== null && depsReady()) {
      const sheet = candidates[next];
      if (sheet === undefined) return;
      const b = buffered.get(sheet.path);
      if (b === undefined || !b.complete) return;
      buffered.delete(sheet.path);
      const reader = newReader(sheet, b.compression);
      for (const c of b.chunks) reader.push(c, false);
      reader.push(new Uint8Array(0), true);
    }
  };

  const collectText = (file: UnzipFile, done: (xml: string) => void): void => {
    const decoder = new TextDecoder();
    let xml = '';
    const inf = new PartInflater(file.name, file.compression, budget, limits, (d, final) => {
      xml += decoder.decode(d, { stream: !final });
      if (final) done(xml);
    });
    file.ondata = (err, d, final) => {
      if (err) throw damaged();
      inf.push(d, final);
    };
  };

  const onFile = (file: UnzipFile): void => {
    const path = file.name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
    seen.add(path);
    const known = file.compression === 0 || file.compression === 8;
    if (path === WORKBOOK) {
      collectText(file, (xml) => {
        workbook = parseWorkbook(xml);
        setup();
      });
    } else if (path === WORKBOOK_RELS) {
      collectText(file, (xml) => {
        rels = parseRels(xml, 'xl/');
        setup();
      });
    } else if (path === (candidates === null ? 'xl/styles.xml' : stylesPath)) {
      collectText(file, (xml) => {
        dateStyles = parseDateStyles(xml);
      });
    } else if (path === (candidates === null ? 'xl/sharedstrings.xml' : sstPath)) {
      const sst = new SharedStringsParser(MAX_ELEMENT_CHARS);
      const decoder = new TextDecoder();
      const inf = new PartInflater(file.name, file.compression, budget, limits, (d, final) => {
        sst.push(decoder.decode(d, { stream: !final }), final);
        if (final) sharedStrings = sst.strings;
      });
      file.ondata = (err, d, final) => {
        if (err) throw damaged();
        inf.push(d, final);
      };
    } else if (outcome === null && isSheetPath(path, candidates)) {
      const sheet = candidates?.[next];
      if (live === null && sheet?.path === path && depsReady()) {
        const reader = newReader(sheet, file.compression);
        live = reader;
        file.ondata = (err, d, final) => {
          if (err) throw damaged();
          if (outcome === null && !reader.done) reader.push(d, final);
          if (final || reader.done) live = null;
        };
      } else {
        if (!known) return; // fflate cannot even pass such an entry through; it is never a sheet we read
        const b: Buffered = { chunks: [], compression: file.compression, complete: false };
        buffered.set(path, b);
        file.ondata = (err, d, final) => {
          if (err) throw damaged();
          if (d.length > 0) b.chunks.push(d.slice());
          if (final) b.complete = true;
        };
      }
    } else {
      if (!known) return;
      file.ondata = () => {};
    }
    file.start();
  };

  const unzip = new Unzip(onFile);
  unzip.register(RawDeflate);
  let cutOff = false;
  const tail = new TailBytes(65_557);
  for (;;) {
    const chunk = await input.read();
    if (chunk !== null) tail.push(chunk);
    try {
      if (chunk === null) unzip.push(new Uint8Array(0), true);
      else unzip.push(chunk, false);
    } catch (e) {
      if (e instanceof ReadError || !isFlateError(e)) throw e;
      if (chunk !== null) throw damaged();
      cutOff = true; // the file ends inside a part; fine only if the data sheet was already read
    }
    pump();
    if (outcome !== null || chunk === null) break;
  }
  if (outcome !== null) return outcome;

  // The zip ended without a finished data sheet: say why.
  // A whole zip ends with its end-of-central-directory record ("PK\x05\x06").
  if (live !== null || cutOff || !tail.has([0x50, 0x4b, 0x05, 0x06])) throw truncated();
  if (workbook === null || rels === null) {
    if (seen.size === 0 || seen.has(WORKBOOK) || seen.has(WORKBOOK_RELS)) throw truncated();
    throw new ReadError(
      'not-a-table',
      'This zip file is not an Excel workbook (it has no xl/workbook.xml); export the report from ACE as CSV or Excel.',
    );
  }
  const remaining = (candidates ?? []).slice(next);
  if (remaining.some((s) => !seen.has(s.path)) || (sstPath !== null && sharedStrings === null))
    throw truncated();
  if (firstFailure !== null) throw noHeaderError(firstFailure.firstRow, `the sheet "${firstFailure.sheet}"`);
  throw new ReadError(
    'xlsx-no-data-sheet',
    `The workbook has no sheet with report rows (sheets: ${allSheetNames.join(', ') || 'none'}); open it in Excel and check that the export has data.`,
  );
}

/** Reads one candidate sheet: header search first, then the data rows. */
class SheetReader {
  state: 'header' | 'data' | 'failed' | 'stopped' = 'header';
  rows = 0;
  blankRows = 0;
  firstRow: string[] | null = null;
  done = false;
  private readonly decoder = new TextDecoder();
  private readonly inflater: PartInflater;
  private readonly scanner: SheetRowScanner;
  private readonly finder: HeaderFinder;

  constructor(
    readonly sheet: Sheet,
    compression: number,
    private readonly ctx: SheetContext,
    private readonly h: ReadHandlers,
    budget: { used: number },
    limits: ReadLimits,
    private readonly sheetNames: string[],
    private readonly onDone: (r: SheetReader) => void,
    private readonly checkAbort: () => void,
  ) {
    this.finder = new HeaderFinder(h.isHeader);
    this.scanner = new SheetRowScanner(
      ctx,
      (cells, rowNumber) => this.row(cells, rowNumber),
      MAX_ELEMENT_CHARS,
    );
    this.inflater = new PartInflater(sheet.path, compression, budget, limits, (d, final) => {
      if (this.done) return;
      this.scanner.push(this.decoder.decode(d, { stream: !final }), final);
      if (final) this.finish();
    });
  }

  push(chunk: Uint8Array, final: boolean): void {
    if (!this.done) this.inflater.push(chunk, final);
  }

  private row(cells: string[], rowNumber: number): boolean | undefined {
    if (isBlank(cells)) {
      if (this.state === 'data') this.blankRows++;
      return;
    }
    if (this.state === 'data') {
      if ((++this.rows & 4095) === 0) this.checkAbort();
      this.h.onRow(cells, rowNumber);
      return;
    }
    if (this.firstRow === null) this.firstRow = cells;
    const r = this.finder.offer(cells, rowNumber);
    if (r.state === 'found') {
      const go = this.h.onHeader(r.header, {
        format: 'xlsx',
        sheetName: this.sheet.name,
        sheetNames: this.sheetNames,
        headerRowNumber: r.rowNumber,
        bannerRows: r.bannerRows,
        ...(this.ctx.date1904 ? { date1904: true } : {}),
      });
      this.state = go === false ? 'stopped' : 'data';
      if (go === false) this.finish();
      return go === false ? false : undefined;
    }
    if (r.state === 'failed') {
      this.state = 'failed';
      this.finish();
      return false;
    }
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    if (this.state === 'header') this.state = 'failed';
    this.onDone(this);
  }
}

/** The last `max` bytes of a stream. */
class TailBytes {
  private buf = new Uint8Array(0);
  constructor(private readonly max: number) {}

  push(chunk: Uint8Array): void {
    if (chunk.length >= this.max) {
      this.buf = chunk.slice(chunk.length - this.max);
      return;
    }
    const keep = Math.min(this.buf.length, this.max - chunk.length);
    const next = new Uint8Array(keep + chunk.length);
    next.set(this.buf.subarray(this.buf.length - keep));
    next.set(chunk, keep);
    this.buf = next;
  }

  has(sig: number[]): boolean {
    const b = this.buf;
    for (let i = b.length - 22; i >= 0; i--)
      if (b[i] === sig[0] && b[i + 1] === sig[1] && b[i + 2] === sig[2] && b[i + 3] === sig[3]) return true;
    return false;
  }
}

function pathOfType(rels: Map<string, { type: string; target: string }>, suffix: string): string | null {
  for (const r of rels.values()) if (r.type.endsWith(suffix)) return r.target.toLowerCase();
  return null;
}

function isSheetPath(path: string, candidates: Sheet[] | null): boolean {
  if (candidates !== null) return candidates.some((c) => c.path === path);
  return path.startsWith('xl/worksheets/') && path.endsWith('.xml');
}

function isFlateError(e: unknown): boolean {
  return e instanceof Error && typeof (e as { code?: unknown }).code === 'number';
}

function truncated(): ReadError {
  return new ReadError(
    'xlsx-truncated',
    'The workbook file is incomplete (the download was probably cut off); download the report again.',
  );
}

function damaged(): ReadError {
  return new ReadError(
    'xlsx-truncated',
    'The workbook file is damaged or incomplete; download the report again or re-save it in Excel.',
  );
}

function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${Math.round(n / 1024 ** 3)} GB`;
  return n >= 1024 ** 2 ? `${Math.round(n / 1024 ** 2)} MB` : `${Math.round(n / 1024)} KB`;
}

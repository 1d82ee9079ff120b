// Hand-written scanners for the few SpreadsheetML parts the reader needs. indexOf-based, no DOM and no
// XML library: the worksheet part of a 100k-row export is hundreds of MB of XML, and a SAX parser
// costs about twice the time (recipes/parsing.md). Namespace prefixes (`<x:row>`) are allowed.
import { ReadError } from './types';

// ---------------------------------------------------------------------------------------------
// Text and attributes

const ENTITY_RE = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const OOXML_ESCAPE_RE = /_x([0-9A-Fa-f]{4})_/g;

/** Decodes XML entities and OOXML `_xHHHH_` escapes (Excel writes a CR inside a cell as `_x000D_`). */
export function decodeXml(s: string): string {
  if (s.indexOf('&') >= 0)
    s = s.replace(
      ENTITY_RE,
      (m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
        if (name) return NAMED[name] ?? m;
        const cp = hex ? Number.parseInt(hex, 16) : Number(dec);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      },
    );
  if (s.indexOf('_x') >= 0)
    s = s.replace(OOXML_ESCAPE_RE, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return s;
}

/** Value of attribute `name` in an attribute list text (`name="v"` or `name='v'`), decoded. */
export function attrOf(attrs: string, name: string): string | null {
  const re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(attrs);
  if (!m) return null;
  return decodeXml(m[1] ?? m[2] ?? '');
}

/** Fast attribute lookup inside s[from, to): `needle` is ` r="` style. Undecoded. */
function attrIn(s: string, from: number, to: number, needle: string): string | null {
  const i = s.indexOf(needle, from);
  if (i < 0 || i >= to) return null;
  const a = i + needle.length;
  const e = s.indexOf('"', a);
  return e < 0 || e > to ? null : s.slice(a, e);
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

// ---------------------------------------------------------------------------------------------
// Small parts, parsed whole

export type WorkbookSheet = { name: string; relId: string; hidden: boolean };
export type Workbook = { sheets: WorkbookSheet[]; date1904: boolean };

export function parseWorkbook(xml: string): Workbook {
  const sheets: WorkbookSheet[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const relId = /(?:^|\s)[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs);
    const state = attrOf(attrs, 'state');
    sheets.push({
      name: attrOf(attrs, 'name') ?? '',
      relId: relId ? (relId[1] ?? relId[2] ?? '') : '',
      hidden: state === 'hidden' || state === 'veryHidden',
    });
  }
  const pr = /<(?:[\w.-]+:)?workbookPr\b([^>]*)>/.exec(xml);
  const d1904 = pr ? attrOf(pr[1] ?? '', 'date1904') : null;
  return { sheets, date1904: d1904 === '1' || d1904 === 'true' };
}

export type Relationship = { type: string; target: string };

/** Relationships by id; targets resolved to zip paths relative to the part's folder `baseDir` ('xl/'). */
export function parseRels(xml: string, baseDir: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    if (attrOf(attrs, 'TargetMode') === 'External') continue;
    const id = attrOf(attrs, 'Id');
    const target = attrOf(attrs, 'Target');
    if (id === null || target === null) continue;
    out.set(id, { type: attrOf(attrs, 'Type') ?? '', target: resolvePath(baseDir, target) });
  }
  return out;
}

export function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : baseDir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** For each cell style index (`s` attribute): does it show a calendar date? */
export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?numFmt\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const id = attrOf(attrs, 'numFmtId');
    const code = attrOf(attrs, 'formatCode');
    if (id !== null && code !== null) custom.set(Number(id), code);
  }
  const xfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml);
  const out: boolean[] = [];
  if (!xfs) return out;
  for (const m of (xfs[1] ?? '').matchAll(/<(?:[\w.-]+:)?xf\b([^>]*)>/g)) {
    const id = Number(attrOf(m[1] ?? '', 'numFmtId') ?? 0);
    out.push(isDateFormat(id, custom.get(id)));
  }
  return out;
}

/**
 * Built-in ids 14-17 and 22 (and the East Asian 27-36, 50-58) are dates. The time-only ids 18-21 and
 * 45-47 are not: a time has no calendar date, so those cells keep their number text. A custom format
 * is a date when, outside quoted text, escapes and [..] sections, it has a day or year part.
 */
export function isDateFormat(id: number, code?: string): boolean {
  if (code !== undefined) {
    const bare = (code.split(';')[0] ?? '')
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .replace(/[_*]./g, '')
      .replace(/\[[^\]]*\]/g, '');
    return /[dy]/i.test(bare);
  }
  return (id >= 14 && id <= 17) || id === 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Excel serial day number to `YYYY-MM-DD` (time of day dropped); null when it is not a date. */
export function excelSerialToDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const days = Math.floor(Math.round(serial * 86_400) / 86_400);
  if (!date1904 && days === 60) return '1900-02-29'; // Lotus 1-2-3's leap-year bug, kept by Excel
  // Serials below 60 sit before the phantom 1900-02-29, so they count from one day later.
  const ms = date1904
    ? EPOCH_1904 + days * MS_PER_DAY
    : EPOCH_1900 + (days < 60 ? days + 1 : days) * MS_PER_DAY;
  return new Date(ms).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Big parts, scanned in pieces

/** Called with the text and the positions of `<el` (start), its `>` (openEnd) and `</el>` (closeStart). */
type ElementFn = (
  s: string,
  start: number,
  openEnd: number,
  closeStart: number,
  selfClosing: boolean,
) => boolean | undefined;

/** Finds each complete `<el ...>...</el>` (or `<el/>`) in text that arrives in pieces. */
export class ElementStream {
  stopped = false;
  prefix: string | null = null;
  private carry = '';
  private open = '';
  private close = '';

  constructor(
    private readonly root: string,
    private readonly el: string,
    private readonly onElement: ElementFn,
    private readonly maxChars: number,
  ) {}

  push(text: string, eof: boolean): void {
    if (this.stopped) return;
    const s = this.carry.length > 0 ? this.carry + text : text;
    this.carry = '';
    if (this.prefix === null) {
      const m = new RegExp(`<(?:([A-Za-z_][\\w.-]*):)?${this.root}[\\s>/]`).exec(s);
      if (!m) {
        if (!eof) this.keep(s);
        return;
      }
      this.prefix = m[1] ? `${m[1]}:` : '';
      this.open = `<${this.prefix}${this.el}`;
      this.close = `</${this.prefix}${this.el}>`;
    }
    const open = this.open;
    const close = this.close;
    const ol = open.length;
    const len = s.length;
    let pos = 0;
    for (;;) {
      const i = s.indexOf(open, pos);
      if (i < 0) {
        pos = Math.max(pos, len - ol);
        break;
      }
      if (i + ol >= len) {
        pos = i;
        break;
      }
      if (!isNameEnd(s.charCodeAt(i + ol))) {
        pos = i + 1;
        continue;
      }
      const gt = s.indexOf('>', i + ol);
      if (gt < 0) {
        pos = i;
        break;
      }
      if (s.charCodeAt(gt - 1) === 47) {
        if (this.onElement(s, i, gt, gt, true) === false) {
          this.stop();
          return;
        }
        pos = gt + 1;
        continue;
      }
      const ce = s.indexOf(close, gt);
      if (ce < 0) {
        pos = i;
        break;
      }
      if (this.onElement(s, i, gt, ce, false) === false) {
        this.stop();
        return;
      }
      pos = ce + close.length;
    }
    if (!eof && pos < len) this.keep(pos === 0 ? s : s.slice(pos));
  }

  private keep(s: string): void {
    if (s.length > this.maxChars)
      throw new ReadError(
        'row-too-large',
        `A single ${this.el === 'row' ? 'row' : 'cell text'} of the workbook is larger than ${Math.round(this.maxChars / 1048576)} MB, so it cannot be read.`,
      );
    this.carry = s;
  }

  private stop(): void {
    this.stopped = true;
    this.carry = '';
  }
}

/**
 * Concatenates the `<t>` texts inside s[from, to), skipping phonetic `<rPh>` runs. `mayHavePhonetic`
 * comes from one search of the whole piece: searching per element would scan to the piece's end
 * each time (quadratic; it made a 100k-row workbook take 10 s).
 */
function textRuns(s: string, from: number, to: number, p: string, mayHavePhonetic: boolean): string {
  let seg = s;
  const ph = mayHavePhonetic ? s.indexOf(`<${p}rPh`, from) : -1;
  if (ph >= 0 && ph < to) {
    seg = s.slice(from, to).replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
    from = 0;
    to = seg.length;
  }
  const open = `<${p}t`;
  const close = `</${p}t>`;
  let out = '';
  let pos = from;
  for (;;) {
    const i = seg.indexOf(open, pos);
    if (i < 0 || i >= to) break;
    const c = seg.charCodeAt(i + open.length);
    if (!isNameEnd(c)) {
      pos = i + 1;
      continue;
    }
    const gt = seg.indexOf('>', i);
    if (seg.charCodeAt(gt - 1) === 47) {
      pos = gt + 1;
      continue;
    }
    const ce = seg.indexOf(close, gt);
    if (ce < 0 || ce > to) break;
    out += seg.slice(gt + 1, ce);
    pos = ce + close.length;
  }
  return decodeXml(out);
}

/** The shared-string table, from `xl/sharedStrings.xml` in pieces. */
export class SharedStringsParser {
  readonly strings: string[] = [];
  private readonly stream: ElementStream;

  private piece = '';
  private phonetic = false;

  constructor(maxChars: number) {
    this.stream = new ElementStream(
      'sst',
      'si',
      (s, _start, openEnd, closeStart, selfClosing) => {
        if (s !== this.piece) {
          this.piece = s;
          this.phonetic = s.indexOf('rPh') >= 0;
        }
        this.strings.push(
          selfClosing ? '' : textRuns(s, openEnd + 1, closeStart, this.stream.prefix ?? '', this.phonetic),
        );
      },
      maxChars,
    );
  }

  push(text: string, eof: boolean): void {
    this.stream.push(text, eof);
  }
}

export type SheetContext = { sharedStrings: string[]; dateStyles: boolean[]; date1904: boolean };
export type SheetRowFn = (cells: string[], rowNumber: number) => boolean | undefined;

/** Rows of a worksheet part, cells placed by their reference so gaps become ''. */
export class SheetRowScanner {
  private readonly stream: ElementStream;
  private lastRow = 0;
  private piece = '';
  private phonetic = false;
  /** Report dates repeat across rows: convert each serial once. */
  private readonly dates = new Map<string, string | null>();
  private tags: { c: string; cClose: string; v: string; vClose: string; is: string; p: string } | null = null;

  constructor(
    private readonly ctx: SheetContext,
    private readonly onRow: SheetRowFn,
    maxChars: number,
  ) {
    this.stream = new ElementStream(
      'worksheet',
      'row',
      (s, start, openEnd, closeStart, selfClosing) => this.row(s, start, openEnd, closeStart, selfClosing),
      maxChars,
    );
  }

  get stopped(): boolean {
    return this.stream.stopped;
  }

  push(text: string, eof: boolean): void {
    this.stream.push(text, eof);
  }

  private row(
    s: string,
    start: number,
    openEnd: number,
    closeStart: number,
    selfClosing: boolean,
  ): boolean | undefined {
    const r = attrIn(s, start, openEnd, ' r="');
    const rowNumber = r !== null ? Number(r) : this.lastRow + 1;
    this.lastRow = rowNumber;
    if (selfClosing) return;
    let t = this.tags;
    if (t === null) {
      const p = this.stream.prefix ?? '';
      t = this.tags = { c: `<${p}c`, cClose: `</${p}c>`, v: `<${p}v`, vClose: `</${p}v>`, is: `<${p}is`, p };
    }
    const cells: string[] = [];
    const cOpen = t.c;
    const ol = cOpen.length;
    let col = -1;
    let pos = openEnd + 1;
    for (;;) {
      const i = s.indexOf(cOpen, pos);
      if (i < 0 || i >= closeStart) break;
      if (!isNameEnd(s.charCodeAt(i + ol))) {
        pos = i + 1;
        continue;
      }
      const gt = s.indexOf('>', i);
      const ref = attrIn(s, i, gt, ' r="');
      col = ref !== null ? columnIndex(ref) : col + 1;
      if (s.charCodeAt(gt - 1) === 47) {
        pos = gt + 1;
        continue; // no value: does not extend the row
      }
      const ce = s.indexOf(t.cClose, gt);
      const end = ce < 0 || ce > closeStart ? closeStart : ce;
      const value = this.cellValue(s, i, gt, end, t);
      while (cells.length < col) cells.push('');
      cells[col] = value;
      pos = end + t.cClose.length;
    }
    return this.onRow(cells, rowNumber);
  }

  private cellValue(
    s: string,
    start: number,
    gt: number,
    end: number,
    t: NonNullable<SheetRowScanner['tags']>,
  ): string {
    const type = attrIn(s, start, gt, ' t="');
    if (type === 'inlineStr') {
      const i = s.indexOf(t.is, gt);
      if (s !== this.piece) {
        this.piece = s;
        this.phonetic = s.indexOf('rPh') >= 0;
      }
      return i < 0 || i >= end ? '' : textRuns(s, i, end, t.p, this.phonetic);
    }
    const vi = s.indexOf(t.v, gt);
    if (vi < 0 || vi >= end) return '';
    const vgt = s.indexOf('>', vi);
    if (s.charCodeAt(vgt - 1) === 47) return '';
    const ve = s.indexOf(t.vClose, vgt);
    const raw = s.slice(vgt + 1, ve < 0 || ve > end ? end : ve);
    switch (type) {
      case 's':
        return this.ctx.sharedStrings[Number(raw)] ?? '';
      case 'b':
        return raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
      case 'str':
      case 'e':
        return decodeXml(raw);
      case 'd':
        return /^\d{4}-\d{2}-\d{2}T00:00:00/.test(raw) ? raw.slice(0, 10) : decodeXml(raw);
      default: {
        const style = attrIn(s, start, gt, ' s="');
        if (style !== null && this.ctx.dateStyles[Number(style)] === true) {
          let d = this.dates.get(raw);
          if (d === undefined) {
            d = excelSerialToDate(Number(raw), this.ctx.date1904);
            if (this.dates.size < 100_000) this.dates.set(raw, d);
          }
          if (d !== null) return d;
        }
        return normalizeNumber(raw);
      }
    }
  }
}

/** `AB12` -> 27 (0-based column). */
export function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n - 1;
}

/**
 * Excel keeps 15 significant digits but writes the binary double, so 2567.49 arrives as
 * "2567.4899999999998" and 0.1+0.2 as "0.30000000000000004"; show the number Excel shows.
 */
function normalizeNumber(raw: string): string {
  if (raw.length < 16 && raw.indexOf('E') < 0 && raw.indexOf('e') < 0) return raw;
  const n = Number(raw);
  return Number.isFinite(n) && raw.trim() !== '' ? String(Number(n.toPrecision(15))) : raw;
}

// Helpers for the reader tests and the fuzzer: byte sources with chosen chunking, a collecting
// handler, and a tiny XLSX writer (fflate zipSync) that controls part order and cell encodings.
import { strToU8, type Zippable, zipSync } from 'fflate';
import { readTable } from './index';
import type { ByteSource, HeaderInfo, ReadHandlers, ReadLimits, ReadSummary } from './types';

/** A source whose stream yields `bytes` in pieces of the given sizes (cycled). */
export function chunkedSource(
  bytes: Uint8Array | string,
  sizes: number[] = [65536],
  name = 'test.csv',
): ByteSource {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return {
    name,
    size: data.length,
    stream() {
      let pos = 0;
      let k = 0;
      return new ReadableStream<Uint8Array>({
        pull(c) {
          if (pos >= data.length) return c.close();
          const n = Math.max(1, sizes[k++ % sizes.length] ?? 1);
          c.enqueue(data.slice(pos, pos + n));
          pos += n;
        },
      });
    },
  };
}

export type Collected = {
  header: string[] | null;
  info: HeaderInfo | null;
  rows: string[][];
  rowNumbers: number[];
  summary: ReadSummary;
};

export const hasColumn =
  (name: string) =>
  (cells: string[]): boolean =>
    cells.some((c) => c.trim().toLowerCase() === name.toLowerCase());

/** Reads everything into memory (tests only). */
export async function collect(
  src: ByteSource,
  opts: {
    isHeader?: (cells: string[]) => boolean;
    limits?: Partial<ReadLimits>;
  } & Partial<ReadHandlers> = {},
): Promise<Collected> {
  const out: Omit<Collected, 'summary'> = { header: null, info: null, rows: [], rowNumbers: [] };
  const summary = await readTable(
    src,
    {
      isHeader: opts.isHeader ?? hasColumn('Entry Summary Number'),
      onHeader: (header, info) => {
        out.header = header;
        out.info = info;
        return opts.onHeader?.(header, info);
      },
      onRow: (cells, n) => {
        out.rows.push(cells);
        out.rowNumbers.push(n);
      },
      onProgress: opts.onProgress,
      signal: opts.signal,
      scanThreads: opts.scanThreads,
    },
    opts.limits,
  );
  return { ...out, summary };
}

/** RFC 4180 serialization: quote when the cell has the delimiter, a quote, CR or LF. */
export function toCsv(rows: string[][], delim = ',', eol = '\r\n'): string {
  return rows
    .map((r) =>
      r.map((c) => (c.includes(delim) || /["\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(delim),
    )
    .join(eol);
}

// ---------------------------------------------------------------------------------------------
// XLSX

export type XCell =
  | string
  | number
  | boolean
  | null
  | { date: number }
  | { inline: string }
  | { formulaStr: string };
export type XSheet = { name: string; rows: (XCell[] | { r: number; cells: XCell[] })[]; hidden?: boolean };

const esc = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** An XLSX shared-string table being built: `index(s)` adds `s` once and gives its position. */
export function sharedStrings(): { list: string[]; index(s: string): number } {
  const list: string[] = [];
  const at = new Map<string, number>();
  return {
    list,
    index(s) {
      let i = at.get(s);
      if (i === undefined) {
        i = list.length;
        list.push(s);
        at.set(s, i);
      }
      return i;
    },
  };
}

/**
 * Builds an XLSX with shared strings, inline strings, a date style (cellXfs index 1 = numFmtId 14,
 * index 2 = custom "mm/dd/yyyy"), gaps (null cells) and the part order asked for.
 */
export function buildXlsx(
  sheets: XSheet[],
  opts: { sstAfterSheets?: boolean; prefix?: string; date1904?: boolean; level?: 0 | 6 } = {},
): Uint8Array {
  const p = opts.prefix ? `${opts.prefix}:` : '';
  const xmlns = opts.prefix ? `xmlns:${opts.prefix}` : 'xmlns';
  const { list: sst, index: shared } = sharedStrings();
  const sheetXml = sheets.map((sh) => {
    let rowsXml = '';
    let rn = 0;
    for (const row of sh.rows) {
      const cells = Array.isArray(row) ? row : row.cells;
      rn = Array.isArray(row) ? rn + 1 : row.r;
      let cx = '';
      cells.forEach((c, i) => {
        const ref = `${colName(i)}${rn}`;
        if (c === null) return;
        if (typeof c === 'string') cx += `<${p}c r="${ref}" t="s"><${p}v>${shared(c)}</${p}v></${p}c>`;
        else if (typeof c === 'number') cx += `<${p}c r="${ref}"><${p}v>${c}</${p}v></${p}c>`;
        else if (typeof c === 'boolean') cx += `<${p}c r="${ref}" t="b"><${p}v>${c ? 1 : 0}</${p}v></${p}c>`;
        else if ('date' in c) cx += `<${p}c r="${ref}" s="1"><${p}v>${c.date}</${p}v></${p}c>`;
        else if ('inline' in c)
          cx += `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t xml:space="preserve">${esc(c.inline)}</${p}t></${p}is></${p}c>`;
        else cx += `<${p}c r="${ref}" t="str"><${p}f>A1</${p}f><${p}v>${esc(c.formulaStr)}</${p}v></${p}c>`;
      });
      rowsXml += `<${p}row r="${rn}">${cx}</${p}row>`;
    }
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${xmlns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${rowsXml}</${p}sheetData><${p}rowBreaks count="0"/></${p}worksheet>`;
  });
  const ns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${xmlns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${ns}"><${p}workbookPr${opts.date1904 ? ' date1904="1"' : ''}/><${p}sheets>${sheets
    .map(
      (s, i) =>
        `<${p}sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.hidden ? ' state="hidden"' : ''}/>`,
    )
    .join('')}</${p}sheets></${p}workbook>`;
  const relsXml = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map(
      (_s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${ns}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join(
      '',
    )}<Relationship Id="rIdS" Type="${ns}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${ns}/styles" Target="/xl/styles.xml"/></Relationships>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><${p}styleSheet ${xmlns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}numFmts count="1"><${p}numFmt numFmtId="164" formatCode="mm/dd/yyyy;@"/></${p}numFmts><${p}cellStyleXfs count="1"><${p}xf numFmtId="14"/></${p}cellStyleXfs><${p}cellXfs count="3"><${p}xf numFmtId="0"/><${p}xf numFmtId="14" applyNumberFormat="1"/><${p}xf numFmtId="164"/></${p}cellXfs></${p}styleSheet>`;
  const sstXml = `<?xml version="1.0" encoding="UTF-8"?><${p}sst ${xmlns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sst.length}" uniqueCount="${sst.length}">${sst
    .map((s) => `<${p}si><${p}t xml:space="preserve">${esc(s)}</${p}t></${p}si>`)
    .join('')}</${p}sst>`;
  const level = opts.level ?? 6;
  const files: Zippable = {};
  const put = (name: string, text: string): void => {
    files[name] = [strToU8(text), { level }];
  };
  put(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  put('xl/workbook.xml', workbook);
  put('xl/_rels/workbook.xml.rels', relsXml);
  if (!opts.sstAfterSheets) {
    put('xl/sharedStrings.xml', sstXml);
    put('xl/styles.xml', styles);
  }
  sheetXml.forEach((x, i) => {
    put(`xl/worksheets/sheet${i + 1}.xml`, x);
  });
  if (opts.sstAfterSheets) {
    put('xl/styles.xml', styles);
    put('xl/sharedStrings.xml', sstXml);
  }
  return zipSync(files);
}

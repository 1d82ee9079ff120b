// Synthetic ES-003 exports for benchmarks: banner rows, BOM, CRLF, quoted names with commas, several
// tariff rows per line (regular HTS + 9903.01.25 / 9903.88.15), Liquidation Date/Status. Seeded, so
// the same arguments always give the same bytes. XLSX is streamed into fflate's Zip (SheetJS cannot
// write 100k+ rows in reasonable memory).
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { sharedStrings } from '../../lib/reports/read/test-support';
import { entryCheckDigit } from '../../lib/validation/entry-number';

export const ES003_HEADERS = [
  'Entry Summary Number',
  'Entry Summary Line Number',
  'Entry Type Code',
  'Importer Number',
  'Importer Name',
  'Port of Entry Code',
  'Entry Date',
  'Entry Summary Date',
  'Country of Origin Code',
  'Tariff Ordinal Number',
  'HTS Number - Full',
  'Line Tariff Quantity (1)',
  'Line Tariff UOM (1) Code',
  'Line Tariff Goods Value Amount',
  'Line Tariff Duty Amount',
  'Liquidation Date',
  'Liquidation Status',
];

const BANNER = [
  'Entry Summary Line Tariff Details',
  'FOR OFFICIAL USE ONLY',
  'Run Date: 03/02/2026 08:15:00',
];
const NAMES = [
  'Acme Trading, Inc.',
  'Globex Co., Ltd.',
  'Initech LLC',
  'Müller GmbH',
  'Umbrella Imports, LLC',
  'Stark "Intl" Corp',
];
const COUNTRIES = ['CN', 'VN', 'MX', 'DE', 'IN', 'TW'];
const HTS = ['8471.30.0100', '6204.62.4011', '9403.60.8081', '8517.62.0090', '3926.90.9985'];
const STATUSES = ['Liquidated', 'Unliquidated', 'Extended', 'Suspended'];

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row = (string | number)[];

/** Yields `lines` data rows (one per tariff row), as cell values. */
function* es003Rows(lines: number, seed: number): Generator<Row> {
  const rnd = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const money = (n: number): string =>
    `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  const date = (d: number): string => {
    const t = new Date(Date.UTC(2025, 1, 4) + d * 86_400_000);
    return `${String(t.getUTCMonth() + 1).padStart(2, '0')}/${String(t.getUTCDate()).padStart(2, '0')}/${t.getUTCFullYear()}`;
  };
  // Like a real account's download: a handful of importer numbers (a broker's clients), entry
  // numbers with valid check digits, entry dates inside the IEEPA period.
  const importers = Array.from(
    { length: 25 },
    () => `${String(10 + Math.floor(rnd() * 89))}-${String(1_000_000 + Math.floor(rnd() * 8_999_999))}00`,
  );
  let made = 0;
  let entry = 0;
  while (made < lines) {
    entry++;
    const base = `${pick(['LW4', 'AB1', 'XK7'])}${String(1_000_000 + ((entry * 7) % 9_000_000)).slice(-7)}`;
    const entryNo = `${base}${entryCheckDigit(base) ?? 0}`;
    const importer = pick(importers);
    const name = pick(NAMES);
    const port = String(1000 + Math.floor(rnd() * 4000));
    const entryDay = Math.floor(rnd() * 384); // 2025-02-04 .. 2026-02-22
    const status = pick(STATUSES);
    const liq = status === 'Liquidated' ? date(entryDay + 314) : '';
    const lineCount = 1 + Math.floor(rnd() * 4);
    for (let line = 1; line <= lineCount && made < lines; line++) {
      const value = Math.round(rnd() * 5_000_000) / 100;
      const tariffs: [string, number, number][] = [[pick(HTS), value, Math.round(value * 3.5) / 100]];
      if (rnd() < 0.7) tariffs.push(['9903.01.25', 0, Math.round(value * 10) / 100]);
      if (rnd() < 0.4) tariffs.push(['9903.88.15', 0, Math.round(value * 7.5) / 100]);
      for (let i = 0; i < tariffs.length && made < lines; i++) {
        const [hts, v, duty] = tariffs[i] as [string, number, number];
        made++;
        yield [
          entryNo,
          line,
          '01',
          importer,
          name,
          port,
          date(entryDay),
          date(entryDay + 10),
          pick(COUNTRIES),
          i + 1,
          hts,
          Math.floor(rnd() * 1000),
          'NO',
          money(v),
          money(duty),
          liq,
          status,
        ];
      }
    }
  }
}

export type CsvOptions = { seed?: number; bom?: boolean; eol?: string; banner?: boolean };

const csvCell = (c: string | number): string => {
  const s = String(c);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** Writes a synthetic ES-003 CSV with `lines` data rows; returns its size in bytes. */
export function generateEs003Csv(path: string, lines: number, opts: CsvOptions = {}): number {
  const eol = opts.eol ?? '\r\n';
  const fd = openSync(path, 'w');
  let size = 0;
  let buf = opts.bom === false ? '' : '\uFEFF';
  const flush = (): void => {
    const b = Buffer.from(buf, 'utf8');
    writeSync(fd, b);
    size += b.length;
    buf = '';
  };
  if (opts.banner !== false) buf += BANNER.map(csvCell).join(eol) + eol + eol;
  buf += ES003_HEADERS.map(csvCell).join(',') + eol;
  for (const row of es003Rows(lines, opts.seed ?? 1)) {
    buf += row.map(csvCell).join(',') + eol;
    if (buf.length > 1 << 20) flush();
  }
  flush();
  closeSync(fd);
  return size;
}

const xmlEsc = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Writes a synthetic ES-003 workbook ("Parameters" + "Main Report", shared strings after the sheet, as Excel does). */
export async function generateEs003Xlsx(
  path: string,
  lines: number,
  opts: { seed?: number; dataDescriptors?: boolean } = {},
): Promise<number> {
  const fd = openSync(path, 'w');
  let size = 0;
  let failed: Error | null = null;
  const done = new Promise<void>((resolve) => {
    const zip = new Zip((err, data, final) => {
      if (err) failed = err;
      else {
        writeSync(fd, data);
        size += data.length;
      }
      if (final || err) resolve();
    });
    const add = (name: string, text: string): void => {
      const f = new ZipDeflate(name, { level: 6 });
      zip.add(f);
      f.push(strToU8(text), true);
    };
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const stored = new ZipPassThrough('[Content_Types].xml');
    zip.add(stored);
    const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
    stored.push(
      strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${ct}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/></Types>`,
      ),
      true,
    );
    add(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rns}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    add(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rns}"><sheets><sheet name="Parameters" sheetId="1" r:id="rId1"/><sheet name="Main Report" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    );
    add(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rns}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rns}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${rns}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="${rns}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    );
    add(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Entry Summary Number</t></is></c><c r="B1" t="inlineStr"><is><t>All</t></is></c></row></sheetData></worksheet>`,
    );

    const { list: sst, index: shared } = sharedStrings();
    const DATE_COLS = new Set([6, 7, 15]);
    const serial = (mdy: string): number => {
      const [m, d, y] = mdy.split('/').map(Number) as [number, number, number];
      return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
    };
    const colRef = (i: number): string => String.fromCharCode(65 + i);
    const sheet = new ZipDeflate('xl/worksheets/sheet2.xml', { level: 6 });
    zip.add(sheet);
    const lastRow = BANNER.length + 2 + lines;
    let buf = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><dimension ref="A1:${colRef(ES003_HEADERS.length - 1)}${lastRow}"/><sheetData>`;
    let r = 0;
    const rowXml = (cells: (string | number)[], dates: boolean): string => {
      r++;
      let x = `<row r="${r}">`;
      cells.forEach((c, i) => {
        const ref = `${colRef(i)}${r}`;
        if (c === '') return;
        if (dates && DATE_COLS.has(i)) x += `<c r="${ref}" s="1"><v>${serial(String(c))}</v></c>`;
        else if (typeof c === 'number') x += `<c r="${ref}"><v>${c}</v></c>`;
        else if (c.startsWith('$')) x += `<c r="${ref}" s="2"><v>${c.slice(1).replaceAll(',', '')}</v></c>`;
        else x += `<c r="${ref}" t="s"><v>${shared(c)}</v></c>`;
      });
      return `${x}</row>`;
    };
    for (const b of BANNER) buf += rowXml([b], false);
    r++;
    buf += rowXml(ES003_HEADERS, false);
    for (const row of es003Rows(lines, opts.seed ?? 1)) {
      buf += rowXml(row, true);
      if (buf.length > 1 << 20) {
        sheet.push(strToU8(buf));
        buf = '';
      }
    }
    sheet.push(strToU8(`${buf}</sheetData></worksheet>`), true);
    add(
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${ns}"><numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;$&quot;#,##0.00"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    );
    add(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${ns}" count="${sst.length}" uniqueCount="${sst.length}">${sst.map((s) => `<si><t>${xmlEsc(s)}</t></si>`).join('')}</sst>`,
    );
    zip.end();
  });
  await done;
  closeSync(fd);
  if (failed) throw failed;
  if (!opts.dataDescriptors) dropDataDescriptors(path);
  return size;
}

/**
 * fflate's streaming Zip always writes sizes in data descriptors (flag bit 3). Excel never does, and
 * SheetJS fails on them ("Bad compressed size"), so copy the sizes from the central directory into
 * the local headers and clear the flag. The descriptor bytes stay behind each entry, unused.
 */
function dropDataDescriptors(path: string): void {
  const b = readFileSync(path);
  let eocd = b.length - 22;
  while (eocd > 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = b.readUInt16LE(eocd + 10);
  let cd = b.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const flags = b.readUInt16LE(cd + 8);
    const local = b.readUInt32LE(cd + 42);
    b.writeUInt16LE(flags & ~8, cd + 8);
    b.writeUInt16LE(b.readUInt16LE(local + 6) & ~8, local + 6);
    b.copy(b, local + 14, cd + 16, cd + 28); // crc-32, compressed size, uncompressed size
    cd += 46 + b.readUInt16LE(cd + 28) + b.readUInt16LE(cd + 30) + b.readUInt16LE(cd + 32);
  }
  writeFileSync(path, b);
}

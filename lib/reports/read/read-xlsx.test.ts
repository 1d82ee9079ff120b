import * as XLSX from '@e965/xlsx';
import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readTable } from './index';
import { buildXlsx, chunkedSource, collect, hasColumn, type XSheet } from './test-support';
import { ReadError } from './types';
import { columnIndex, decodeXml, excelSerialToDate, isDateFormat } from './xlsx-xml';

async function errorOf(p: Promise<unknown>): Promise<ReadError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error('expected a ReadError');
}

const PARAMS: XSheet = {
  name: 'Parameters',
  rows: [
    ['Prompt', 'Value'],
    ['Entry Summary Number', 'All'],
    ['Date range', '01/01/2025 - 12/31/2025'],
  ],
};
const MAIN: XSheet = {
  name: 'Main Report',
  rows: [
    ['Entry Summary Line Tariff Details'],
    ['FOR OFFICIAL USE ONLY'],
    {
      r: 4,
      cells: ['Entry Summary Number', 'Importer Name', 'Entry Date', 'Line Tariff Duty Amount', 'Note'],
    },
    ['ABC12345678', { inline: 'Acme, Inc. & <Sons>' }, { date: 45691 }, 1250.5, null],
    ['ABC12345678', 'Zoë "Z" Ltd', { date: 45691.75 }, 2567.4899999999998, 'gap before'],
    ['XYZ98765432', null, null, 0, { formulaStr: 'x' }],
    { r: 9, cells: [null, null, null, null, null] },
    ['XYZ98765432', true, false, '00123', null],
  ],
};
const MAIN_ROWS = [
  ['ABC12345678', 'Acme, Inc. & <Sons>', '2025-02-03', '1250.5'],
  ['ABC12345678', 'Zoë "Z" Ltd', '2025-02-03', '2567.49', 'gap before'],
  ['XYZ98765432', '', '', '0', 'x'],
  ['XYZ98765432', 'TRUE', 'FALSE', '00123'],
];

describe('readTable: XLSX', () => {
  it.each([
    ['shared strings before the sheets', {}],
    ['shared strings and styles after the sheets (Excel order)', { sstAfterSheets: true }],
    ['an x: namespace prefix', { prefix: 'x', sstAfterSheets: true }],
    ['stored (uncompressed) parts', { level: 0 as const }],
  ])('reads the Main Report sheet with %s', async (_n, opts) => {
    const bytes = buildXlsx([PARAMS, MAIN], opts);
    for (const sizes of [[65536], [7, 1, 3], [100]]) {
      const r = await collect(chunkedSource(bytes, sizes, 'es003.xlsx'));
      expect(r.header).toEqual([
        'Entry Summary Number',
        'Importer Name',
        'Entry Date',
        'Line Tariff Duty Amount',
        'Note',
      ]);
      expect(r.info).toEqual({
        format: 'xlsx',
        sheetName: 'Main Report',
        sheetNames: ['Parameters', 'Main Report'],
        headerRowNumber: 4,
        bannerRows: [['Entry Summary Line Tariff Details'], ['FOR OFFICIAL USE ONLY']],
      });
      expect(r.rows).toEqual(MAIN_ROWS);
      expect(r.rowNumbers).toEqual([5, 6, 7, 10]);
      expect(r.summary).toMatchObject({ format: 'xlsx', rows: 4, sheetName: 'Main Report', blankRows: 1 });
    }
  });

  it('reads a zip written in streaming mode (sizes in data descriptors)', async () => {
    const parts = unzipSync(buildXlsx([PARAMS, MAIN], { sstAfterSheets: true }));
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, data) => {
      if (err) throw err;
      chunks.push(data);
    });
    for (const [name, data] of Object.entries(parts)) {
      const f = new ZipDeflate(name, { level: 6 });
      zip.add(f);
      f.push(data, true);
    }
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let o = 0;
    for (const c of chunks) {
      bytes.set(c, o);
      o += c.length;
    }
    for (const sizes of [[65536], [5]])
      expect((await collect(chunkedSource(bytes, sizes))).rows).toEqual(MAIN_ROWS);
  });

  it('prefers a "report" sheet, skips prompt sheets, else takes the first sheet with a header', async () => {
    const data = (name: string): XSheet => ({ name, rows: [['Entry Summary Number'], [name]] });
    const pick = async (sheets: XSheet[]): Promise<string | undefined> =>
      (await collect(chunkedSource(buildXlsx(sheets, { sstAfterSheets: true })))).summary.sheetName;
    expect(await pick([data('Sheet1'), data('ES-003 Report'), PARAMS])).toBe('ES-003 Report');
    expect(await pick([data('Other report'), data('Main Report')])).toBe('Main Report');
    expect(await pick([{ ...PARAMS, rows: [['Entry Summary Number']] }, data('Data')])).toBe('Data');
    // The preferred sheet has no header: fall back to the next one, even if it came earlier in the zip.
    expect(await pick([data('Data'), { name: 'Main Report', rows: [['nothing here']] }])).toBe('Data');
  });

  it('reads dates by style in the 1904 system and with a custom format', async () => {
    const bytes = buildXlsx(
      [
        {
          name: 'S',
          rows: [
            ['Entry Summary Number', 'D'],
            ['E1', { date: 0 }],
            ['E2', { date: 44227 }],
          ],
        },
      ],
      {
        date1904: true,
      },
    );
    const r = await collect(chunkedSource(bytes));
    expect(r.rows).toEqual([
      ['E1', '0'],
      ['E2', '2025-02-01'],
    ]);
    // Bare serials (number cells without a date format) are the analysis's to convert: it is told.
    expect(r.info?.date1904).toBe(true);
    const plain = await collect(
      chunkedSource(buildXlsx([{ name: 'S', rows: [['Entry Summary Number', 'D']] }])),
    );
    expect(plain.info?.date1904).toBeUndefined();
  });

  it('reads a SheetJS-written workbook the same as SheetJS does', async () => {
    const aoa = [
      ['Entry Summary Line Details'],
      ['Entry Summary Number', 'Importer Name', 'Entry Date', 'Line Tariff Duty Amount', 'Flag'],
      ['ABC12345678', 'Acme, Inc.', new Date(Date.UTC(2025, 1, 3)), 1250.5, true],
      ['XYZ98765432', 'Müller & Co <GmbH>\nline 2', new Date(Date.UTC(2024, 11, 31)), 0.1 + 0.2, false],
    ];
    const ws = XLSX.utils.aoa_to_sheet(aoa, { cellDates: true, dateNF: 'yyyy-mm-dd' });
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Prompt'], ['x']]), 'Parameters');
    XLSX.utils.book_append_sheet(wb, ws, 'Main Report');
    for (const bookSST of [false, true]) {
      const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST }));
      const r = await collect(chunkedSource(bytes, [999]));
      const back = XLSX.read(bytes, { cellDates: false });
      const sheetjs = XLSX.utils.sheet_to_json<string[]>(back.Sheets['Main Report'] as XLSX.WorkSheet, {
        header: 1,
        raw: false,
        defval: '',
        dateNF: 'yyyy-mm-dd',
      });
      expect(r.header).toEqual(sheetjs[1]);
      expect(r.rows).toEqual(sheetjs.slice(2));
      expect(r.rows[1]?.[3]).toBe('0.3');
      expect(r.rows[1]?.[1]).toBe('Müller & Co <GmbH>\nline 2');
      expect(r.rows[0]?.[2]).toBe('2025-02-03');
    }
  });

  it('rejects an encrypted workbook and a legacy .xls by their OLE2 contents', async () => {
    const ole = (marker: string): Uint8Array => {
      const b = new Uint8Array(9000);
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      for (let i = 0; i < marker.length; i++) b[7000 + i * 2] = marker.charCodeAt(i);
      return b;
    };
    const enc = await errorOf(collect(chunkedSource(ole('EncryptionInfo'), [4096], 'x.xlsx')));
    expect(enc.code).toBe('xlsx-encrypted');
    expect(enc.message).toMatch(/remove the password/);
    const xls = await errorOf(collect(chunkedSource(ole('Workbook'), [4096], 'x.xls')));
    expect(xls.code).toBe('legacy-xls');
    expect(xls.message).toMatch(/save as \.xlsx or CSV/);
  });

  it('rejects a workbook cut off anywhere before its central directory', async () => {
    for (const sstAfterSheets of [false, true]) {
      const bytes = buildXlsx([PARAMS, MAIN], { sstAfterSheets });
      // The central directory starts at the first "PK\x01\x02"; the parts we need all sit before it.
      let cd = 0;
      while (!(bytes[cd] === 0x50 && bytes[cd + 1] === 0x4b && bytes[cd + 2] === 1 && bytes[cd + 3] === 2))
        cd++;
      for (let cut = 10; cut < cd; cut += 37) {
        const e = await errorOf(collect(chunkedSource(bytes.subarray(0, cut), [50])));
        expect(e.code, `cut at ${cut} of ${bytes.length}`).toBe('xlsx-truncated');
      }
      // Cut inside the central directory: every part was read, so the rows are all there.
      const r = await collect(chunkedSource(bytes.subarray(0, cd + 20)));
      expect(r.rows).toEqual(MAIN_ROWS);
    }
  });

  it('rejects a zip bomb by total size and by compression ratio', async () => {
    const big = {
      name: 'Main Report',
      rows: [['Entry Summary Number'], ...Array.from({ length: 3000 }, () => ['E1'])],
    };
    const cap = await errorOf(
      collect(chunkedSource(buildXlsx([big])), { limits: { maxUncompressedBytes: 50_000 } }),
    );
    expect(cap.code).toBe('xlsx-too-large');
    const ratio = await errorOf(
      collect(chunkedSource(buildXlsx([big])), {
        limits: { ratioCheckBytes: 10_000, maxCompressionRatio: 5 },
      }),
    );
    expect(ratio.code).toBe('xlsx-too-large');
    expect(ratio.message).toMatch(/expands more than 5 times/);
  });

  it('rejects a zip that is not a workbook, and a workbook without a data sheet', async () => {
    const notBook = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect((await errorOf(collect(chunkedSource(notBook)))).code).toBe('not-a-table');
    const onlyParams = buildXlsx([PARAMS]);
    expect((await errorOf(collect(chunkedSource(onlyParams)))).code).toBe('xlsx-no-data-sheet');
    const noHeader = buildXlsx([
      {
        name: 'Main Report',
        rows: [
          ['Port', 'Value'],
          ['1', '2'],
        ],
      },
    ]);
    const e = await errorOf(collect(chunkedSource(noHeader)));
    expect(e.code).toBe('no-header');
    expect(e.message).toMatch(/sheet "Main Report".*"Port", "Value"/);
  });

  it('stops when onHeader returns false and aborts via the signal', async () => {
    const bytes = buildXlsx([MAIN]);
    const s = await readTable(chunkedSource(bytes), {
      isHeader: hasColumn('Entry Summary Number'),
      onHeader: () => false,
      onRow: () => {},
    });
    expect(s).toMatchObject({ rows: 0, stopped: true });
    const ctl = new AbortController();
    ctl.abort();
    const e = await errorOf(collect(chunkedSource(bytes), { signal: ctl.signal }));
    expect(e.code).toBe('aborted');
  });
});

describe('XLSX helpers', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, '1900-02-29'],
    [61, '1900-03-01'],
    [45658, '2025-01-01'],
    [45658.9999999, '2025-01-02'],
    [45658.5, '2025-01-01'],
  ])('serial %s is %s', (serial, date) => {
    expect(excelSerialToDate(serial, false)).toBe(date);
  });

  it.each<[number, string | undefined, boolean]>([
    [14, undefined, true],
    [22, undefined, true],
    [20, undefined, false],
    [0, undefined, false],
    [164, 'mm/dd/yyyy;@', true],
    [165, '[$-409]d-mmm-yy', true],
    [166, 'h:mm:ss', false],
    [167, '"Day" 0.00', false],
    [168, '#,##0.00_);[Red]\\(#,##0.00\\)', false],
  ])('format %s %s is a date: %s', (id, code, date) => {
    expect(isDateFormat(id, code)).toBe(date);
  });

  it('decodes entities, OOXML escapes and column letters', () => {
    expect(decodeXml('a &amp; b &lt;&gt; &quot;&apos; &#233; &#x1F600; _x000D_')).toBe(
      'a & b <> "\' é 😀 \r',
    );
    expect([columnIndex('A1'), columnIndex('Z9'), columnIndex('AA1'), columnIndex('XFD5')]).toEqual([
      0, 25, 26, 16383,
    ]);
  });
});

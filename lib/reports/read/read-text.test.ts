import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from './index';
import { nodeFileSource } from './node-source';
import { chunkedSource, collect, hasColumn } from './test-support';
import { ReadError, type ReadErrorCode } from './types';

const ES003 = [
  'Entry Summary Line Tariff Details',
  'FOR OFFICIAL USE ONLY',
  'Run Date: 03/02/2026',
  '',
  'Entry Summary Number,Importer Name,HTS Number - Full,Line Tariff Duty Amount',
  'ABC12345678,"Acme, Inc.",9903.01.25,"$2,567.49"',
  'ABC12345678,"Acme, Inc.",8471.30.0100,$0.00',
  'ABC12345686,"Zoë ""Z"" Co., Ltd.",9903.88.15,12.50',
].join('\r\n');

const HEADER = ['Entry Summary Number', 'Importer Name', 'HTS Number - Full', 'Line Tariff Duty Amount'];
const ROWS = [
  ['ABC12345678', 'Acme, Inc.', '9903.01.25', '$2,567.49'],
  ['ABC12345678', 'Acme, Inc.', '8471.30.0100', '$0.00'],
  ['ABC12345686', 'Zoë "Z" Co., Ltd.', '9903.88.15', '12.50'],
];

async function errorOf(p: Promise<unknown>): Promise<ReadError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error('expected a ReadError');
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('readTable: delimited text', () => {
  it('reads banner rows, the header, quoted cells and physical row numbers', async () => {
    const r = await collect(chunkedSource(`\uFEFF${ES003}\r\n\r\n`));
    expect(r.header).toEqual(HEADER);
    expect(r.info).toEqual({
      format: 'csv',
      delimiter: ',',
      headerRowNumber: 5,
      bannerRows: [
        ['Entry Summary Line Tariff Details'],
        ['FOR OFFICIAL USE ONLY'],
        ['Run Date: 03/02/2026'],
      ],
    });
    expect(r.rows).toEqual(ROWS);
    expect(r.rowNumbers).toEqual([6, 7, 8]);
    expect(r.summary).toMatchObject({ format: 'csv', rows: 3, bytes: enc(`\uFEFF${ES003}\r\n\r\n`).length });
  });

  it.each([
    ['tsv', '\t'],
    ['semicolon', ';'],
    ['pipe', '|'],
    ['csv', ','],
  ] as const)('detects the %s delimiter from the header region', async (format, d) => {
    const text = [
      'Report title; with, every | delimiter\tin it',
      ['Entry Summary Number', 'Amount', 'Name'].join(d),
      ['E1', '1,5', 'A;B|C'].map((c) => (c.includes(d) ? `"${c}"` : c)).join(d),
    ].join('\n');
    const r = await collect(chunkedSource(text));
    expect(r.info?.format).toBe(format);
    expect(r.info?.delimiter).toBe(d);
    expect(r.rows).toEqual([['E1', '1,5', 'A;B|C']]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ])('reads %s line ends, also split across 1-7 byte pieces', async (_n, eol) => {
    const text = ES003.replaceAll('\r\n', eol);
    for (const sizes of [[1], [2], [3], [1, 2, 3, 4, 5, 6, 7], [7, 5, 3]]) {
      const r = await collect(chunkedSource(text, sizes));
      expect(r.rows).toEqual(ROWS);
      expect(r.rowNumbers).toEqual([6, 7, 8]);
    }
  });

  it('keeps quoted line breaks, quotes and delimiters at every piece boundary', async () => {
    const rows = [
      ['E1', 'line1\r\nline2', '"quoted"'],
      ['E2', 'a,b', 'ends with CR\r'],
      ['E3', '€ 💶 ü', ''],
    ];
    const text = `Entry Summary Number,B,C\r\nE1,"line1\r\nline2","""quoted"""\r\nE2,"a,b","ends with CR\r"\r\nE3,€ 💶 ü,\r\n`;
    for (let size = 1; size <= 7; size++) {
      const r = await collect(chunkedSource(text, [size]));
      expect(r.rows).toEqual(rows);
      expect(r.rowNumbers).toEqual([2, 3, 4]);
    }
  });

  it('never splits a multi-byte UTF-8 character or the BOM at a piece edge', async () => {
    const name = 'Ünïcödé 東京 😀 Ltd';
    const text = `\uFEFFEntry Summary Number,Name\n${Array.from({ length: 20 }, (_, i) => `E${i},${name}`).join('\n')}`;
    for (const sizes of [[1], [2], [3], [5], [1, 2, 3, 4, 5, 6, 7]]) {
      const r = await collect(chunkedSource(text, sizes));
      expect(r.header).toEqual(['Entry Summary Number', 'Name']);
      expect(r.rows.every((row) => row[1] === name)).toBe(true);
      expect(r.rows).toHaveLength(20);
    }
  });

  it('passes rows with fewer or more cells as they are and skips blank rows', async () => {
    const text = 'Entry Summary Number,B,C\nE1,b\nE2,b,c,d,e\n,,\n   \nE3,"b"\n\n\n';
    const r = await collect(chunkedSource(text));
    expect(r.rows).toEqual([
      ['E1', 'b'],
      ['E2', 'b', 'c', 'd', 'e'],
      ['E3', 'b'],
    ]);
    expect(r.rowNumbers).toEqual([2, 3, 6]);
    expect(r.summary.blankRows).toBe(4);
  });

  it('keeps cells raw (untrimmed) and text after a closing quote', async () => {
    const r = await collect(chunkedSource('Entry Summary Number,B\n  E1 ,"a"b\n'));
    expect(r.rows).toEqual([['  E1 ', 'ab']]);
  });

  it.each([
    ['utf-16le', [0xff, 0xfe], 'utf-16le'],
    ['utf-16be', [0xfe, 0xff], 'utf-16be'],
  ] as const)('decodes %s with a BOM and warns', async (_n, bom, label) => {
    const text = ES003;
    const body = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      body[i * 2 + (label === 'utf-16le' ? 0 : 1)] = c & 0xff;
      body[i * 2 + (label === 'utf-16le' ? 1 : 0)] = c >> 8;
    }
    const bytes = new Uint8Array([...bom, ...body]);
    for (const sizes of [[65536], [1], [3]]) {
      const r = await collect(chunkedSource(bytes, sizes));
      expect(r.rows).toEqual(ROWS);
      expect(r.summary.encoding).toBe(label);
      expect(r.summary.warnings.join(' ')).toMatch(/UTF-16/);
    }
  });

  it('reads UTF-16LE without a BOM', async () => {
    const body = new Uint8Array(ES003.length * 2);
    for (let i = 0; i < ES003.length; i++) body[i * 2] = ES003.charCodeAt(i) & 0xff;
    // Only Latin-1 here, so the low byte is the character.
    const r = await collect(chunkedSource(body));
    expect(r.summary.encoding).toBe('utf-16le');
    expect(r.rows[0]).toEqual(ROWS[0]);
  });

  it('falls back to Windows-1252 when the text is not UTF-8, with a warning', async () => {
    const bytes = Uint8Array.from('Entry Summary Number,Name\nE1,Caf\xe9 S.A.\n', (c) => c.charCodeAt(0));
    const r = await collect(chunkedSource(bytes));
    expect(r.rows).toEqual([['E1', 'Café S.A.']]);
    expect(r.summary.encoding).toBe('windows-1252');
    expect(r.summary.warnings.join(' ')).toMatch(/not UTF-8/);
  });

  it('warns when invalid UTF-8 appears only after the start', async () => {
    const head = `Entry Summary Number,Name\n${'E0,x\n'.repeat(20000)}`;
    const bytes = new Uint8Array([...enc(head), ...enc('E1,bad '), 0xff, ...enc('\n')]);
    const r = await collect(chunkedSource(bytes));
    expect(r.rows.at(-1)).toEqual(['E1', 'bad \uFFFD']);
    expect(r.summary.warnings.join(' ')).toMatch(/not valid UTF-8/);
  });

  it('finds the header below up to 49 banner rows but not 50', async () => {
    const banner = (n: number): string => Array.from({ length: n }, (_, i) => `Title ${i}`).join('\n');
    const ok = await collect(chunkedSource(`${banner(49)}\nEntry Summary Number,B\nE1,b\n`, [13]));
    expect(ok.info?.headerRowNumber).toBe(50);
    expect(ok.info?.bannerRows).toHaveLength(49);
    const e = await errorOf(collect(chunkedSource(`${banner(50)}\nEntry Summary Number,B\nE1,b\n`)));
    expect(e.code).toBe('no-header');
    expect(e.message).toContain('"Title 0"');
  });

  it('no-header lists what the first row holds', async () => {
    const e = await errorOf(collect(chunkedSource('Port,Entry,Value\n1,2,3\n')));
    expect(e.code).toBe('no-header');
    expect(e.message).toContain('"Port", "Entry", "Value"');
  });

  it('stops when onHeader returns false', async () => {
    let rows = 0;
    const s = await readTable(chunkedSource(ES003), {
      isHeader: hasColumn('Entry Summary Number'),
      onHeader: () => false,
      onRow: () => {
        rows++;
      },
    });
    expect(rows).toBe(0);
    expect(s.stopped).toBe(true);
  });

  it.each<[string, Uint8Array | string, ReadErrorCode, RegExp]>([
    ['an empty file', '', 'empty', /empty/],
    ['only whitespace', ' \r\n\t\n  \n', 'empty', /blank/],
    ['binary garbage', Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256), 'binary', /binary/],
    ['NULs in text', `Entry Summary Number\n${'a\u0000b\u0000\n'.repeat(50)}`, 'binary', /binary/],
    ['a PDF', '%PDF-1.7\n...', 'binary', /PDF/],
    ['an HTML login page', '\n<!DOCTYPE html><html><body>Login</body></html>', 'not-a-table', /web page/],
    ['UTF-32', new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'unsupported-encoding', /UTF-32/],
    [
      'an unclosed quote',
      'Entry Summary Number,B\nE1,b\nE2,"never closed\nE3,c\n',
      'unbalanced-quotes',
      /Row 3/,
    ],
    ['a row over the limit', `Entry Summary Number,B\nE1,${'x'.repeat(3000)}\n`, 'row-too-large', /Row 2/],
  ])('rejects %s', async (_n, content, code, message) => {
    const e = await errorOf(collect(chunkedSource(content, [1000]), { limits: { maxRowChars: 2000 } }));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it('reports an unclosed quote that runs past the row limit as unbalanced quotes', async () => {
    const text = `Entry Summary Number,B\nE1,"open\n${'E2,x\n'.repeat(1000)}`;
    const e = await errorOf(collect(chunkedSource(text, [512]), { limits: { maxRowChars: 1024 } }));
    expect(e.code).toBe('unbalanced-quotes');
    expect(e.message).toMatch(/Row 2/);
  });

  it('rejects a 1 MB row by default', async () => {
    const text = `Entry Summary Number,B\nE1,${'x'.repeat(1_100_000)}\nE2,y\n`;
    const e = await errorOf(collect(chunkedSource(text)));
    expect(e.code).toBe('row-too-large');
  });

  it('aborts promptly via the signal', async () => {
    const ctl = new AbortController();
    const text = `Entry Summary Number,B\n${'E1,b\n'.repeat(100000)}`;
    let rows = 0;
    const e = await errorOf(
      readTable(chunkedSource(text, [4096]), {
        isHeader: hasColumn('Entry Summary Number'),
        onHeader: () => {},
        onRow: () => {
          if (++rows === 10) ctl.abort();
        },
        signal: ctl.signal,
      }),
    );
    expect(e.code).toBe('aborted');
    expect(rows).toBeLessThan(5000);
  });

  it('reports progress at most about once per MiB, and at the end', async () => {
    const text = `Entry Summary Number,B\n${'E1,bbbbbbbbbbbbbbbb\n'.repeat(200_000)}`;
    const calls: [number, number | undefined][] = [];
    await collect(chunkedSource(text), { onProgress: (b, t) => calls.push([b, t]) });
    const size = enc(text).length;
    expect(calls.at(-1)).toEqual([size, size]);
    expect(calls.length).toBeLessThanOrEqual(Math.ceil(size / 1048576) + 1);
    expect(calls.length).toBeGreaterThanOrEqual(3);
  });

  it('reads a file from disk through nodeFileSource', async () => {
    const path = 'test/fixtures/reports/read/es003-small.csv';
    const r = await collect(nodeFileSource(path));
    expect(r.summary.bytes).toBe(readFileSync(path).length);
    expect(r.info?.bannerRows[0]).toEqual(['Entry Summary Line Tariff Details']);
    expect(r.rows.length).toBe(6);
    expect(r.rows[0]?.[3]).toBe('Acme Trading, Inc.');
    expect(r.rows[3]?.[3]).toBe('Müller GmbH "Nord"');
  });
});

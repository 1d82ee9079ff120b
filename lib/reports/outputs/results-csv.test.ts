import { describe, expect, it } from 'vitest';
import { analyzedEntry } from './entry.fixture';
import { buildResultsCsv, csvCell, formatCents, RESULT_COLUMNS } from './results-csv';

/** A small RFC 4180 parser, enough to read our own output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('formatCents', () => {
  it.each([
    [123_456, '1234.56'],
    [0, '0.00'],
    [5, '0.05'],
    [100, '1.00'],
    [-5, '-0.05'],
    [-123_456, '-1234.56'],
    [10.4, '0.10'],
  ])('%d -> %s', (cents, expected) => expect(formatCents(cents)).toBe(expected));
});

describe('csvCell', () => {
  it.each<[string | number | boolean | null, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\r=1', '"\'\r=1"'],
    ['-1234.56', '-1234.56'], // a plain number is not a formula
    [null, ''],
    [7, '7'],
    ['', ''],
  ])('%j -> %j', (value, expected) => expect(csvCell(value)).toBe(expected));
});

describe('buildResultsCsv', () => {
  it('writes a header and one row per entry, with a BOM and CRLF', () => {
    const csv = buildResultsCsv([analyzedEntry(), analyzedEntry({ entryNumber: 'XYZ00000011' })]);
    expect(csv.startsWith('\uFEFFEntry Number,Entry Number Valid,Status,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(RESULT_COLUMNS.map((c) => c.header));
    for (const row of rows) expect(row).toHaveLength(RESULT_COLUMNS.length);
  });

  it('formats money in dollars and dates as ISO, and round-trips untrusted text', () => {
    const entry = analyzedEntry({
      importerName: 'Müller, "Best" Imports\nGmbH',
      ieepaDutyCents: -2_050,
      flags: ['bad-check-digit', 'cape-last-day-holiday'],
      notes: ['one', 'two'],
      protestNumber: '=cmd|calc',
    });
    const [header, row] = parseCsv(buildResultsCsv([entry], { bom: false }));
    const record = Object.fromEntries((header ?? []).map((h, i) => [h, row?.[i]]));
    expect(record).toMatchObject({
      'Entry Number': 'ABC12345676',
      'Entry Number Valid': 'yes',
      Status: 'cape-window',
      'IEEPA Duty (USD)': '-20.50',
      'Other Duty (USD)': '50.00',
      'Section 301 Duty (USD)': '25.00',
      'Importer Name': 'Müller, "Best" Imports\nGmbH',
      'CAPE Last Day': '2026-04-20',
      'Protest Last Day': '2026-07-29',
      'Projected Liquidation (estimate)': '',
      'Entry Date': '2025-06-02',
      'Protest Number': "'=cmd|calc",
      Flags: 'bad-check-digit; cape-last-day-holiday',
      Notes: 'one | two',
      'Line Count': '4',
      Rule: 'cape-phase1-2026-04-20:cape-window',
    });
  });

  it('neutralises a formula in every text column', () => {
    const evil = '=1+1';
    const entry = analyzedEntry({
      entryNumber: evil,
      importerName: evil,
      importerNumber: evil,
      port: evil,
      statusReason: evil,
      liquidationStatusRaw: evil,
      protestStatusRaw: evil,
      sources: [evil],
      notes: [evil],
    });
    const [, row] = parseCsv(buildResultsCsv([entry], { bom: false }));
    for (const cell of row ?? []) expect(cell).not.toMatch(/^[=+@\t\r]/);
    expect(row?.filter((c) => c === `'${evil}`)).toHaveLength(9);
  });

  it('writes only the header for no entries', () => {
    expect(parseCsv(buildResultsCsv([], { bom: false }))).toHaveLength(1);
  });
});

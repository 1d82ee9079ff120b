import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AnalysisResult, analyzeFiles, createAnalyzer } from '@/lib/reports/analyze';
import { headerSignature } from '@/lib/reports/columns';
import type { AnalyzedEntry } from '@/lib/reports/model';
import { buildCapeDeclarations } from '@/lib/reports/outputs/cape-csv';
import type { ByteSource } from '@/lib/reports/read/types';

const AS_OF = '2026-06-01';
const DIR = join(__dirname, '../fixtures/reports');

function bytesSource(name: string, bytes: Uint8Array): ByteSource {
  return { name, size: bytes.length, stream: () => new Blob([new Uint8Array(bytes)]).stream() };
}
const fixture = (name: string) => bytesSource(name, readFileSync(join(DIR, name)));

const MAIN = [
  'es003-banner-bom-crlf.csv',
  'es701-liquidations.csv',
  'protest-history.txt',
  'cape-validation.txt',
  'es003-semicolon.txt',
];

function entry(result: AnalysisResult, number: string): AnalyzedEntry {
  const found = Array.from(result.entries).find((e) => e.entryNumber === number);
  if (!found) throw new Error(`no entry ${number}`);
  return found;
}

describe('analyzeFiles over ES-003 + ES-701 + protest + CAPE files', async () => {
  const result = await analyzeFiles(MAIN.map(fixture), { asOf: AS_OF });

  it('detects each report and its format', () => {
    expect(result.files.map((f) => [f.name, f.report, f.format, f.error])).toEqual([
      ['es003-banner-bom-crlf.csv', 'es003', 'csv', undefined],
      ['es701-liquidations.csv', 'es701', 'csv', undefined],
      ['protest-history.txt', 'protest', 'pipe', undefined],
      ['cape-validation.txt', 'cape', 'tsv', undefined],
      ['es003-semicolon.txt', 'es003', 'semicolon', undefined],
    ]);
    expect(result.files[0]?.headerRowNumber).toBe(3);
    expect(result.files[1]?.headersVerified).toBe(false);
  });

  it('counts every skipped row with its reason', () => {
    const es003 = result.files[0];
    expect(es003?.rows).toBe(12);
    expect(es003?.skipped).toBe(3);
    expect(es003?.skippedByReason).toEqual({
      'no entry number': 1,
      'duty amount is not an amount': 1,
      'entry number is not 11 letters/digits (XXX-NNNNNNN-C)': 1,
    });
    expect(es003?.warnings.join('\n')).toMatch(
      /1 row skipped: duty amount is not an amount \(first: row 13\)/,
    );
  });

  it('sums IEEPA and other duty per entry in integer cents', () => {
    const e = entry(result, 'ABC12345676');
    expect([e.ieepaDutyCents, e.section301DutyCents, e.otherDutyCents, e.lineCount]).toEqual([
      100000, -2550, -2550, 3,
    ]);
    const f = entry(result, 'ABC12345684');
    expect([f.ieepaDutyCents, f.section122DutyCents, f.otherDutyCents, f.entryType]).toEqual([
      123450,
      500,
      500,
      '01',
    ]);
    const m = entry(result, 'M1234567893');
    expect([m.ieepaDutyCents, m.section301DutyCents, m.otherDutyCents]).toEqual([1250, 123456, 123766]);
    expect(result.totals.ieepaDutyCents).toBe(250400);
    expect(result.totals.lines).toBe(12);
  });

  it('prefers ES-701 for liquidation and notes the conflict', () => {
    const e = entry(result, 'ABC12345676');
    expect(e.liquidationDate).toBe('2026-03-20');
    expect(e.flags).toContain('liquidation-date-conflict');
    expect(e.notes.join()).toMatch(
      /ES-003 gives liquidation date 2026-03-13, ES-701 2026-03-20; using ES-701/,
    );
    expect([e.status, e.capeLastDay, e.protestLastDay]).toEqual(['cape-window', '2026-06-08', '2026-09-16']);
    expect(e.sources).toEqual(['es003-banner-bom-crlf.csv', 'es701-liquidations.csv', 'cape-validation.txt']);
    expect(e.flags).toContain('cape-claim-status');
    expect(entry(result, 'ABC12345684').status).toBe('protest-window');
  });

  it('flags a bad check digit without dropping the entry, and joins the protest file', () => {
    const e = entry(result, 'ABC12345690');
    expect(e.entryNumberValid).toBe(false);
    expect(e.flags[0]).toBe('bad-check-digit');
    expect(e.notes[0]).toMatch(/check digit should be 2/);
    expect([e.status, e.protestNumber, e.protestStatusRaw, e.port, e.entryDate]).toEqual([
      'protested',
      '270426100001',
      'Open',
      '0301',
      '2025-05-23',
    ]);
    expect(result.totals.badCheckDigit).toBe(1);
  });

  it('covers exclusions, skipped lines and entries without line detail', () => {
    expect(entry(result, 'SP700000014').status).toBe('cape-excluded');
    const partial = entry(result, 'ABC12345700');
    expect([partial.ieepaDutyCents, partial.status]).toEqual([700, 'unliquidated']);
    expect(partial.flags).toContain('lines-skipped');
    const only701 = entry(result, 'EF101234567');
    expect([only701.status, only701.lineCount]).toEqual(['no-ieepa', 0]);
    expect(only701.flags).toContain('no-line-detail');
  });

  it('totals by status and the monthly view', () => {
    expect(result.totals.entries).toBe(7);
    expect(result.totals.byStatus['cape-window']).toEqual({ entries: 1, ieepaDutyCents: 100000 });
    expect(result.totals.byStatus.unliquidated).toEqual({ entries: 2, ieepaDutyCents: 1950 });
    expect(result.monthly).toEqual([
      {
        importerNumber: '12-3456789',
        month: '2025-01',
        entries: 2,
        totalDutyCents: 98150,
        ieepaDutyCents: 100700,
        otherDutyCents: -2550,
      },
      {
        importerNumber: '12-3456789',
        month: '2025-04',
        entries: 1,
        totalDutyCents: 123950,
        ieepaDutyCents: 123450,
        otherDutyCents: 500,
      },
      {
        importerNumber: '55-5555555',
        month: '2025-05',
        entries: 1,
        totalDutyCents: 125016,
        ieepaDutyCents: 1250,
        otherDutyCents: 123766,
      },
      {
        importerNumber: '98-7654321',
        month: '2025-05',
        entries: 1,
        totalDutyCents: 20000,
        ieepaDutyCents: 20000,
        otherDutyCents: 0,
      },
      {
        importerNumber: '98-7654321',
        month: '2025-06',
        entries: 1,
        totalDutyCents: 5000,
        ieepaDutyCents: 5000,
        otherDutyCents: 0,
      },
      {
        importerNumber: null,
        month: null,
        entries: 1,
        totalDutyCents: 0,
        ieepaDutyCents: 0,
        otherDutyCents: 0,
      },
    ]);
  });

  it('feeds the CAPE declaration builder end to end', () => {
    const cape = buildCapeDeclarations(result.entries);
    expect(cape.included).toBe(3);
    const content = cape.files[0]?.content ?? '';
    expect(content.split('\r\n').filter(Boolean)).toEqual([
      'Entry Number',
      'ABC12345676',
      'ABC12345700',
      'M1234567893',
    ]);
    expect(cape.excluded.map((x) => x.entryNumber)).toContain('ABC12345690');
  });
});

describe('bad input: one bad file does not stop the others', async () => {
  const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
  const hugeRow = `Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount\nABC12345676,9903.01.25,${'x'.repeat(3_000_000)}\nABC12345676,9903.01.25,1\n`;
  const result = await analyzeFiles(
    [
      fixture('empty.csv'),
      bytesSource('garbage.bin', garbage),
      fixture('not-a-report.csv'),
      fixture('es003-missing-duty.csv'),
      fixture('unknown-layout.csv'),
      bytesSource('huge-row.csv', new TextEncoder().encode(hugeRow)),
      fixture('es701-liquidations.csv'),
    ],
    { asOf: AS_OF },
  );
  const error = (name: string) => result.files.find((f) => f.name === name)?.error ?? '';

  it('gives each file a specific message', () => {
    expect(error('empty.csv')).toMatch(/empty/i);
    expect(error('garbage.bin')).toMatch(/not text, CSV or an Excel workbook/);
    expect(error('not-a-report.csv')).toMatch(/Columns found: "Name", "Amount", "Comment"/);
    expect(error('es003-missing-duty.csv')).toMatch(/Closest match: ES-003 .*Line Tariff Duty Amount/);
    expect(error('unknown-layout.csv')).toMatch(
      /Columns found: "Entry #", "Tariff", "Duty Paid", "Date of Entry"/,
    );
    expect(error('huge-row.csv')).toMatch(/longer than/);
    expect(error('es701-liquidations.csv')).toBe('');
    expect(result.entries).toHaveLength(3);
    expect(result.totals.filesFailed).toBe(6);
  });

  it('offers the layout and signature of an unknown file for a mapping', () => {
    const f = result.files.find((x) => x.name === 'unknown-layout.csv');
    expect(f?.signature).toBe(headerSignature(['Entry #', 'Tariff', 'Duty Paid', 'Date of Entry']));
    expect(f?.layout?.needed[0]?.report).toBe('es003');
  });
});

describe('column mapping API', () => {
  it('reads an unknown layout with a user mapping keyed by header signature', async () => {
    const signature = headerSignature(['Entry #', 'Tariff', 'Duty Paid', 'Date of Entry']);
    const analyzer = createAnalyzer({
      asOf: AS_OF,
      mappings: {
        [signature]: {
          report: 'es003',
          columns: { entryNumber: 'Entry #', hts: 'Tariff', duty: 'Duty Paid', entryDate: 'Date of Entry' },
        },
      },
    });
    const file = await analyzer.addFile(fixture('unknown-layout.csv'));
    expect([file.report, file.viaMapping, file.error, file.rows]).toEqual(['es003', true, undefined, 2]);
    const result = analyzer.finish();
    expect(
      Array.from(result.entries, (e) => [
        e.entryNumber,
        e.ieepaDutyCents,
        e.section301DutyCents,
        e.entryDate,
      ]),
    ).toEqual([['ABC12345676', 1000, 400, '2025-01-15']]);
  });
});

describe('entry-level fields across files', () => {
  it('keeps the first entry date, notes a disagreement, and warns on a date that is not one', async () => {
    const header = 'Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount,Entry Date\n';
    const enc = new TextEncoder();
    const a = bytesSource(
      'a.csv',
      enc.encode(
        `${header}ABC12345676,9903.01.25,10.00,01/15/2025\nABC12345684,8471300100,1.00,not a date\n`,
      ),
    );
    const b = bytesSource(
      'b.csv',
      enc.encode(`${header}ABC12345676,9903.01.25,5.00,2025-01-16\nABC12345684,8471300100,1.00,04/10/2025\n`),
    );
    const result = await analyzeFiles([a, b], { asOf: AS_OF });
    const first = entry(result, 'ABC12345676');
    expect(first.entryDate).toBe('2025-01-15');
    // The entry's lines are counted from the first ES-003 that lists it (see "same rows in two files").
    expect(first.ieepaDutyCents).toBe(1000);
    expect(first.flags).toContain('lines-in-two-files');
    expect(first.flags).toContain('entry-date-conflict');
    expect(first.notes).toContain(
      'Files disagree on the entry date (2025-01-15 and 2025-01-16); using 2025-01-15.',
    );
    // A cell that is not a date is a counted warning and left blank; the next file's date is used.
    expect(result.files[0]?.warnings.join('\n')).toMatch(
      /Entry Date is not a date in 1 row \(first: row 3, "not a date"\)/,
    );
    expect(entry(result, 'ABC12345684').entryDate).toBe('2025-04-10');
    expect(entry(result, 'ABC12345684').flags).not.toContain('entry-date-conflict');
  });
});

describe('XLSX and CSV exports of the same report agree', () => {
  it('gives the same entries from a workbook and a CSV', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { generateEs003Csv, generateEs003Xlsx } = await import('../../scripts/bench/generate');
    const { nodeFileSource } = await import('@/lib/reports/read/node-source');
    const dir = mkdtempSync(join(tmpdir(), 'es003-'));
    try {
      generateEs003Csv(join(dir, 'a.csv'), 400, { seed: 7 });
      await generateEs003Xlsx(join(dir, 'a.xlsx'), 400, { seed: 7 });
      const csv = await analyzeFiles([nodeFileSource(join(dir, 'a.csv'))], { asOf: AS_OF });
      const xlsx = await analyzeFiles([nodeFileSource(join(dir, 'a.xlsx'))], { asOf: AS_OF });
      expect(xlsx.files[0]).toMatchObject({
        report: 'es003',
        format: 'xlsx',
        sheetName: 'Main Report',
        rows: 400,
      });
      expect(csv.files[0]).toMatchObject({ report: 'es003', format: 'csv', rows: 400, skipped: 0 });
      const strip = (r: AnalysisResult) => Array.from(r.entries, ({ sources: _, ...e }) => e);
      expect(strip(xlsx)).toEqual(strip(csv));
      expect(csv.totals.ieepaDutyCents).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Findings of the review of 2026-11 (one test each, written to fail before the fix).
describe('the same rows in two files are counted once', () => {
  const enc = new TextEncoder();
  const csv = (name: string, text: string) => bytesSource(name, enc.encode(text));
  const HEADER = 'Entry Summary Number,Entry Date,HTS Number - Full,Line Tariff Duty Amount\n';
  const A = `${HEADER}ABC12345676,03/10/2025,8471300100,0\nABC12345676,03/10/2025,9903.01.25,"$1,000.00"\n`;

  it('skips a file whose bytes are those of a file already read', async () => {
    const once = await analyzeFiles([csv('es003.csv', A)], { asOf: AS_OF });
    const twice = await analyzeFiles([csv('es003.csv', A), csv('es003 (1).csv', A)], { asOf: AS_OF });
    expect(twice.totals.ieepaDutyCents).toBe(once.totals.ieepaDutyCents);
    expect(twice.totals.lines).toBe(2);
    const copy = twice.files[1];
    expect([copy?.report, copy?.rows, copy?.duplicateOf, copy?.error]).toEqual([
      'es003',
      0,
      'es003.csv',
      undefined,
    ]);
    expect(copy?.warnings.join()).toMatch(/Same file loaded twice.*identical to es003\.csv.*skipped/);
    // Same size, other bytes: read as usual.
    const other = await analyzeFiles([csv('a.csv', A), csv('b.csv', A.replace('1,000.00', '2,000.00'))], {
      asOf: AS_OF,
    });
    expect(other.files[1]?.duplicateOf).toBeUndefined();
    // A copy of a file that failed fails too, and both count as failed.
    const bad = 'Something,Else\n1,2\n';
    const failed = await analyzeFiles([csv('x.csv', bad), csv('x (1).csv', bad)], { asOf: AS_OF });
    expect(failed.files[1]?.duplicateOf).toBe('x.csv');
    expect(failed.files[1]?.error).toBe(failed.files[0]?.error);
    expect(failed.totals.filesFailed).toBe(2);
  });

  it('counts an entry in two overlapping ES-003 exports from the first, with a note naming both', async () => {
    const part1 = csv('jan-mar.csv', A);
    const part2 = csv(
      'mar-may.csv',
      `${HEADER}ABC12345676,03/10/2025,9903.01.25,"$1,000.00"\nABC12345684,04/10/2025,9903.01.25,50.00\n`,
    );
    const result = await analyzeFiles([part1, part2], { asOf: AS_OF });
    const e = entry(result, 'ABC12345676');
    expect([e.ieepaDutyCents, e.lineCount]).toEqual([100000, 2]);
    expect(e.flags).toContain('lines-in-two-files');
    expect(e.notes.join()).toMatch(/in both jan-mar\.csv and mar-may\.csv; counted once, from jan-mar\.csv/);
    expect(entry(result, 'ABC12345684').ieepaDutyCents).toBe(5000);
    expect(result.totals.ieepaDutyCents).toBe(105000);
    expect(result.files[1]?.warnings.join()).toMatch(/1 row of 1 entry already counted from jan-mar\.csv/);
    expect(result.files[1]?.used).toBe(1);
  });

  it('counts a refund once across refund files, and a new refund number from a second file', async () => {
    const header = 'Entry Number,CAPE Declaration Number,Refund Number,Refund Principal Amount\n';
    const first = csv('es022-may.csv', `${header}ABC12345676,D1,R1,100.00\n`);
    const again = csv('es022-june.csv', `${header}ABC12345676,D1,R1,100.00\nABC12345676,D2,R2,25.00\n`);
    const result = await analyzeFiles([first, again], { asOf: AS_OF });
    const e = entry(result, 'ABC12345676');
    expect(e.notes.join()).toContain('CBP reports a refund of $125.00');
    expect(e.notes.join()).toMatch(
      /Refund rows of this entry are in both es022-may\.csv and es022-june\.csv/,
    );
  });
});

describe('liquidation dates across ES-003 and ES-701', () => {
  const enc = new TextEncoder();
  const csv = (name: string, text: string) => bytesSource(name, enc.encode(text));
  const ES003 =
    'Entry Summary Number,Entry Date,HTS Number - Full,Line Tariff Duty Amount,Liquidation Date,Liquidation Status\n';
  const asOf = '2026-06-15';

  it('an ES-701 row without a date keeps ES-003 date; ES-701 date replaces an ES-003 "Unliquidated"', async () => {
    const es003 = csv(
      'es003.csv',
      `${ES003}ABC12345676,03/10/2025,9903.01.25,1000.00,01/09/2026,Liquidated\nABC12345684,03/10/2025,9903.01.25,100,,Unliquidated\n`,
    );
    const es701 = csv('es701.csv', 'Entry Number,Liquidation Date\nABC12345676,\nABC12345684,01/09/2026\n');
    const result = await analyzeFiles([es003, es701], { asOf });
    const kept = entry(result, 'ABC12345676');
    expect([kept.liquidationDate, kept.liquidationStatusRaw, kept.status]).toEqual([
      '2026-01-09',
      'Liquidated',
      'protest-window',
    ]);
    expect(kept.flags).not.toContain('liquidation-date-conflict');
    const notice = entry(result, 'ABC12345684');
    expect([notice.liquidationDate, notice.liquidationStatusRaw, notice.status]).toEqual([
      '2026-01-09',
      null,
      'protest-window',
    ]);
    expect(notice.notes.join()).toMatch(
      /ES-003 says "Unliquidated", but ES-701 gives liquidation date 2026-01-09/,
    );
    expect(buildCapeDeclarations(result.entries).included).toBe(0);
  });

  it('two ES-003 files: a date beats none, the later of two dates wins, the status comes with the date', async () => {
    const older = csv(
      'older.csv',
      `${ES003}ABC12345676,03/10/2025,9903.01.25,100,,Unliquidated\nABC12345684,03/10/2025,9903.01.25,100,01/09/2026,Liquidated\n`,
    );
    const newer = csv(
      'newer.csv',
      `${ES003}ABC12345676,03/10/2025,9903.01.25,100,01/09/2026,Liquidated\nABC12345684,03/10/2025,9903.01.25,100,05/01/2026,Reliquidated\n`,
    );
    const result = await analyzeFiles([older, newer], { asOf });
    const a = entry(result, 'ABC12345676');
    expect([a.liquidationDate, a.liquidationStatusRaw, a.status, a.ieepaDutyCents]).toEqual([
      '2026-01-09',
      'Liquidated',
      'protest-window',
      10000,
    ]);
    expect(a.flags).not.toContain('liquidation-date-conflict');
    const b = entry(result, 'ABC12345684');
    expect([b.liquidationDate, b.liquidationStatusRaw, b.status]).toEqual([
      '2026-05-01',
      'Reliquidated',
      'cape-window',
    ]);
    expect(b.flags).toContain('liquidation-date-conflict');
    expect(b.notes.join()).toMatch(
      /two liquidation dates, 2026-01-09 and 2026-05-01; using the later, 2026-05-01/,
    );
    // The same, files the other way round.
    const reversed = await analyzeFiles([newer, older], { asOf });
    expect(entry(reversed, 'ABC12345684').liquidationDate).toBe('2026-05-01');
    expect(entry(reversed, 'ABC12345676').liquidationStatusRaw).toBe('Liquidated');
  });

  it('reads month-name dates, and flags an unreadable one and keeps it out of the CAPE file', async () => {
    const file = csv(
      'dates.csv',
      `${ES003}ABC12345676,10-Mar-2025,9903.01.25,1000.00,09-Jan-2026,Liquidated\nABC12345684,"Mar 10, 2025",9903.01.25,1000.00,"Jan 9, 2026",\nABC12345692,03/10/2025,9903.01.25,1000.00,early Jan,\n`,
    );
    const result = await analyzeFiles([file], { asOf });
    for (const n of ['ABC12345676', 'ABC12345684']) {
      expect([entry(result, n).entryDate, entry(result, n).liquidationDate]).toEqual([
        '2025-03-10',
        '2026-01-09',
      ]);
    }
    const bad = entry(result, 'ABC12345692');
    expect(bad.flags).toContain('invalid-liquidation-date');
    expect(bad.notes.join()).toMatch(/liquidation date "early Jan" \(dates\.csv\) is not a date/);
    const cape = buildCapeDeclarations(result.entries);
    expect(cape.excluded.find((x) => x.entryNumber === 'ABC12345692')?.reason).toMatch(/could not be read/);
    expect(cape.files.map((f) => f.content).join()).not.toContain('ABC12345692');
  });

  it('reads ES-701 layouts with a bare Status or a protest column as ES-701', async () => {
    const es003 = csv('es003.csv', `${ES003}ABC12345676,03/10/2025,9903.01.25,100,,\n`);
    for (const text of [
      'Entry Number,Liquidation Date,Status\nABC12345676,01/09/2026,Liquidated\n',
      'Entry Number,Liquidation Date,Liquidation Status,Protest Number\nABC12345676,01/09/2026,Liquidated,\n',
    ]) {
      const result = await analyzeFiles([es003, csv('es701.csv', text)], { asOf });
      expect(result.files[1]?.report).toBe('es701');
      const e = entry(result, 'ABC12345676');
      expect([e.liquidationDate, e.status]).toEqual(['2026-01-09', 'protest-window']);
      expect(e.flags).not.toContain('cape-claim-status');
    }
  });
});

describe('protests', () => {
  const enc = new TextEncoder();
  const csv = (name: string, text: string) => bytesSource(name, enc.encode(text));
  const es003 = () =>
    csv(
      'es003.csv',
      'Entry Summary Number,Entry Date,HTS Number - Full,Line Tariff Duty Amount\nABC12345676,03/10/2025,9903.01.25,100\n',
    );

  it.each([
    ['Denied then Pending', '270426100001,Denied\nABC12345676,270426100002,Pending'],
    ['Pending then Denied', '270426100002,Pending\nABC12345676,270426100001,Denied'],
    ['Denied then no status', '270426100001,Denied\nABC12345676,270426100002,'],
  ])(
    'an open or unknown protest keeps the entry protested whatever else is decided (%s)',
    async (_, rows) => {
      const protests = csv(
        'protests.csv',
        `Entry Number,Protest Number,Protest Status\nABC12345676,${rows}\n`,
      );
      const result = await analyzeFiles([es003(), protests], { asOf: AS_OF });
      const e = entry(result, 'ABC12345676');
      expect(e.status).toBe('protested');
      expect(e.notes.join()).toMatch(/Also protest 270426100001 \(Denied\)/);
      expect(buildCapeDeclarations(result.entries).included).toBe(0);
    },
  );

  it('an open protest in ES-003 is not hidden by a decided one in a protest file', async () => {
    const withProtest = csv(
      'es003.csv',
      'Entry Summary Number,Entry Date,HTS Number - Full,Line Tariff Duty Amount,Protest Number,Protest Status\nABC12345676,03/10/2025,9903.01.25,100,270426100001,Open\n',
    );
    const protests = csv(
      'protests.csv',
      'Entry Number,Protest Number,Protest Status\nABC12345676,270426100002,Denied\n',
    );
    const result = await analyzeFiles([withProtest, protests], { asOf: AS_OF });
    expect(entry(result, 'ABC12345676').status).toBe('protested');
    // The protest file's word on the same protest wins over ES-003's.
    const decided = csv(
      'decided.csv',
      'Entry Number,Protest Number,Protest Status\nABC12345676,270426100001,Denied\n',
    );
    const same = await analyzeFiles([withProtest, decided], { asOf: AS_OF });
    expect([entry(same, 'ABC12345676').status, entry(same, 'ABC12345676').protestStatusRaw]).toEqual([
      'unliquidated',
      'Denied',
    ]);
  });

  it.each(['N/A', 'None', '-', '0', 'n/a', '000'])('protest number %j is no protest', async (placeholder) => {
    const file = csv(
      'es003.csv',
      `Entry Summary Number,Entry Date,HTS Number - Full,Line Tariff Duty Amount,Protest Number,Protest Status\nABC12345676,03/10/2025,9903.01.25,100,${placeholder},None\n`,
    );
    const result = await analyzeFiles([file], { asOf: AS_OF });
    const e = entry(result, 'ABC12345676');
    expect([e.status, e.protestNumber]).toEqual(['unliquidated', null]);
    const protests = csv(
      'protests.csv',
      `Entry Number,Protest Number,Protest Status\nABC12345676,${placeholder},\n`,
    );
    const viaFile = await analyzeFiles([es003(), protests], { asOf: AS_OF });
    expect(entry(viaFile, 'ABC12345676').status).toBe('unliquidated');
    expect(viaFile.files[1]?.skippedByReason).toEqual({ 'no protest number': 1 });
  });
});

describe('rows and cells', () => {
  const enc = new TextEncoder();
  const csv = (name: string, text: string) => bytesSource(name, enc.encode(text));

  it('skips rows whose cells do not line up with the header, naming them', async () => {
    const file = csv(
      'shift.csv',
      [
        'Entry Summary Number,Importer Name,HTS Number - Full,Line Tariff Goods Value Amount,Line Tariff Duty Amount',
        'ABC12345676,ACME Inc.,9903.01.25,0.00,100.00',
        'ABC12345684,ACME, Inc.,8471300100,5000.00,0.00',
        'ABC12345684,ACME, Inc.,9903.01.25,0.00,500.00',
        // Fewer cells: trailing empty cells dropped, the missing ones read as blank (a $0 line here).
        'ABC12345684,ACME Inc.,9903.01.25',
        // A trailing delimiter (an empty extra cell) is fine.
        'ABC12345684,ACME Inc.,9903.01.25,0.00,7.00,',
        // A one-cell footer is not a shifted row: skipped for what it is.
        'Report generated 06/01/2026',
        '',
      ].join('\n'),
    );
    const result = await analyzeFiles([file], { asOf: AS_OF });
    const f = result.files[0];
    expect(f?.skippedByReason).toEqual({
      'the number of cells does not match the header': 2,
      'entry number is not 11 letters/digits (XXX-NNNNNNN-C)': 1,
    });
    expect(f?.warnings.join()).toMatch(
      /2 rows skipped: the number of cells does not match the header's 5 \(row 3 has 6 cells, row 4 has 6 cells\).*check the quoting/,
    );
    const e = entry(result, 'ABC12345684');
    expect([e.ieepaDutyCents, e.otherDutyCents, e.lineCount]).toEqual([700, 0, 2]);
    expect(e.flags).toContain('lines-skipped');
  });

  it('reads rows that lost their trailing empty cells: the blank optional columns users add at the end', async () => {
    const file = csv(
      'short.csv',
      [
        'Entry Summary Number,Entry Date,HTS Number - Full,Line Tariff Duty Amount,Liquidation Date,Liquidation Status',
        'ABC12345676,03/02/2026,9903.01.25,100.00',
        'ABC12345684,03/02/2026,9903.01.25,5.00,,',
        '',
      ].join('\n'),
    );
    const result = await analyzeFiles([file], { asOf: AS_OF });
    expect(result.files[0]?.skipped).toBe(0);
    const e = entry(result, 'ABC12345676');
    expect([e.ieepaDutyCents, e.status]).toEqual([10000, 'unliquidated']);
    expect(e.flags).not.toContain('lines-skipped');
    expect(entry(result, 'ABC12345684').status).toBe('unliquidated');
  });

  it.each(['N/A', '-', 'None', '0', '00/00/0000', 'Pending'])(
    'reads the placeholder liquidation date %j as no date: unliquidated, in the CAPE file',
    async (placeholder) => {
      const file = csv(
        'placeholder.csv',
        `Entry Summary Number,Entry Date,HTS Number - Full,Line Tariff Duty Amount,Liquidation Date,Liquidation Status\nABC12345676,03/02/2026,9903.01.25,100.00,${placeholder},Unliquidated\n`,
      );
      const result = await analyzeFiles([file], { asOf: AS_OF });
      const e = entry(result, 'ABC12345676');
      expect(e.status).toBe('unliquidated');
      expect(e.flags).not.toContain('invalid-liquidation-date');
      expect(result.files[0]?.warnings.join()).not.toMatch(/not a date/);
      // The same in an ES-701 beside it (its rows are read by their own handler).
      const es701 = csv(
        'es701.csv',
        `Entry Number,Liquidation Date,Liquidation Status\nABC12345676,${placeholder},Unliquidated\n`,
      );
      const both = await analyzeFiles([file, es701], { asOf: AS_OF });
      expect(entry(both, 'ABC12345676').flags).not.toContain('invalid-liquidation-date');
    },
  );

  it('reads a 10-digit entry number that lost its leading zero, with a note', async () => {
    const { buildXlsx } = await import('@/lib/reports/read/test-support');
    const bytes = buildXlsx([
      {
        name: 'Main Report',
        rows: [
          ['Entry Summary Number', 'Entry Date', 'HTS Number - Full', 'Line Tariff Duty Amount'],
          [1212345670, { date: 45726 }, '9903.01.25', 1000],
          [1212345671, { date: 45726 }, '9903.01.25', 5],
        ],
      },
    ]);
    const result = await analyzeFiles([bytesSource('es003.xlsx', bytes)], { asOf: AS_OF });
    const e = entry(result, '01212345670');
    expect([e.entryNumberValid, e.ieepaDutyCents]).toEqual([true, 100000]);
    expect(e.flags).toContain('entry-number-padded');
    expect(e.notes.join()).toMatch(/"1212345670" in es003\.xlsx was read as 01212345670/);
    // A wrong check digit is not padded into someone else's entry.
    expect(result.entries).toHaveLength(1);
    expect(result.files[0]?.skippedByReason).toEqual({
      'entry number is not 11 letters/digits (XXX-NNNNNNN-C)': 1,
    });
  });

  it('reads bare date serials of a 1904-date workbook in that system, and rejects 14-digit amounts', async () => {
    const { buildXlsx } = await import('@/lib/reports/read/test-support');
    const header = [
      'Entry Summary Number',
      'Entry Date',
      'HTS Number - Full',
      'Line Tariff Duty Amount',
      'Liquidation Date',
    ];
    const bytes = buildXlsx(
      [
        {
          name: 'Main Report',
          rows: [header, ['ABC12345676', 45726 - 1462, '9903.01.25', 1000, 46031 - 1462]],
        },
      ],
      { date1904: true },
    );
    const result = await analyzeFiles([bytesSource('mac.xlsx', bytes)], { asOf: AS_OF });
    const e = entry(result, 'ABC12345676');
    expect([e.entryDate, e.liquidationDate]).toEqual(['2025-03-10', '2026-01-09']);
    const huge = csv(
      'huge.csv',
      'Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount\nABC12345676,9903.01.25,123456789012345.67\nABC12345676,9903.01.25,"1234,567"\n',
    );
    const h = await analyzeFiles([huge], { asOf: AS_OF });
    expect(h.totals.ieepaDutyCents).toBe(0);
    expect(h.files[0]?.skippedByReason).toEqual({
      'duty amount has more than 13 digits before the decimal point': 1,
      'duty amount is not an amount': 1,
    });
  });
});

describe('an unreadable ES-701 liquidation date', () => {
  it('flags the entry and keeps it out of the CAPE file, even when ES-003 has a date', async () => {
    const enc = new TextEncoder();
    const es003 = bytesSource(
      'es003.csv',
      enc.encode(
        'Entry Summary Number,Entry Date,HTS Number - Full,Line Tariff Duty Amount,Liquidation Date\nABC12345676,03/10/2025,9903.01.25,100,05/01/2026\n',
      ),
    );
    const es701 = bytesSource(
      'es701.csv',
      enc.encode('Entry Number,Liquidation Date\nABC12345676,next Friday\n'),
    );
    const result = await analyzeFiles([es003, es701], { asOf: '2026-06-15' });
    const e = entry(result, 'ABC12345676');
    expect([e.liquidationDate, e.status]).toEqual(['2026-05-01', 'cape-window']);
    expect(e.flags).toContain('invalid-liquidation-date');
    expect(e.notes.join()).toMatch(/ES-701's liquidation date "next Friday" \(es701\.csv\) is not a date/);
    expect(buildCapeDeclarations(result.entries).included).toBe(0);
  });
});

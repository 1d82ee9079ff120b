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
    expect(first.ieepaDutyCents).toBe(1500);
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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnMappingsSchema, headerSignature, normalizeHeaderName } from './columns';
import { detectReport, looksLikeHeader } from './detect';
import { REPORT_TYPES } from './report-types';
import { sampleFiles } from './sample/index';

const ES003 = ['Entry Summary Number', 'Entry Date', 'HTS Number - Full', 'Line Tariff Duty Amount'];

describe('header names', () => {
  it.each([
    ['Entry Summary Number', 'entrysummarynumber'],
    ['  ENTRY_SUMMARY_NUMBER ', 'entrysummarynumber'],
    ['HTS Number-Full', 'htsnumberfull'],
    ['Entry #', 'entrynumber'],
    ['Line Tariff Quantity (1)', 'linetariffquantity1'],
  ])('%j -> %j', (raw, norm) => {
    expect(normalizeHeaderName(raw)).toBe(norm);
  });

  it('signature ignores case, spacing and trailing empty cells, but not order', () => {
    const a = headerSignature(['Entry Summary Number', 'HTS Number - Full']);
    expect(headerSignature(['entry summary number', 'HTS NUMBER FULL', '', ' '])).toBe(a);
    expect(headerSignature(['HTS Number - Full', 'Entry Summary Number'])).not.toBe(a);
    expect(a).toMatch(/^h2-[0-9a-f]{8}$/);
  });

  it('every alias is unique within its report layout', () => {
    for (const type of REPORT_TYPES) {
      const seen = new Map<string, string>();
      for (const [field, aliases] of Object.entries(type.columns)) {
        for (const alias of aliases ?? []) {
          const key = normalizeHeaderName(alias);
          expect(seen.get(key), `${type.id}: ${alias}`).toBeUndefined();
          seen.set(key, field);
        }
      }
    }
  });
});

describe('detectReport', () => {
  it.each([
    [ES003, 'es003'],
    [['entry summary number', 'hts number', 'line duty amount'], 'es003'],
    [['Entry Summary Number', 'Liquidation Date', 'Liquidation Status'], 'es701'],
    [['Entry Number', 'Liquidation Date', 'Liquidation Type'], 'es701'],
    [['Protest Number', 'Protest Status', 'Entry Number'], 'protest'],
    [['Entry Number', 'Validation Status'], 'cape'],
    [['Entry Number', 'Declaration ID', 'Claim Status'], 'cape'],
    [
      [
        'Entry Number',
        'CAPE Declaration Number',
        'Refund Number',
        'Refund Principal Amount',
        'Interest Amount',
      ],
      'es022',
    ],
    [['Entry Number', 'Refund Amount'], 'rev615'],
    // ES-003 with the optional protest / liquidation columns stays ES-003.
    [[...ES003, 'Liquidation Date', 'Protest Number', 'Protest Status'], 'es003'],
    // The best match wins, not the first layout whose required columns are there.
    [['Entry Number', 'Liquidation Date', 'Status'], 'es701'],
    [['Entry Number', 'Liquidation Date', 'Liquidation Status', 'Protest Number'], 'es701'],
    [['Entry Number', 'Protest Number', 'Protest Status', 'Liquidation Date'], 'protest'],
    [['Entry Number', 'Protest Number', 'Status'], 'protest'],
    [['Entry Number', 'Status'], 'cape'],
    [['Entry Number', 'Declaration ID', 'Status'], 'cape'],
  ])('%j is %s', (header, report) => {
    const d = detectReport(header);
    expect(d.ok && d.report).toBe(report);
  });

  it('never reads a bare Status as a CAPE claim status next to a liquidation date', () => {
    const d = detectReport(['Entry Number', 'Declaration ID', 'Liquidation Date', 'Status']);
    expect(d.ok && [d.report, d.indexes.liquidationDate, d.indexes.liquidationStatus]).toEqual([
      'es701',
      2,
      3,
    ]);
    // An ES-701 layout with a protest number keeps both the date and the protest column.
    const p = detectReport(['Entry Number', 'Liquidation Date', 'Liquidation Status', 'Protest Number']);
    expect(p.ok && [p.indexes.liquidationDate, p.indexes.protestNumber]).toEqual([1, 3]);
  });

  it.each([
    [['Entry Number', 'Protest Number', 'Protest Status', 'Liquidation Date', 'Entry Date'], 'protest'],
    [['Entry Number', 'Protest Number', 'Protest Status', 'Liquidation Date', 'Importer Name'], 'protest'],
    [
      ['Entry Number', 'Protest Number', 'Protest Decision', 'Liquidation Date', 'Entry Type Code'],
      'protest',
    ],
    // A bare Status beside a protest number is the protest's (a tie with ES-701, and a protest number is
    // what a protest export is keyed on); the liquidation date is still read.
    [['Entry Number', 'Liquidation Date', 'Status', 'Protest Number'], 'protest'],
  ])('a protest export with entry details stays a protest export: %j', (header, report) => {
    const d = detectReport(header);
    expect(d.ok && d.report).toBe(report);
  });

  it.each(
    [
      ...sampleFiles(),
      ...[
        'es701-liquidations.csv',
        'protest-history.txt',
        'cape-validation.txt',
        'es003-semicolon.txt',
        'es003-banner-bom-crlf.csv',
      ].map((name) => ({
        name,
        text: readFileSync(join(__dirname, '../../test/fixtures/reports', name), 'utf8'),
      })),
    ].map((f) => [f.name, f.text] as const),
  )('sample %s detects as before', (name, text) => {
    const expected: Record<string, string> = {
      'sample-ES-003-entry-summary-line-tariff-details.csv': 'es003',
      'sample-ES-701-courtesy-notice-of-liquidation.csv': 'es701',
      'es701-liquidations.csv': 'es701',
      'protest-history.txt': 'protest',
      'cape-validation.txt': 'cape',
      'es003-semicolon.txt': 'es003',
      'es003-banner-bom-crlf.csv': 'es003',
    };
    const line = text.split(/\r?\n/).find((l) => /entry.?(summary.?)?number/i.test(l)) ?? '';
    const delimiter = [',', '\t', ';', '|'].find((d) => line.includes(d)) ?? ',';
    const d = detectReport(line.split(delimiter));
    expect(d.ok && d.report).toBe(expected[name]);
  });

  it('resolves column indexes once, by alias', () => {
    const d = detectReport(['x', ...ES003]);
    if (!d.ok) throw new Error(d.message);
    expect(d.indexes.entryNumber).toBe(1);
    expect(d.indexes.hts).toBe(3);
    expect(d.indexes.duty).toBe(4);
    expect(d.indexes.liquidationDate).toBe(-1);
  });

  it('lists the columns found and needed for an unknown layout', () => {
    const d = detectReport(['Entry Summary Number', 'HTS Number - Full', 'Entry Date']);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.found).toEqual(['Entry Summary Number', 'HTS Number - Full', 'Entry Date']);
    expect(d.needed[0]?.report).toBe('es003');
    expect(d.needed[0]?.missing).toEqual([
      'Line duty amount (Line Tariff Duty Amount / Line Tariff Amount / Line Duty Amount)',
    ]);
    expect(d.message).toContain('Columns found: "Entry Summary Number", "HTS Number - Full", "Entry Date"');
    expect(d.message).toContain('Line Tariff Duty Amount');
  });

  it('uses a mapping remembered for the header signature', () => {
    const header = ['Entry #', 'Tariff', 'Duty Paid'];
    expect(detectReport(header).ok).toBe(false);
    const mappings = columnMappingsSchema.parse({
      [headerSignature(header)]: {
        report: 'es003',
        columns: { entryNumber: 'Entry #', hts: 'tariff', duty: 'Duty Paid' },
      },
    });
    const d = detectReport(header, mappings);
    expect(d.ok && d.viaMapping && d.indexes.duty).toBe(2);
  });

  it('a mapping that misses a required column says which', () => {
    const header = ['Entry #', 'Tariff'];
    const d = detectReport(header, {
      [headerSignature(header)]: { report: 'es003', columns: { entryNumber: 'Entry #' } },
    });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.needed[0]?.missing.join()).toMatch(/HTS number.*Line duty amount/);
  });

  it.each([
    [['Entry Summary Line Tariff Details'], false],
    [['Run Date: 06/01/2026', 'FOR OFFICIAL USE ONLY'], false],
    [['Entry Summary Number', 'HTS Number - Full'], true],
    [['Name', 'Amount'], false],
  ])('looksLikeHeader(%j) = %s', (cells, expected) => {
    expect(looksLikeHeader(cells)).toBe(expected);
  });
});

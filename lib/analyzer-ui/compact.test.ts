import { describe, expect, it } from 'vitest';
import { monthlyByImporter } from '../reports/monthly';
import { analyzedEntry } from '../reports/outputs/entry.fixture';
import { compactEntries, compactMonthly, monthlyAt, rowAt, transferablesOf } from './compact';

describe('compact table', () => {
  const entries = [
    analyzedEntry({
      entryNumber: 'AAA00000011',
      port: null,
      flags: ['bad-check-digit'],
      entryNumberValid: false,
    }),
    analyzedEntry({ entryNumber: 'BBB00000029', status: 'final', ieepaDutyCents: -5, capeLastDay: null }),
  ];

  it('round-trips every shown field', () => {
    const t = compactEntries(entries);
    expect(t.count).toBe(2);
    entries.forEach((e, i) => {
      const row = rowAt(t, i);
      expect(row).toEqual({
        index: i,
        entryNumber: e.entryNumber,
        entryNumberValid: e.entryNumberValid,
        status: e.status,
        ieepaDutyCents: e.ieepaDutyCents,
        otherDutyCents: e.otherDutyCents,
        lineCount: e.lineCount,
        flagCount: e.flags.length,
        importerNumber: e.importerNumber,
        importerName: e.importerName,
        port: e.port,
        entryType: e.entryType,
        entryDate: e.entryDate,
        liquidationDate: e.liquidationDate,
        capeLastDay: e.capeLastDay,
        protestLastDay: e.protestLastDay,
      });
    });
    // Repeated values are stored once.
    expect(t.dict.text.split('12-3456789')).toHaveLength(2);
  });

  it('round-trips the monthly view and lists distinct buffers to transfer', () => {
    const rows = monthlyByImporter(entries);
    const m = compactMonthly(rows);
    expect(rows.map((_, i) => monthlyAt(m, i))).toEqual(rows);
    const buffers = transferablesOf(compactEntries(entries), m);
    expect(new Set(buffers).size).toBe(buffers.length);
  });
});

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

  it('keeps entry numbers as transferable UTF-8 bytes, any characters included', () => {
    const odd = ['ÄBC00000011', '', 'X€Y', 'CCC00000037', '𝔸12'];
    const t = compactEntries(odd.map((entryNumber) => analyzedEntry({ entryNumber })));
    expect(odd.map((_, i) => rowAt(t, i).entryNumber)).toEqual(odd);
    expect(t.entryBytes).toBeInstanceOf(Uint8Array);
    expect(t.entryBytes.byteLength).toBe(new TextEncoder().encode(odd.join('')).byteLength);
    // Many entries: the byte buffer grows past its first guess.
    const many = Array.from({ length: 5000 }, (_, i) => `€${String(i).padStart(20, '0')}`);
    const big = compactEntries(many.map((entryNumber) => analyzedEntry({ entryNumber })));
    expect(rowAt(big, 4999).entryNumber).toBe(many[4999]);
    expect(rowAt(big, 0).entryNumber).toBe(many[0]);
  });

  it('round-trips the monthly view and lists distinct buffers to transfer', () => {
    const rows = monthlyByImporter(entries);
    const m = compactMonthly(rows);
    expect(rows.map((_, i) => monthlyAt(m, i))).toEqual(rows);
    const t = compactEntries(entries);
    const buffers = transferablesOf(t, m);
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers).toContain(t.entryBytes.buffer);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StatusResult } from '../deadlines/status';
import {
  CENTS,
  EntryColumns,
  EntryTable,
  entryKey,
  keyEntryNumber,
  keyFilerCode,
  NO_STRINGS,
  T,
} from './entry-table';

const CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const entryNumber = fc
  .tuple(
    fc.array(fc.constantFrom(...CHARS), { minLength: 3, maxLength: 3 }),
    fc.array(fc.constantFrom(...'0123456789'), { minLength: 8, maxLength: 8 }),
  )
  .map(([a, b]) => `${a.join('')}${b.join('')}`);

const RESULT: StatusResult = {
  status: 'cape-window',
  ruleId: 'r:cape-window',
  reason: 'why',
  capeLastDay: '2026-07-01',
  protestLastDay: '2026-09-01',
  projectedLiquidation: null,
  flags: [],
  notes: [],
};

describe('entry keys', () => {
  it('round-trip every normalized entry number', () => {
    fc.assert(
      fc.property(entryNumber, (n) => {
        const key = entryKey(n);
        expect(key).toBeGreaterThanOrEqual(0);
        expect(Number.isSafeInteger(key)).toBe(true);
        expect(keyEntryNumber(key)).toBe(n);
        expect(keyFilerCode(key)).toBe(n.slice(0, 3));
      }),
    );
  });

  it('order numerically as the strings order by code unit', () => {
    fc.assert(
      fc.property(entryNumber, entryNumber, (a, b) => {
        expect(Math.sign(entryKey(a) - entryKey(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('reject what is not 3 letters/digits and 8 digits', () => {
    for (const bad of [
      '',
      'ABC1234567',
      'ABC123456789',
      'abc12345678',
      'ABC-1234567',
      'ABC1234567X',
      'AB_12345678',
    ])
      expect(entryKey(bad)).toBe(-1);
    expect(keyEntryNumber(entryKey('00000000000'))).toBe('00000000000');
    expect(keyEntryNumber(entryKey('ZZZ99999999'))).toBe('ZZZ99999999');
  });
});

describe('EntryColumns', () => {
  it('finds every added entry through growth and rehashing, and nothing else', () => {
    const cols = new EntryColumns();
    const numbers = new Set<string>();
    // Consecutive numbers (as in an export) and scattered ones; well past the initial capacity.
    for (let i = 0; i < 20_000; i++) numbers.add(`ABC${String(1_000_000 + i * 7).padStart(8, '0')}`);
    for (let i = 0; i < 5_000; i++)
      numbers.add(`${CHARS[i % 36]}${CHARS[(i * 7) % 36]}Z${String((i * 7919) % 1e8).padStart(8, '0')}`);
    const indexes = new Map<string, number>();
    for (const n of numbers) {
      expect(cols.find(entryKey(n))).toBe(-1);
      indexes.set(n, cols.add(entryKey(n), true));
    }
    expect(cols.count).toBe(numbers.size);
    for (const [n, i] of indexes) {
      expect(cols.find(entryKey(n))).toBe(i);
      expect(cols.entryNumber(i)).toBe(n);
    }
    expect(cols.find(entryKey('XYZ00000001'))).toBe(-1);
    // Sealed: reads still work, the key table is gone.
    cols.seal();
    expect(cols.find(entryKey('XYZ00000001'))).toBe(-1);
    expect(cols.entryNumber(0)).toBe([...numbers][0]);
  });

  it('keeps every key findable past 2^20 slots (600k entries)', () => {
    const cols = new EntryColumns();
    const n = 600_000;
    // Keys spread over filer codes and digits, added in a scrambled order.
    const keyAt = (i: number) => (((i * 7919) % n) % 46_656) * 100_000_000 + ((i * 104_729) % n);
    let misses = 0;
    for (let i = 0; i < n; i++) if (cols.add(keyAt(i), true) !== i) misses++;
    for (let i = 0; i < n; i++) if (cols.find(keyAt(i)) !== i) misses++;
    expect(misses).toBe(0);
    expect(cols.find(46_655 * 100_000_000 + 99_999_999)).toBe(-1);
  });

  it('stores text fields by dictionary id (equal ids, equal strings) and null as 0', () => {
    const cols = new EntryColumns();
    const a = cols.add(entryKey('ABC00000011'), true);
    const b = cols.add(entryKey('ABC00000029'), false);
    cols.setText(a, T.importerName, 'ACME IMPORTS');
    cols.setText(b, T.importerName, `ACME ${'IMPORTS'}`);
    cols.setText(a, T.port, '0301');
    cols.setText(b, T.port, null);
    expect(cols.text(a, T.importerName)).toBe('ACME IMPORTS');
    expect(cols.textId(a, T.importerName)).toBe(cols.textId(b, T.importerName));
    expect(cols.hasText(b, T.port)).toBe(false);
    expect(cols.text(b, T.port)).toBeNull();
    expect(cols.text(a, T.entryDate)).toBeNull();
    cols.setText(a, T.importerName, 'OTHER');
    expect(cols.text(a, T.importerName)).toBe('OTHER');
    expect(cols.text(b, T.importerName)).toBe('ACME IMPORTS');
  });

  it('orders entries by entry number, shuffled or already sorted', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entryNumber, { maxLength: 300 }), (numbers) => {
        const cols = new EntryColumns();
        for (const n of numbers) cols.add(entryKey(n), true);
        const order = Array.from(cols.sortedByEntryNumber(), (i) => cols.entryNumber(i));
        expect(order).toEqual([...numbers].sort());
      }),
    );
  });

  it("gives entries without a filer code their entry number's, one string per code", () => {
    const cols = new EntryColumns();
    const a = cols.add(entryKey('AB100000011'), true);
    const b = cols.add(entryKey('AB100000029'), true);
    const c = cols.add(entryKey('ZZ900000011'), true);
    cols.setText(c, T.filerCode, 'XYZ');
    cols.defaultFilerCodes();
    expect([cols.text(a, T.filerCode), cols.text(b, T.filerCode), cols.text(c, T.filerCode)]).toEqual([
      'AB1',
      'AB1',
      'XYZ',
    ]);
    expect(cols.textId(a, T.filerCode)).toBe(cols.textId(b, T.filerCode));
  });

  it('sums lines by HTS class', () => {
    const cols = new EntryColumns();
    const i = cols.add(entryKey('ABC00000011'), true);
    cols.addLine(i, 'ieepa', 1000);
    cols.addLine(i, 'section301', 250);
    cols.addLine(i, 'other', 5);
    expect([
      cols.cents(i, CENTS.ieepa),
      cols.cents(i, CENTS.other),
      cols.cents(i, CENTS.section301),
      cols.lineCount(i),
    ]).toEqual([1000, 255, 250, 3]);
  });
});

describe('EntryTable', () => {
  function table() {
    const cols = new EntryColumns();
    const second = cols.add(entryKey('ZZZ00000019'), true);
    const first = cols.add(entryKey('AAA00000011'), false);
    cols.setText(first, T.entryDate, '2026-01-02');
    const list = cols.addSourceList(Object.freeze(['a.csv']) as string[]);
    cols.setSourceId(second, list);
    const notes = [['n']];
    const table = new EntryTable(cols, Uint32Array.of(first, second), {
      result: [RESULT, RESULT],
      flags: [NO_STRINGS, NO_STRINGS],
      notes: [NO_STRINGS, ...notes],
    });
    return table;
  }

  it('reads entries in order, like an array (at, negative at, out of range, iteration)', () => {
    const t = table();
    expect(t.length).toBe(2);
    expect(t.at(0)?.entryNumber).toBe('AAA00000011');
    expect(t.at(0)?.entryNumberValid).toBe(false);
    expect(t.at(0)?.entryDate).toBe('2026-01-02');
    expect(t.at(0)?.notes).toEqual(['n']);
    expect(t.at(-1)?.entryNumber).toBe('ZZZ00000019');
    expect(t.at(-1)?.sources).toEqual(['a.csv']);
    expect(t.at(1)?.status).toBe('cape-window');
    expect(t.at(1)?.capeLastDay).toBe('2026-07-01');
    expect(t.at(2)).toBeUndefined();
    expect(t.at(-3)).toBeUndefined();
    expect(Array.from(t, (e) => e.entryNumber)).toEqual(['AAA00000011', 'ZZZ00000019']);
    expect(Array.from(t)).toEqual([t.at(0), t.at(1)]);
    // A new object per read: changing one never changes the table.
    const e = t.at(0);
    if (e) e.entryDate = 'changed';
    expect(t.at(0)?.entryDate).toBe('2026-01-02');
  });
});

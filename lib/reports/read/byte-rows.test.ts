import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseMoneyCents } from '../normalize';
import { ByteRowParser, RowScanner } from './byte-rows';
import { DelimitedParser } from './delimited-parser';
import type { RowView } from './types';

type Outcome = { rows: [number, string[]][]; blank: number; error: string | null };

const enc = new TextEncoder();

function viaStrings(text: string, pieces: number[], maxRow: number): Outcome {
  const out: Outcome = { rows: [], blank: 0, error: null };
  const p = new DelimitedParser(
    ',',
    (cells, n) => {
      out.rows.push([n, cells]);
      return undefined;
    },
    maxRow,
  );
  try {
    let at = 0;
    for (let k = 0; at < text.length; k++) {
      const size = pieces[k % pieces.length] as number;
      p.push(text.slice(at, at + size), false);
      at += size;
    }
    p.push('', true);
  } catch (e) {
    out.error = (e as Error).message;
  }
  out.blank = p.blankRows;
  return out;
}

function viaBytes(text: string, pieces: number[], maxRow: number): Outcome {
  const out: Outcome = { rows: [], blank: 0, error: null };
  const p = new ByteRowParser(
    44,
    (row, n) => {
      out.rows.push([n, row.cells()]);
      return undefined;
    },
    maxRow,
    'utf-8',
  );
  const bytes = enc.encode(text);
  try {
    let at = 0;
    for (let k = 0; at < bytes.length; k++) {
      const size = pieces[k % pieces.length] as number;
      p.push(bytes.subarray(at, at + size), false);
      at += size;
    }
    p.push(new Uint8Array(0), true);
  } catch (e) {
    out.error = (e as Error).message;
  }
  out.blank = p.blankRows;
  return out;
}

/** Text made of the characters that matter to a CSV parser, in any order (malformed included). */
const csvish = fc.string({
  unit: fc.constantFrom('a', '1', ',', ',', '"', '"', '\r', '\n', ' ', '\t', 'é', '😀', '\uFEFF'),
  maxLength: 120,
});
const pieces = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 });

describe('ByteRowParser', () => {
  it('agrees with DelimitedParser on arbitrary text: rows, row numbers, blank rows and errors', () => {
    // The string parser gets the text in the same number of pieces; piece edges differ (chars vs
    // bytes), which is the point: neither may depend on where the pieces end.
    fc.assert(
      fc.property(csvish, pieces, pieces, (text, a, b) => {
        const s = viaStrings(text, a, 1000);
        const y = viaBytes(text, b, 1000);
        expect(y).toEqual(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports an unclosed quote and an overlong row like the string parser', () => {
    expect(viaBytes('a,b\n"open,c\nd', [3], 1000).error).toMatch(/Row 2 opens a quoted cell/);
    expect(viaBytes(`a,b\n${'x'.repeat(50)}`, [7], 20).error).toMatch(/Row 2 is longer than/);
    expect(viaBytes('a,b\n"x\n"\n', [1], 1000).rows).toEqual([
      [1, ['a', 'b']],
      [2, ['x\n']],
    ]);
  });

  it('tells an overlong row from an unclosed quote by the cells, however the file is cut', () => {
    // A quote inside a plain cell (12" pipe) opens nothing: the row is just too long.
    const long = `a,b\n12" pipe,${'x'.repeat(60)}\nc,d\n`;
    // A quote that opens a cell and never closes.
    const open = `a,b\nok,"never ${'y'.repeat(60)}\nc,d\n`;
    fc.assert(
      fc.property(pieces, pieces, (a, b) => {
        expect(viaBytes(long, a, 30).error).toMatch(/Row 2 is longer than/);
        expect(viaStrings(long, b, 30).error).toMatch(/Row 2 is longer than/);
        expect(viaBytes(open, a, 30).error).toMatch(/Row 2 opens a quoted cell/);
        expect(viaStrings(open, b, 30).error).toMatch(/Row 2 opens a quoted cell/);
      }),
      { numRuns: 300 },
    );
  });

  it('never mistakes a complex cell for a plain one with the same bytes', () => {
    // "ab" c is `ab c`; ab" c is itself. Both parsers, each row read alone or after the other.
    const text = 'h\n"ab" c\nab" c\n"a""b"\na""b"\n';
    const want = [['ab c'], ['ab" c'], ['a"b'], ['a""b"']];
    expect(
      viaBytes(text, [1000], 1000)
        .rows.map(([, cells]) => cells)
        .slice(1),
    ).toEqual(want);
    const firsts: (string | undefined)[] = [];
    const p = new ByteRowParser(44, (row) => void firsts.push(row.text(0)), 1000, 'utf-8');
    p.push(enc.encode(text), true);
    expect(firsts.slice(1)).toEqual(want.map((r) => r[0]));
  });

  it('scans a long row that arrives in small pieces in linear time, not once per piece', () => {
    // A quoted cell with line breaks running over 300 KB, then ordinary rows, in 7-byte pieces.
    const text = `a,b\n1,"${'x\n'.repeat(150_000)}"\n${'2,y\n'.repeat(1000)}`;
    const scan = vi.spyOn(RowScanner.prototype, 'scan');
    try {
      const out = viaBytes(text, [7], 1024 * 1024);
      expect(out.error).toBeNull();
      expect(out.rows).toHaveLength(1002);
      expect(out.rows[1]?.[1][1]).toHaveLength(300_000);
      const scanned = scan.mock.calls.reduce((n, [bytes]) => n + bytes.length, 0);
      expect(scanned).toBeLessThan(4 * text.length);
    } finally {
      scan.mockRestore();
    }
  });

  it('returns the same string for a repeated value, decoded once', () => {
    const seen: (string | undefined)[] = [];
    const p = new ByteRowParser(
      44,
      (row) => {
        seen.push(row.text(1));
        return undefined;
      },
      1000,
      'utf-8',
    );
    p.push(enc.encode('1,Müller GmbH\n2,Acme\n3,Müller GmbH\n4,Müller GmbH\n'), true);
    expect(seen).toEqual(['Müller GmbH', 'Acme', 'Müller GmbH', 'Müller GmbH']);
    expect(p.replaced).toBe(false);
  });

  it('flags invalid UTF-8 in a decoded cell', () => {
    const p = new ByteRowParser(44, (row) => void row.cells(), 1000, 'utf-8');
    p.push(new Uint8Array([0x61, 0x2c, 0xff, 0x0a]), true);
    expect(p.replaced).toBe(true);
  });

  it('reads Windows-1252 bytes as such', () => {
    const rows: string[][] = [];
    const p = new ByteRowParser(59, (row) => void rows.push(row.cells()), 1000, 'windows-1252');
    p.push(new Uint8Array([0x4d, 0xfc, 0x3b, 0x5a, 0x6f, 0xeb, 0x0d, 0x0a]), true);
    expect(rows).toEqual([['Mü', 'Zoë']]);
  });
});

describe('RowView.plainCents', () => {
  // One parser for all cases (it is built once per file in real use).
  let got: number | undefined;
  const parser = new ByteRowParser(
    44,
    (row: RowView) => {
      got = row.plainCents(1);
      return undefined;
    },
    1000,
    'utf-8',
  );
  const centsOf = (cell: string): number | undefined => {
    got = undefined;
    const quoted = /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
    parser.push(enc.encode(`x,${quoted}\n`), false);
    return got;
  };

  it.each([
    ['$1,234.56', 123456],
    ['1234.5', 123450],
    ['0', 0],
    ['$0.00', 0],
    ['12,345,678.9', 1234567890],
    ['9999999999999.99', 999999999999999],
  ])('%s is %d cents', (cell, cents) => {
    expect(centsOf(cell)).toBe(cents);
  });

  it.each([
    '',
    '-1.00',
    '(1.00)',
    '1.234',
    '1,23',
    '1 234',
    '$',
    '1.2.3',
    ',123',
    '1e3',
    '€1',
    // 14+ whole digits (beyond exact sums), and thousands groups that are no groups.
    '12345678901234',
    '123456789012345.67',
    '0,125',
    '1234,567',
  ])('%j is left to the full parser', (cell) => {
    expect(centsOf(cell)).toBeUndefined();
  });

  it('never disagrees with parseMoneyCents', () => {
    const amount = fc.string({
      unit: fc.constantFrom('0', '1', '5', '9', ',', '.', '$', '-', ' ', '(', ')'),
      maxLength: 16,
    });
    fc.assert(
      fc.property(amount, (cell) => {
        const fast = centsOf(cell);
        if (fast !== undefined) expect(fast).toBe(parseMoneyCents(cell));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('RowView.leadingDigits', () => {
  let got = -2;
  let n = 2;
  const parser = new ByteRowParser(
    44,
    (row: RowView) => {
      got = row.leadingDigits(1, n);
      return undefined;
    },
    1000,
    'utf-8',
  );
  const leadOf = (cell: string, digits: number): number => {
    got = -2;
    n = digits;
    const quoted = /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
    parser.push(enc.encode(`x,${quoted}\n`), false);
    return got;
  };

  it('reads the first digits, skipping everything else', () => {
    expect(leadOf('9903.01.24', 2)).toBe(99);
    expect(leadOf('8517.62.0090', 4)).toBe(8517);
    expect(leadOf(' 0 1x', 2)).toBe(1);
    expect(leadOf('9', 2)).toBe(-1);
    expect(leadOf('', 2)).toBe(-1);
    // Non-ASCII cells are left to text(), which decodes them (and notices invalid UTF-8).
    expect(leadOf('é9😀9', 2)).toBe(-1);
    expect(leadOf('99é', 2)).toBe(-1);
  });

  it('never disagrees with the digits of the decoded text', () => {
    const cell = fc.string({
      unit: fc.constantFrom('9', '0', '3', '.', ' ', '-', 'a', 'é', '"', ','),
      maxLength: 14,
    });
    fc.assert(
      fc.property(cell, fc.integer({ min: 1, max: 4 }), (text, digits) => {
        const all = text.replace(/\D/g, '');
        const lead = leadOf(text, digits);
        // -1 is always allowed (the caller reads the text instead); a number must be the right one.
        if (lead !== -1) expect(lead).toBe(Number(all.slice(0, digits)));
        if (lead === -1 && !text.includes('"') && ![...text].some((ch) => ch.charCodeAt(0) > 0x7f))
          expect(all.length).toBeLessThan(digits);
      }),
      { numRuns: 3000 },
    );
  });
});

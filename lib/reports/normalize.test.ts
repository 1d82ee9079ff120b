import { describe, expect, it } from 'vitest';
import { BLANK, createDateParser, formatDollars, parseMoneyCents, parseReportDate } from './normalize';

describe('parseMoneyCents', () => {
  it.each([
    ['$1,234.56', 123456],
    ['1234.5', 123450],
    ['-5', -500],
    ['(12.00)', -1200],
    ['($12.00)', -1200],
    ['5.00-', -500],
    ['-$5.01', -501],
    ['$-5.01', -501],
    ['+7', 700],
    ['0.29', 29],
    ['0.57', 57],
    ['1.005', 101],
    ['0.30000000000000004', 30],
    ['1234.5649999', 123456],
    ['.5', 50],
    ['7.', 700],
    ['  $ 2,567.49 ', 256749],
    ['FREE', 0],
    ['free', 0],
    ['', 0],
    ['   ', 0],
    [undefined, 0],
    ['1.5E+3', 150000],
    ['4.2E-3', 0],
    ['5E-3', 1],
    ['-2.5e1', -2500],
    ['12\u00a0345.00', 1234500],
    ['90071992547409.91', 9007199254740991],
    ['1,234', 123400],
    ['1,234,567.89', 123456789],
    ['12,50', 1250],
    ['3,1', 310],
    ['1.234,56', 123456],
    ['1.234.567', 123456700],
  ] as const)('%j -> %j cents', (raw, cents) => {
    expect(parseMoneyCents(raw)).toBe(cents);
  });

  it.each([
    ['abc'],
    ['12abc'],
    ['1.2.3'],
    ['1,2,3'],
    ['1.2.3.4'],
    [','],
    ['(12'],
    ['12)'],
    ['--5'],
    ['1-2'],
    ['$'],
    ['-'.repeat(2)],
    ['99999999999999999999'],
    ['1e'],
  ])('%j is not an amount', (raw) => {
    expect(parseMoneyCents(raw)).toBeNull();
  });

  it('sums without float drift', () => {
    let total = 0;
    for (let i = 0; i < 1000; i++) total += parseMoneyCents('0.10') ?? Number.NaN;
    expect(total).toBe(10000);
  });

  it.each([
    [0, '$0.00'],
    [123456789, '$1,234,567.89'],
    [-1200, '-$12.00'],
    [5, '$0.05'],
  ])('formatDollars(%j) = %j', (cents, text) => {
    expect(formatDollars(cents)).toBe(text);
  });
});

describe('parseReportDate', () => {
  it.each([
    ['01/15/2025', '2025-01-15'],
    ['1/5/25', '2025-01-05'],
    ['12/31/99', '1999-12-31'],
    ['2025-01-15', '2025-01-15'],
    ['2025/1/5', '2025-01-05'],
    ['20250115', '2025-01-15'],
    ['45678', '2025-01-21'],
    ['45678.75', '2025-01-21'],
    ['45351', '2024-02-29'],
    ['01/15/2025 00:00:00', '2025-01-15'],
    ['2025-01-15T13:00:00Z', '2025-01-15'],
    ['02/29/2024', '2024-02-29'],
    [' 03/04/2026 ', '2026-03-04'],
  ])('%j -> %j', (raw, date) => {
    expect(parseReportDate(raw)).toBe(date);
  });

  it.each([
    ['02/29/2025'],
    ['13/01/2025'],
    ['2025-02-30'],
    ['hello'],
    ['123'],
    ['99999'],
    ['1/2'],
    ['0/1/2025'],
  ])('%j is not a date', (raw) => {
    expect(parseReportDate(raw)).toBeNull();
  });

  it('caches by raw text and tells blank from invalid', () => {
    const parse = createDateParser(2);
    expect(parse('01/02/2025')).toBe('2025-01-02');
    expect(parse('01/02/2025')).toBe('2025-01-02');
    expect(parse('')).toBe(BLANK);
    expect(parse('  ')).toBe(BLANK);
    expect(parse(undefined)).toBe(BLANK);
    expect(parse('nope')).toBeNull();
    expect(parse('2025-03-04')).toBe('2025-03-04');
  });
});

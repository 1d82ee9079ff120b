import { describe, expect, it } from 'vitest';
import {
  BLANK,
  createDateParser,
  formatDollars,
  isOverlongAmount,
  parseMoneyCents,
  parseReportDate,
} from './normalize';

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
    ['9999999999999.99', 999999999999999],
    ['9,999,999,999,999', 999999999999900],
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
    // More than 13 digits before the point: not exact once summed in cents.
    ['90071992547409.91'],
    ['10000000000000'],
    ['123,456,789,012,345.67'],
    ['1.5E+20'],
    // Thousands groups: the first 1-3 digits and not starting with 0, the others exactly 3.
    ['1234,567'],
    ['0,125'],
    ['12345,678'],
    ['1234,567.89'],
    ['1234.567,89'],
    ['012,345'],
  ])('%j is not an amount', (raw) => {
    expect(parseMoneyCents(raw)).toBeNull();
  });

  it.each([
    ['123456789012345.67', true],
    ['$ 12,345,678,901,234.00', true],
    ['0000000000000001.00', false],
    ['9999999999999.99', false],
    ['abc', false],
  ])('isOverlongAmount(%j) = %s', (raw, overlong) => {
    expect(isOverlongAmount(raw)).toBe(overlong);
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
    // Month names, as BusinessObjects / Oracle and people write them.
    ['09-Jan-2026', '2026-01-09'],
    ['10-Mar-2025', '2025-03-10'],
    ['9-JAN-26', '2026-01-09'],
    ['10-OCT-2025 00:00:00', '2025-10-10'],
    ['9 Jan 2026', '2026-01-09'],
    ['Jan 9, 2026', '2026-01-09'],
    ['January 9, 2026', '2026-01-09'],
    ['Mar 10 2025', '2025-03-10'],
    ['Sept. 9, 2025', '2025-09-09'],
    ['dec 31, 2025 12:00 AM', '2025-12-31'],
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
    ['31-Feb-2025'],
    ['09-Jam-2026'],
    ['Janu 9, 2026'],
    ['Jan 32, 2026'],
    ['sometime in January'],
  ])('%j is not a date', (raw) => {
    expect(parseReportDate(raw)).toBeNull();
  });

  it('reads bare serials in the 1904 date system when asked', () => {
    // 45726 is 2025-03-10 in the 1900 system; the same day is 44264 in the 1904 system.
    expect(parseReportDate('45726')).toBe('2025-03-10');
    expect(parseReportDate('44264', true)).toBe('2025-03-10');
    expect(createDateParser(10, true)('44264')).toBe('2025-03-10');
    expect(parseReportDate('03/10/2025', true)).toBe('2025-03-10');
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

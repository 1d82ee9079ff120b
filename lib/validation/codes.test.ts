import { describe, expect, it } from 'vitest';
import { validateYear } from './codes';
import { validate } from './index';

describe('validate filerCode (DOMAIN.md §3.5)', () => {
  it.each([
    ['ABC', 'ABC'],
    ['a1b', 'A1B'],
    ['001', '001'],
    ['999', '999'],
    ['9ZZ', '9ZZ'],
    [' sp7 ', 'SP7'],
  ])('%j is ok as %s', (raw, normalized) => {
    expect(validate('filerCode', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    ['000', '000 is not a filer code: enter the 3 characters CBP assigned to the filer.'],
    ['AB', 'A filer code has 3 letters or digits, but this has 2.'],
    ['ABCD', 'A filer code has 3 letters or digits, but this has 4.'],
    ['A_C', 'A filer code holds only letters and digits: remove “_”.'],
  ])('%j is an error: %s', (raw, message) => {
    expect(validate('filerCode', raw)).toEqual({ level: 'error', message });
  });
});

describe('validate portCode (DOMAIN.md §3.7)', () => {
  it.each([
    ['2704', '2704'],
    ['4601', '4601'],
    ['27 04', '2704'],
  ])('%j is ok as %s', (raw, normalized) => {
    expect(validate('portCode', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    ['270', 'A port code has 4 digits (DDPP, e.g. 2704), but this has 3.'],
    ['27041', 'A port code has 4 digits (DDPP, e.g. 2704), but this has 5.'],
    ['LAX1', 'A port code has only digits (DDPP, e.g. 2704): remove “L” (a letter where a 1 belongs?).'],
  ])('%j is an error: %s', (raw, message) => {
    expect(validate('portCode', raw)).toEqual({ level: 'error', message });
  });
});

describe('validate duns', () => {
  it.each([
    ['123456789', '123456789'],
    ['12-345-6789', '123456789'],
  ])('%j is ok as %s', (raw, normalized) => {
    expect(validate('duns', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    ['12345678', 'A D-U-N-S number has 9 digits, but this has 8.'],
    ['000000000', '000000000 is not a D-U-N-S number: copy the 9 digits Dun & Bradstreet issued.'],
  ])('%j is an error: %s', (raw, message) => {
    expect(validate('duns', raw)).toEqual({ level: 'error', message });
  });
});

describe('validate naics', () => {
  it.each(['111110', '336111', '423690', '454110', '493110', '541614', '921190'])('%s is ok', (raw) => {
    expect(validate('naics', raw)).toEqual({ level: 'ok', normalized: raw });
  });

  it.each([
    ['12345', 'A NAICS code has 6 digits, but this has 5.'],
    [
      '191111',
      'NAICS codes start with a sector such as 31–33 (manufacturing) or 42 (wholesale), not 19: re-check the code.',
    ],
    [
      '341111',
      'NAICS codes start with a sector such as 31–33 (manufacturing) or 42 (wholesale), not 34: re-check the code.',
    ],
  ])('%j is an error: %s', (raw, message) => {
    expect(validate('naics', raw).message).toBe(message);
    expect(validate('naics', raw).level).toBe('error');
  });
});

describe('year', () => {
  it.each([
    ['1776', 'ok'],
    ['1999', 'ok'],
    ['2026', 'ok'],
    ['2027', 'error'],
    ['1775', 'warning'],
    ['0999', 'warning'],
    ['99', 'error'],
    ['20 26', 'ok'],
  ] as const)('validateYear(%j) with current year 2026 is %s', (raw, level) => {
    expect(validateYear(raw, 2026).level).toBe(level);
  });

  it('names the problem', () => {
    expect(validateYear('2027', 2026)).toEqual({
      level: 'error',
      message: '2027 is in the future: enter the year the business was established.',
      normalized: '2027',
    });
    expect(validateYear('1650', 2026)).toEqual({
      level: 'warning',
      message: '1650 is before 1776: check the year established.',
      normalized: '1650',
    });
    expect(validateYear('19999', 2026)).toEqual({
      level: 'error',
      message: 'A year has 4 digits (YYYY), but this has 5.',
    });
  });

  it('validate uses the real clock: this year is ok, next year is not', () => {
    const thisYear = new Date().getFullYear();
    expect(validate('year', String(thisYear)).level).toBe('ok');
    expect(validate('year', String(thisYear + 1)).level).toBe('error');
  });
});

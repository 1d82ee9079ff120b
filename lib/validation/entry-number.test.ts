import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compactEntryNumberValid,
  entryCheckDigit,
  formatEntryNumber,
  normalizeEntryNumber,
  validateEntryNumber,
} from './entry-number';
import { validate } from './index';

// An independent reading of DOMAIN.md §3.6, written step by step as the spec words it (letters to
// values, double even positions, add the digits of each product), to check the implementation against.
const SPEC_LETTERS = 'A1 B2 C3 D4 E5 F6 G7 H8 I9 J1 K2 L3 M4 N5 O6 P7 Q8 R9 S2 T3 U4 V5 W6 X7 Y8 Z9';
function specCheckDigit(base: string): number {
  const table = new Map(SPEC_LETTERS.split(' ').map((pair) => [pair[0], Number(pair[1])]));
  let total = 0;
  [...base].forEach((ch, index) => {
    const value = table.get(ch) ?? Number(ch);
    const position = index + 1;
    const product = position % 2 === 0 ? value * 2 : value;
    total += [...String(product)].reduce((sum, digit) => sum + Number(digit), 0);
  });
  return (10 - (total % 10)) % 10;
}

const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const digit = fc.constantFrom(...'0123456789');
const filerCode = fc
  .tuple(fc.constantFrom(...ALNUM), fc.constantFrom(...ALNUM), fc.constantFrom(...ALNUM))
  .map((chars) => chars.join(''))
  .filter((code) => code !== '000');
const serial = fc.string({ unit: digit, minLength: 7, maxLength: 7 });
const base10 = fc.tuple(filerCode, serial).map(([f, s]) => f + s);

describe('entryCheckDigit', () => {
  it.each([
    ['ABC1234567', 6],
    ['SP70000001', 4],
    ['9999999999', 0],
    ['EF10123456', 7],
    ['M123456789', 3],
    ['abc1234567', 6],
  ])('%s -> %i (DOMAIN.md §3.6 worked examples)', (base, expected) => {
    expect(entryCheckDigit(base)).toBe(expected);
  });

  it.each(['', 'ABC123456', 'ABC12345678', 'ABC-123456', 'ABCD123456', 'AB1234567X', '1234567890 '])(
    'returns null for %j, which is not filer code + 7 digits',
    (base) => {
      expect(entryCheckDigit(base)).toBeNull();
    },
  );

  it('returns null for non-string input instead of throwing', () => {
    expect(entryCheckDigit(1234567890 as unknown as string)).toBeNull();
    expect(entryCheckDigit(undefined as unknown as string)).toBeNull();
  });

  it('agrees with a step-by-step reading of the spec for every base', () => {
    fc.assert(fc.property(base10, (base) => entryCheckDigit(base) === specCheckDigit(base)));
  });
});

describe('normalizeEntryNumber', () => {
  it.each([
    ['ABC-1234567-6', { normalized: 'ABC12345676', valid: true, expectedCheckDigit: 6 }],
    ['abc 1234567 6', { normalized: 'ABC12345676', valid: true, expectedCheckDigit: 6 }],
    ['ABC-1234567-5', { normalized: 'ABC12345675', valid: false, expectedCheckDigit: 6 }],
    ['ABC-1234567', { normalized: 'ABC1234567', valid: false, expectedCheckDigit: 6 }],
    // The check digit is right; only the 000 filer code makes it invalid.
    ['000-1234567-4', { normalized: '00012345674', valid: false, expectedCheckDigit: 4 }],
    ['ABC-12345X7-6', { normalized: 'ABC12345X76', valid: false }],
    ['', { normalized: '', valid: false }],
  ])('%j -> %o', (raw, expected) => {
    expect(normalizeEntryNumber(raw)).toEqual(expected);
  });

  it('never throws on non-string input', () => {
    expect(normalizeEntryNumber(null)).toEqual({ normalized: '', valid: false });
    expect(normalizeEntryNumber(42)).toEqual({ normalized: '', valid: false });
  });
});

describe('compactEntryNumberValid', () => {
  it('agrees with normalizeEntryNumber on 11-character strings, and is null off the normalized shape', () => {
    const char = fc.constantFrom(...'0123456789ABJSZ0a- '.split(''));
    fc.assert(
      fc.property(fc.array(char, { minLength: 9, maxLength: 12 }), (chars) => {
        const raw = chars.join('');
        const fast = compactEntryNumberValid(raw);
        const shaped = /^[0-9A-Z]{3}\d{8}$/.test(raw);
        if (!shaped) expect(fast).toBeNull();
        else expect(fast).toBe(normalizeEntryNumber(raw).valid);
      }),
      { numRuns: 3000 },
    );
    expect(compactEntryNumberValid('ABC12345676')).toBe(normalizeEntryNumber('ABC12345676').valid);
    expect(compactEntryNumberValid('00012345676')).toBe(false);
  });
});

describe('validate entryNumber', () => {
  it.each([
    'ABC-1234567-6',
    'SP7-0000001-4',
    '999-9999999-0',
    'EF1-0123456-7',
    'M12-3456789-3',
    'abc12345676',
    ' ABC 1234567 6 ',
  ])('%j is ok', (raw) => {
    const result = validate('entryNumber', raw);
    expect(result.level).toBe('ok');
    expect(result.normalized).toMatch(/^[0-9A-Z]{3}\d{8}$/);
  });

  it.each([
    ['ABC-1234567-5', 'The check digit should be 6, not 5: re-check the entry number.', 'ABC12345675'],
    ['SP7-0000001-0', 'The check digit should be 4, not 0: re-check the entry number.', 'SP700000010'],
    [
      'ABC-1234567',
      'The entry number is missing its check digit, which for ABC-1234567 would be 6.',
      undefined,
    ],
    ['ABC-123456-6', 'An entry number has 11 characters (XXX-NNNNNNN-C), but this has 10.', undefined],
    [
      'ABC-12345O7-6',
      'Only the 3-character filer code of an entry number can hold letters: replace “O” (a letter O where a zero belongs?).',
      undefined,
    ],
    [
      '000-1234567-4',
      '000 is not a filer code: re-check the first three characters of the entry number.',
      '00012345674',
    ],
    ['ABC/1234567/6', 'An entry number holds only letters and digits: remove “/”.', undefined],
  ])('%j is an error: %s', (raw, message, normalized) => {
    expect(validate('entryNumber', raw)).toEqual({
      level: 'error',
      message,
      ...(normalized ? { normalized } : {}),
    });
  });

  it('accepts every entry number whose check digit was computed', () => {
    fc.assert(
      fc.property(base10, (base) => {
        const full = `${base}${entryCheckDigit(base)}`;
        expect(validateEntryNumber(full)).toEqual({ level: 'ok', normalized: full });
        expect(validateEntryNumber(formatEntryNumber(full).toLowerCase()).level).toBe('ok');
      }),
    );
  });

  it('rejects a change to any one digit of the serial or the check digit', () => {
    // Filer-code letters share values (A and J are both 1), so letter swaps may legitimately pass: only
    // digit positions 4–11 are mutated here.
    fc.assert(
      fc.property(
        base10,
        fc.integer({ min: 3, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (base, index, delta) => {
          const full = `${base}${entryCheckDigit(base)}`;
          const changed = String((Number(full.charAt(index)) + delta) % 10);
          const mutated = full.slice(0, index) + changed + full.slice(index + 1);
          expect(mutated).not.toBe(full);
          const result = validateEntryNumber(mutated);
          expect(result.level).toBe('error');
          expect(result.message).toMatch(
            /^The check digit should be \d, not \d: re-check the entry number\.$/,
          );
        },
      ),
    );
  });
});

describe('validate entryNumber: dashes in undocumented places (DOMAIN.md §3.6: XXX-NNNNNNN-C)', () => {
  it.each([
    [
      'AB-C1234567-6',
      '“AB-C1234567-6” is not written like an entry number (XXX-NNNNNNN-C): make sure it is ABC-1234567-6.',
    ],
    [
      'A-BC-12-345-676',
      '“A-BC-12-345-676” is not written like an entry number (XXX-NNNNNNN-C): make sure it is ABC-1234567-6.',
    ],
  ])('%j is a warning (readable, but worth a look): %s', (raw, message) => {
    expect(validate('entryNumber', raw)).toEqual({ level: 'warning', message, normalized: 'ABC12345676' });
  });

  it.each(['ABC-1234567-6', 'ABC12345676', 'ABC 1234567 6'])('%j in a documented layout is ok', (raw) => {
    expect(validate('entryNumber', raw)).toEqual({ level: 'ok', normalized: 'ABC12345676' });
  });
});

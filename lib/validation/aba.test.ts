import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abaChecksumOk } from './aba';
import { validate } from './index';

/** DOMAIN.md §3.4's second formulation: check digit = (7(d1+d4+d7) + 3(d2+d5+d8) + 9(d3+d6)) mod 10. */
function specCheckDigit(first8: string): number {
  const d = [...first8].map(Number) as [number, number, number, number, number, number, number, number];
  return (7 * (d[0] + d[3] + d[6]) + 3 * (d[1] + d[4] + d[7]) + 9 * (d[2] + d[5])) % 10;
}

const VALID_PREFIXES = [
  ...Array.from({ length: 13 }, (_, i) => i),
  ...Array.from({ length: 12 }, (_, i) => 21 + i),
  ...Array.from({ length: 12 }, (_, i) => 61 + i),
  80,
].map((n) => String(n).padStart(2, '0'));
const digit = fc.constantFrom(...'0123456789');
const routingNumber = fc
  .tuple(fc.constantFrom(...VALID_PREFIXES), fc.string({ unit: digit, minLength: 6, maxLength: 6 }))
  .map(([prefix, rest]) => `${prefix}${rest}${specCheckDigit(prefix + rest)}`)
  .filter((n) => n !== '000000000');

describe('abaChecksumOk', () => {
  it.each([
    ['111000025', true],
    ['021000021', true],
    ['011000015', true],
    ['123456789', false],
    ['021000022', false],
    ['02100002', false],
    ['0210000211', false],
    ['02100002a', false],
    ['021-000-021', false],
  ])('%s -> %s', (digits, expected) => {
    expect(abaChecksumOk(digits)).toBe(expected);
  });

  it('agrees with the check-digit formulation of the spec, and catches any single changed digit', () => {
    fc.assert(
      fc.property(
        routingNumber,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (n, i, delta) => {
          expect(abaChecksumOk(n)).toBe(true);
          const mutated = n.slice(0, i) + String((Number(n.charAt(i)) + delta) % 10) + n.slice(i + 1);
          expect(abaChecksumOk(mutated)).toBe(false);
        },
      ),
    );
  });
});

describe('validate routingNumber', () => {
  it.each(['021000021', '111000025', '011000015', '0210 0002 1', '021-000-021'])('%j is ok', (raw) => {
    expect(validate('routingNumber', raw)).toEqual({ level: 'ok', normalized: raw.replace(/\D/g, '') });
  });

  it.each([
    [
      '123456789',
      'These 9 digits fail the routing-number checksum, so one is likely mistyped: copy them again from a check or your bank.',
    ],
    [
      '140000009',
      'Routing numbers start with 00–12, 21–32, 61–72 or 80, not 14: re-check the first two digits.',
    ],
    [
      '500000005',
      'Routing numbers start with 00–12, 21–32, 61–72 or 80, not 50: re-check the first two digits.',
    ],
    ['02100002', 'A routing number has 9 digits, but this has 8.'],
    ['02100002I', 'A routing number has only digits: remove “I” (a letter where a 1 belongs?).'],
    ['000000000', '000000000 is not a routing number: copy the 9 digits from a check or your bank.'],
  ])('%j is an error: %s', (raw, message) => {
    const result = validate('routingNumber', raw);
    expect(result.level).toBe('error');
    expect(result.message).toBe(message);
  });

  it('the prefix examples above pass the checksum, so it is the prefix rule that rejects them', () => {
    expect(abaChecksumOk('140000009')).toBe(true);
    expect(abaChecksumOk('500000005')).toBe(true);
  });
});

describe('validate bankAccountNumber', () => {
  it.each([
    ['1234', '1234'],
    ['12345678901234567', '12345678901234567'],
    ['0012 3456-789', '00123456789'],
  ])('%j is ok as %s', (raw, normalized) => {
    expect(validate('bankAccountNumber', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    ['123', 'A bank account number has 4 to 17 digits, but this has 3.'],
    ['123456789012345678', 'A bank account number has 4 to 17 digits, but this has 18.'],
    ['1234A678', 'A bank account number has only digits: remove “A”.'],
  ])('%j is an error: %s', (raw, message) => {
    expect(validate('bankAccountNumber', raw)).toEqual({ level: 'error', message });
  });
});

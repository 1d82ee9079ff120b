import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToDollars, parseDollarsToCents } from './money';

describe('parseDollarsToCents', () => {
  it.each([
    ['1234.56', 123_456],
    ['$1,234.56', 123_456],
    ['1,234,567.8', 123_456_780],
    ['0.07', 7],
    ['0.29', 29],
    ['1.00', 100],
    ['.5', 50],
    ['12.', 1_200],
    [' 1 234.10 ', 123_410],
    ['0', 0],
    ['999999999999.99', 99_999_999_999_999],
  ])('%s -> %i cents', (raw, cents) => {
    expect(parseDollarsToCents(raw)).toEqual({ ok: true, cents });
  });

  it.each([
    ['', /Enter the IEEPA duty/],
    ['-5.00', /positive/],
    ['12.345', /two digits at most/],
    ['1,23', /digits only/],
    ['12a', /digits only/],
    ['.', /digits only/],
    ['1e5', /digits only/],
    ['1234567890123', /too large/],
    ['1,234,567,890,123', /too large/],
  ])('%j is refused with a message', (raw, message) => {
    const result = parseDollarsToCents(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('round-trips every amount exactly (no float drift)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999_999 }), (cents) => {
        expect(parseDollarsToCents(centsToDollars(cents))).toEqual({ ok: true, cents });
      }),
    );
  });
});

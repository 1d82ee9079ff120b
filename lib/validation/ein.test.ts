import { describe, expect, it } from 'vitest';
import { einPrefixValid } from './ein';
import { VALID_EIN_PREFIXES } from './ein-prefixes';
import { validate } from './index';

describe('EIN prefix table (DOMAIN.md §3.1)', () => {
  const invalid = [
    '00',
    '07',
    '08',
    '09',
    '17',
    '18',
    '19',
    '28',
    '29',
    '49',
    '69',
    '70',
    '78',
    '79',
    '89',
    '96',
    '97',
  ];

  it('holds exactly the 100 two-digit prefixes minus the 17 the IRS does not assign', () => {
    expect(VALID_EIN_PREFIXES.size).toBe(83);
    for (let n = 0; n < 100; n++) {
      const prefix = String(n).padStart(2, '0');
      expect(VALID_EIN_PREFIXES.has(prefix)).toBe(!invalid.includes(prefix));
    }
  });

  it.each([
    ['12-3456789', true],
    ['123456789', true],
    ['01', true],
    ['99-1234567', true],
    ['07-1234567', false],
    ['89-1234567', false],
    ['00-1234567', false],
    ['12-3456789-00', true],
    ['', false],
    ['1', false],
    ['AB-1234567', false],
  ])('einPrefixValid(%j) is %s', (ein, expected) => {
    expect(einPrefixValid(ein)).toBe(expected);
  });
});

describe('validate ein', () => {
  it.each([
    ['12-3456789', '12-3456789'],
    ['123456789', '12-3456789'],
    [' 12 3456789 ', '12-3456789'],
    ['12–3456789', '12-3456789'], // en dash pasted from a PDF
    ['１２-３４５６７８９', '12-3456789'], // fullwidth digits
    ['98-7654321', '98-7654321'],
  ])('%j is ok as %s', (raw, normalized) => {
    expect(validate('ein', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    ['07-1234567', 'EIN prefix 07 is not one the IRS assigns: re-check the first two digits.', '07-1234567'],
    ['89-1234567', 'EIN prefix 89 is not one the IRS assigns: re-check the first two digits.', '89-1234567'],
    ['001234567', 'EIN prefix 00 is not one the IRS assigns: re-check the first two digits.', '00-1234567'],
    [
      '123-45-6789',
      '“123-45-6789” is written like an SSN (NNN-NN-NNNN): make sure this is the EIN, written 12-3456789.',
      '12-3456789',
    ],
  ])('%j is a warning: %s', (raw, message, normalized) => {
    expect(validate('ein', raw)).toEqual({ level: 'warning', message, normalized });
  });

  it.each([
    ['12-345678', 'An EIN has 9 digits (NN-NNNNNNN), but this has 8.'],
    ['12-34567890', 'An EIN has 9 digits (NN-NNNNNNN), but this has 10.'],
    ['12-34567O9', 'An EIN has only digits (NN-NNNNNNN): remove “O” (a letter O where a zero belongs?).'],
    ['12/3456789', 'An EIN has only digits (NN-NNNNNNN): remove “/”.'],
  ])('%j is an error: %s', (raw, message) => {
    expect(validate('ein', raw)).toEqual({ level: 'error', message });
  });
});

describe('validate ein: dashes in undocumented places (DOMAIN.md §3.1: NN-NNNNNNN)', () => {
  it.each([
    [
      '12-345-6789',
      '“12-345-6789” is not written like an EIN (NN-NNNNNNN): make sure it is the EIN 12-3456789.',
    ],
    [
      '1-23456789',
      '“1-23456789” is not written like an EIN (NN-NNNNNNN): make sure it is the EIN 12-3456789.',
    ],
  ])('%j is a warning: %s', (raw, message) => {
    expect(validate('ein', raw)).toEqual({ level: 'warning', message, normalized: '12-3456789' });
  });
});

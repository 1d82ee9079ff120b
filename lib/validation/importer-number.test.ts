import { describe, expect, it } from 'vitest';
import { suffixProblem } from './importer-number';
import { validate } from './index';

describe('validate importerNumber: unambiguous layouts (DOMAIN.md §3.2)', () => {
  it.each([
    ['12-345678900', '12-345678900', 'ein'],
    ['12-3456789AB', '12-3456789AB', 'ein'],
    ['12-3456789ab', '12-3456789AB', 'ein'],
    ['12-3456789-01', '12-345678901', 'ein'],
    ['12 3456789 01', '12-345678901', 'ein'],
    ['26-164751100', '26-164751100', 'ein'], // as written in ABI/7501 data
    ['123456789A1', '12-3456789A1', 'ein'], // a letter in the suffix rules out CBP-assigned
    ['123-45-6789', '123-45-6789', 'ssn'],
    ['123-45-678900', '123-45-678900', 'ssn'],
    ['123-45-6789-0A', '123-45-67890A', 'ssn'],
    ['123456-78900', '123456-78900', 'cbp-assigned'],
    ['991234 00001', '991234-00001', 'cbp-assigned'],
  ])('%j is ok as %s (%s)', (raw, normalized, detectedType) => {
    expect(validate('importerNumber', raw)).toEqual({ level: 'ok', normalized, detectedType });
  });
});

describe('validate importerNumber: warnings', () => {
  it.each([
    [
      '12345678900',
      'Without dashes 12345678900 can be an EIN with suffix or a CBP-assigned number: it was read as the EIN 12-345678900, so type 123456-78900 if it is CBP-assigned.',
      '12-345678900',
      'ein',
    ],
    [
      '07123456700',
      'Without dashes 07123456700 can be an EIN with suffix or a CBP-assigned number: it was read as the CBP-assigned 071234-56700 because 07 is not an EIN prefix, so type 07-123456700 if it is an EIN.',
      '071234-56700',
      'cbp-assigned',
    ],
    [
      '12-3456789',
      "ACE needs the EIN's 2-character suffix: add it after the last digit, for example 12-345678900.",
      '12-3456789',
      'ein',
    ],
    [
      '123456789',
      'Read as an EIN, this needs its 2-character suffix for ACE (for example 12-345678900); if it is an SSN, type it as 123-45-6789.',
      '12-3456789',
      'ein',
    ],
    [
      '701234567',
      '70 is not an EIN prefix, so this was read as the SSN 701-23-4567: if it is an EIN, add its 2-character suffix.',
      '701-23-4567',
      'ssn',
    ],
    [
      '07-123456700',
      'EIN prefix 07 is not one the IRS assigns: re-check the first two digits.',
      '07-123456700',
      'ein',
    ],
  ])('%j is a warning: %s', (raw, message, normalized, detectedType) => {
    expect(validate('importerNumber', raw)).toEqual({ level: 'warning', message, normalized, detectedType });
  });

  it('a warned reading is stable: its normalized form validates to itself', () => {
    for (const raw of ['12345678900', '07123456700', '123456789', '701234567', '12-3456789']) {
      const first = validate('importerNumber', raw);
      expect(validate('importerNumber', first.normalized ?? '').normalized).toBe(first.normalized);
    }
  });
});

describe('validate importerNumber: errors', () => {
  it.each([
    ['12-3456789AO', 'The suffix AO cannot use the letters O, I or Z: did you mean the digits 0, 1 or 2?'],
    ['12-3456789I1', 'The suffix I1 cannot use the letters O, I or Z: did you mean the digits 0, 1 or 2?'],
    ['12-3456789Z0', 'The suffix Z0 cannot use the letters O, I or Z: did you mean the digits 0, 1 or 2?'],
    ['666-12-3456', 'An SSN never starts with 666: re-check the first three digits.'],
    ['123-45-6789OO', 'The suffix OO cannot use the letters O, I or Z: did you mean the digits 0, 1 or 2?'],
    ['1234567890', 'The importer-number suffix has 2 characters (for example 00), but this one has 1.'],
    ['12345678A00', 'Only the 2-character suffix of an importer number can hold letters: replace “A”.'],
    ['12-3456789#0', 'The importer-number suffix holds only letters and digits: remove “#”.'],
    ['12345678#00', 'An importer number holds only letters and digits: remove “#”.'],
    ['12-34X678900', 'The EIN part of an importer number has only digits (NN-NNNNNNN): remove “X”.'],
    [
      '12345',
      'An importer number is an EIN with suffix (NN-NNNNNNNXX), an SSN (NNN-NN-NNNN) or a CBP-assigned number (YYDDPP-NNNNN); this has 5 characters.',
    ],
    ['123456-7890A', 'A CBP-assigned number has only digits (YYDDPP-NNNNN): remove “A”.'],
  ])('%j is an error: %s', (raw, message) => {
    const result = validate('importerNumber', raw);
    expect(result.level).toBe('error');
    expect(result.message).toBe(message);
  });
});

describe('suffixProblem', () => {
  it.each([
    ['00', undefined],
    ['A1', undefined],
    ['ZZ', 'The suffix ZZ cannot use the letters O, I or Z: did you mean the digits 0, 1 or 2?'],
    ['0', 'The importer-number suffix has 2 characters (00 when there is no other), but this one has 1.'],
    ['a1', 'The importer-number suffix holds only letters and digits: remove “a”.'],
  ])('%j -> %s', (suffix, expected) => {
    expect(suffixProblem(suffix)).toBe(expected);
  });
});

describe('validate cbpAssignedNumber', () => {
  it.each([
    ['123456-78900', '123456-78900'],
    ['12345678900', '123456-78900'],
    [' 123456 78900 ', '123456-78900'],
  ])('%j is ok as %s', (raw, normalized) => {
    expect(validate('cbpAssignedNumber', raw)).toEqual({ level: 'ok', normalized });
  });

  it('warns when the dashes say EIN', () => {
    expect(validate('cbpAssignedNumber', '12-345678900')).toEqual({
      level: 'warning',
      message:
        'CBP-assigned numbers are written YYDDPP-NNNNN, so check that this is not an EIN or SSN before using 123456-78900.',
      normalized: '123456-78900',
    });
  });

  it.each([
    ['123456-7890', 'A CBP-assigned number has 11 digits (YYDDPP-NNNNN), but this has 10.'],
    ['123456-7890A', 'A CBP-assigned number has only digits (YYDDPP-NNNNN): remove “A”.'],
  ])('%j is an error: %s', (raw, message) => {
    expect(validate('cbpAssignedNumber', raw)).toEqual({ level: 'error', message });
  });
});

// 5106 block 3F rows and "EIN/SSN"-style boxes: an EIN, SSN or CBP-assigned number where no suffix is
// needed (DOMAIN.md §2.2, 3F). Still told apart by dash position; a suffix is accepted, not required.
describe('validate einSsnOrCbpNumber', () => {
  it.each([
    ['12-3456789', '12-3456789', 'ein'],
    ['98-1234567', '98-1234567', 'ein'],
    ['12-345678900', '12-345678900', 'ein'],
    ['123-45-6789', '123-45-6789', 'ssn'],
    ['123456-78901', '123456-78901', 'cbp-assigned'],
    // Not an SSN (9xx), so the EIN reading is the only one.
    ['981234567', '98-1234567', 'ein'],
  ])('%j is ok as %s (%s)', (raw, normalized, detectedType) => {
    expect(validate('einSsnOrCbpNumber', raw)).toEqual({ level: 'ok', normalized, detectedType });
  });

  it.each([
    [
      '123456789',
      'Without dashes 123456789 can be an EIN or an SSN: it was read as the EIN 12-3456789, so type 123-45-6789 if it is an SSN.',
      '12-3456789',
      'ein',
    ],
    [
      '071234567',
      '07 is not an EIN prefix, so 071234567 was read as the SSN 071-23-4567: type 07-1234567 if it is an EIN.',
      '071-23-4567',
      'ssn',
    ],
    [
      '07-1234567',
      'EIN prefix 07 is not one the IRS assigns: re-check the first two digits.',
      '07-1234567',
      'ein',
    ],
  ])('%j is a warning: %s', (raw, message, normalized, detectedType) => {
    expect(validate('einSsnOrCbpNumber', raw)).toEqual({
      level: 'warning',
      message,
      normalized,
      detectedType,
    });
  });

  it.each([
    [
      '923-45-6789',
      'An SSN never starts with 9 (numbers starting with 9 are IRS ITINs): re-check the number.',
    ],
    [
      '1234',
      'An EIN (NN-NNNNNNN), SSN (NNN-NN-NNNN) or CBP-assigned number (YYDDPP-NNNNN) has 9 or 11 characters, but this has 4.',
    ],
    ['12-34X6789', 'An EIN has only digits (NN-NNNNNNN): remove “X”.'],
  ])('%j is an error: %s', (raw, message) => {
    expect(validate('einSsnOrCbpNumber', raw)).toMatchObject({ level: 'error', message });
  });
});

import { describe, expect, it } from 'vitest';
import { validate } from './index';

describe('validate ssn (DOMAIN.md §3.3)', () => {
  it.each([
    ['123-45-6789', '123-45-6789'],
    ['123456789', '123-45-6789'],
    ['123 45 6789', '123-45-6789'],
    ['001-01-0001', '001-01-0001'],
    ['899-99-9999', '899-99-9999'],
    ['665-12-3456', '665-12-3456'],
    ['667-12-3456', '667-12-3456'],
    ['078-05-1121', '078-05-1121'], // one off an advertising number is just a number
  ])('%j is ok as %s', (raw, normalized) => {
    expect(validate('ssn', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    ['000-12-3456', 'An SSN never starts with 000: re-check the first three digits.'],
    ['666-12-3456', 'An SSN never starts with 666: re-check the first three digits.'],
    ['666123456', 'An SSN never starts with 666: re-check the first three digits.'],
    [
      '900-12-3456',
      'An SSN never starts with 9 (numbers starting with 9 are IRS ITINs): re-check the number.',
    ],
    [
      '999-99-9999',
      'An SSN never starts with 9 (numbers starting with 9 are IRS ITINs): re-check the number.',
    ],
    ['123-00-4567', 'An SSN never has 00 as its middle two digits: re-check the number.'],
    ['123-45-0000', 'An SSN never ends in 0000: re-check the last four digits.'],
    [
      '078-05-1120',
      '078-05-1120 is a sample number printed in advertising, not a real SSN: enter your own number.',
    ],
    [
      '457-55-5462',
      '457-55-5462 is a sample number printed in advertising, not a real SSN: enter your own number.',
    ],
    [
      '219-09-9999',
      '219-09-9999 is a sample number printed in advertising, not a real SSN: enter your own number.',
    ],
  ])('%j is an error: %s', (raw, message) => {
    const result = validate('ssn', raw);
    expect(result).toEqual({
      level: 'error',
      message,
      normalized: expect.stringMatching(/^\d{3}-\d{2}-\d{4}$/),
    });
  });

  it.each([
    ['123-45-678', 'An SSN has 9 digits (NNN-NN-NNNN), but this has 8.'],
    ['123-45-67890', 'An SSN has 9 digits (NNN-NN-NNNN), but this has 10.'],
    ['123-45-678x', 'An SSN has only digits (NNN-NN-NNNN): remove “X”.'],
  ])('%j is an unreadable error: %s', (raw, message) => {
    expect(validate('ssn', raw)).toEqual({ level: 'error', message });
  });
});

describe('validate ssn: dashes where an SSN has none', () => {
  it.each([
    [
      // The mirror of the EIN check: most likely an EIN typed into the SSN box.
      '12-3456789',
      '“12-3456789” is written like an EIN (NN-NNNNNNN): make sure this is the SSN, written 123-45-6789.',
    ],
    [
      '1234-56-789',
      '“1234-56-789” is not written like an SSN (NNN-NN-NNNN): make sure it is the SSN 123-45-6789.',
    ],
  ])('%j is a warning: %s', (raw, message) => {
    expect(validate('ssn', raw)).toEqual({ level: 'warning', message, normalized: '123-45-6789' });
  });

  it('an SSN that cannot exist is still an error, whatever its dashes', () => {
    expect(validate('ssn', '92-3456789')).toMatchObject({ level: 'error' });
  });
});

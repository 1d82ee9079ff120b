import { describe, expect, it } from 'vitest';
import { validate } from './index';

describe('validate hts (DOMAIN.md §3.8)', () => {
  it.each([
    ['8471.30.0100', '8471300100'],
    ['8471.30.01.00', '8471300100'],
    ['8471300100', '8471300100'],
    ['0101.21.0010', '0101210010'],
    ['9903.01.25', '99030125'],
    ['99030128', '99030128'],
    ['9903.88.15', '99038815'],
    ['9903.01.2500', '9903012500'],
    [' 6109 10 0012 ', '6109100012'],
  ])('%j is ok as %s', (raw, normalized) => {
    expect(validate('hts', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    [
      '8471.30.01',
      'An HTS number has 10 digits (NNNN.NN.NN.NN; only chapter 99 numbers may have 8), but this has 8.',
    ],
    [
      '8471.30',
      'An HTS number has 10 digits (NNNN.NN.NN.NN; only chapter 99 numbers may have 8), but this has 6.',
    ],
    [
      '8471.30.01000',
      'An HTS number has 10 digits (NNNN.NN.NN.NN; only chapter 99 numbers may have 8), but this has 11.',
    ],
    ['8471/30/0100', 'An HTS number has only digits and dots (NNNN.NN.NN.NN): remove “/”.'],
    ['0012.34.5678', 'HTS chapters run from 01 to 99, so 00 cannot start the number.'],
    ['7701.00.0000', 'HTS chapter 77 is reserved and has no headings: re-check the number.'],
  ])('%j is an error: %s', (raw, message) => {
    const result = validate('hts', raw);
    expect(result.level).toBe('error');
    expect(result.message).toBe(message);
  });
});

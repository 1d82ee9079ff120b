import { describe, expect, it } from 'vitest';
import { validate } from '@/lib/validation/index';
import { referenceMismatch, withReference } from './reference';

const ref = { label: 'Form 5106 draft "Acme Imports"', einDigits: '123456789' };

describe('EIN mismatch with the 5106', () => {
  it.each([
    ['ein', '12-3456789', null],
    ['ein', '98-7654321', 'differs from 12-3456789 on Form 5106 draft "Acme Imports"'],
    ['importerNumber', '12-345678900', null],
    ['importerNumber', '98-765432100', 'This EIN (98-7654321) differs'],
    // "EIN/SSN" boxes: compared when the value reads as an EIN, not when it is an SSN.
    ['einSsnOrCbpNumber', '98-7654321', 'This EIN (98-7654321) differs'],
    ['einSsnOrCbpNumber', '12-3456789', null],
    ['einSsnOrCbpNumber', '123-45-6789', null],
  ])('%s %s', (kind, value, expected) => {
    const v = validate(kind as 'ein', value);
    const msg = referenceMismatch(kind, v, ref);
    if (expected === null) expect(msg).toBeNull();
    else expect(msg).toContain(expected);
  });

  it('does not compare SSN-based importer numbers or invalid values', () => {
    expect(referenceMismatch('importerNumber', validate('importerNumber', '123-45-6789'), ref)).toBeNull();
    expect(referenceMismatch('ein', validate('ein', '12-34'), ref)).toBeNull();
  });

  it('turns ok into a warning and keeps errors as errors', () => {
    expect(withReference('ein', validate('ein', '98-7654321'), ref).level).toBe('warning');
    expect(withReference('ein', validate('ein', '1'), ref).level).toBe('error');
    expect(withReference('ein', validate('ein', '12-3456789'), ref).level).toBe('ok');
    expect(withReference('ein', validate('ein', '98-7654321'), null).level).toBe('ok');
  });
});

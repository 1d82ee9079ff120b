import { describe, expect, it } from 'vitest';
import { isSensitivePath, maskedIdentity } from './mask';
import { emptyForm } from './schema';

function formWith(idType: string, idNumber: string) {
  const f = emptyForm();
  Object.assign(f.section1, { idType, idNumber });
  return f;
}

// A CBP-assigned number is not personal data, so the list shows it in full. The type is only what
// the user picked: a value that is not a valid CBP-assigned number may well be an SSN.
describe('1B shown unmasked only when it really is a CBP-assigned number', () => {
  it.each([
    ['123456-78901', 'CBP 123456-78901'],
    ['12345678901', 'CBP 123456-78901'],
  ])('%j -> %s, not sensitive', (idNumber, shown) => {
    const f = formWith('cbpAssigned', idNumber);
    expect(maskedIdentity(f)).toBe(shown);
    expect(isSensitivePath('section1.idNumber', f)).toBe(false);
  });

  it.each([
    ['123-45-6789', 'CBP •••-••-6789'],
    ['123456789', 'CBP •••••6789'],
    ['12-345678901', 'CBP ••-•••••8901'],
  ])('%j -> %s, sensitive', (idNumber, shown) => {
    const f = formWith('cbpAssigned', idNumber);
    expect(maskedIdentity(f)).toBe(shown);
    expect(isSensitivePath('section1.idNumber', f)).toBe(true);
  });

  it('other types stay masked and sensitive', () => {
    for (const idType of ['ein', 'ssn', '', 'none']) {
      expect(isSensitivePath('section1.idNumber', formWith(idType, '123456-78901'))).toBe(true);
    }
    expect(isSensitivePath('section1.idNumber')).toBe(true);
  });
});

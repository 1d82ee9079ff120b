// EIN (IRS Employer Identification Number): 9 digits written NN-NNNNNNN, no check digit. DOMAIN.md §3.1.
import { VALID_EIN_PREFIXES } from './ein-prefixes';
import { error, ok, type Validation, warning } from './result';
import { compactId, dashGroups, digitsProblem, quote } from './text';

/**
 * True when the first two digits of an EIN are a prefix the IRS assigns.
 * Accepts the EIN with or without its dash (or just the 2-digit prefix); false for anything unreadable.
 */
export function einPrefixValid(ein: string): boolean {
  if (typeof ein !== 'string') return false;
  const digits = compactId(ein);
  if (!/^\d{2}(\d{7}([0-9A-Z]{2})?)?$/.test(digits)) return false;
  return VALID_EIN_PREFIXES.has(digits.slice(0, 2));
}

/** `123456789` -> `12-3456789`; the caller has checked the 9 digits. */
export function formatEin(digits9: string): string {
  return `${digits9.slice(0, 2)}-${digits9.slice(2)}`;
}

/** The prefix warning, shared with importer-number.ts. */
export function einPrefixWarning(digits: string): string {
  return `EIN prefix ${digits.slice(0, 2)} is not one the IRS assigns: re-check the first two digits.`;
}

export function validateEin(raw: string): Validation {
  const digits = compactId(raw);
  const problem = digitsProblem('An EIN', digits, 9, 'NN-NNNNNNN');
  if (problem) return error(problem);
  const normalized = formatEin(digits);
  const groups = dashGroups(raw);
  // Written like an SSN: probably the wrong number in the wrong box, worth a second look but readable.
  if (groups === '3,2,4') {
    return warning(
      `${quote(raw.trim())} is written like an SSN (NNN-NN-NNNN): make sure this is the EIN, written ${normalized}.`,
      normalized,
    );
  }
  // Dashes elsewhere (12-345-6789): still readable, since users paste odd formats, but it may be
  // another kind of number, so show the layout an EIN has.
  if (groups !== '9' && groups !== '2,7') {
    return warning(
      `${quote(raw.trim())} is not written like an EIN (NN-NNNNNNN): make sure it is the EIN ${normalized}.`,
      normalized,
    );
  }
  if (!VALID_EIN_PREFIXES.has(digits.slice(0, 2))) return warning(einPrefixWarning(digits), normalized);
  return ok(normalized);
}

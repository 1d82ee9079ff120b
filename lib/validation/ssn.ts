// SSN: 9 digits written NNN-NN-NNNN (area-group-serial), no check digit. DOMAIN.md §3.3, after
// python-stdnum `stdnum/us/ssn.py`. Since SSA randomized issuance in 2011, the structural rules below
// are all that can be checked.
import { error, ok, type Validation, warning } from './result';
import { compactId, dashGroups, digitsProblem, quote } from './text';

/** Numbers printed on sample cards and in advertising, then used by the public as their own. */
export const ADVERTISING_SSNS: ReadonlySet<string> = new Set(['078051120', '457555462', '219099999']);

/** `123456789` -> `123-45-6789`. */
export function formatSsn(digits9: string): string {
  return `${digits9.slice(0, 3)}-${digits9.slice(3, 5)}-${digits9.slice(5)}`;
}

/**
 * The reason 9 digits cannot be an SSN, or undefined when they can. Shared with importer-number.ts.
 * The SSA never issues area 000, 666 or 900–999, group 00 or serial 0000.
 */
export function ssnProblem(digits9: string): string | undefined {
  const area = digits9.slice(0, 3);
  if (area === '000' || area === '666')
    return `An SSN never starts with ${area}: re-check the first three digits.`;
  if (area.startsWith('9')) {
    // 9xx is the IRS ITIN range; saying so helps the user find the right box.
    return 'An SSN never starts with 9 (numbers starting with 9 are IRS ITINs): re-check the number.';
  }
  if (digits9.slice(3, 5) === '00')
    return 'An SSN never has 00 as its middle two digits: re-check the number.';
  if (digits9.slice(5) === '0000') return 'An SSN never ends in 0000: re-check the last four digits.';
  if (ADVERTISING_SSNS.has(digits9)) {
    return `${formatSsn(digits9)} is a sample number printed in advertising, not a real SSN: enter your own number.`;
  }
  return undefined;
}

export function validateSsn(raw: string): Validation {
  const digits = compactId(raw);
  const problem = digitsProblem('An SSN', digits, 9, 'NNN-NN-NNNN');
  if (problem) return error(problem);
  const normalized = formatSsn(digits);
  const invalid = ssnProblem(digits);
  if (invalid) return error(invalid, normalized);
  const groups = dashGroups(raw);
  // The mirror of validateEin's check: written NN-NNNNNNN, this is most likely an EIN in the SSN box.
  if (groups === '2,7') {
    return warning(
      `${quote(raw.trim())} is written like an EIN (NN-NNNNNNN): make sure this is the SSN, written ${normalized}.`,
      normalized,
    );
  }
  if (groups !== '9' && groups !== '3,2,4') {
    return warning(
      `${quote(raw.trim())} is not written like an SSN (NNN-NN-NNNN): make sure it is the SSN ${normalized}.`,
      normalized,
    );
  }
  return ok(normalized);
}

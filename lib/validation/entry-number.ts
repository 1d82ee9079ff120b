// Entry numbers: XXX-NNNNNNN-C = 3-character filer code, 7-digit transaction number, 1 check digit.
// DOMAIN.md §3.6 (CATAIR Appendix E, "AE Table 1"): IBM/Luhn modulus 10 with letters converted first.
// ACE reports and CAPE carry the 11 characters without dashes, which is our normalized form.
import { error, ok, type Validation, warning } from './result';
import { compactId, dashGroups, dashLayout, describeChar, firstOffending, quote } from './text';

/**
 * Letter values for the check digit. Letters share values (A and J are both 1, S is 2 not 1), which is
 * why swapping one filer-code letter for another can leave the check digit unchanged.
 */
const LETTER_VALUES: Readonly<Record<string, number>> = Object.freeze({
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  I: 9,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  O: 6,
  P: 7,
  Q: 8,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
});

/** LETTER_VALUES by char code - 65, for the per-row path of report joins. */
const LETTER_BY_CODE: readonly number[] = Array.from(
  { length: 26 },
  (_, i) => LETTER_VALUES[String.fromCharCode(65 + i)] as number,
);

const BASE = /^[0-9A-Z]{3}\d{7}$/;
const FULL = /^[0-9A-Z]{3}\d{8}$/;

/**
 * Check digit for the 10-character base (filer code + 7 digits), or null when `base10` is not one.
 * Accepts lower case; no dashes (normalize first).
 */
export function entryCheckDigit(base10: string): number | null {
  if (typeof base10 !== 'string') return null;
  const base = base10.toUpperCase();
  if (!BASE.test(base)) return null;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = base.charAt(i);
    const value = LETTER_VALUES[ch] ?? Number(ch);
    // Positions 2, 4, ..., 10 counted from 1 on the left (index 1, 3, ...) are doubled; a two-digit
    // product contributes the sum of its digits, i.e. product − 9.
    const term = i % 2 === 1 ? value * 2 : value;
    sum += term > 9 ? term - 9 : term;
  }
  return (10 - (sum % 10)) % 10;
}

export type NormalizedEntryNumber = {
  /** Upper case, spaces and dashes removed; the 11-character form when the input is well formed. */
  normalized: string;
  /** Well formed, filer code not 000, and the check digit matches. */
  valid: boolean;
  /** The check digit the first 10 characters call for, when they are a well-formed base. */
  expectedCheckDigit?: number;
};

/** Pure helper for report joins: never throws, never drops a value (an invalid one is flagged). */
export function normalizeEntryNumber(raw: unknown): NormalizedEntryNumber {
  if (typeof raw !== 'string') return { normalized: '', valid: false };
  if (raw.length === 11) {
    // The common case (every row of a report): already 11 clean characters; no copies, no regex.
    const expected = cleanCheckDigit(raw);
    if (expected !== null) {
      const c = raw.charCodeAt(10);
      const valid = c >= 48 && c <= 57 && c - 48 === expected && !raw.startsWith('000');
      if (c >= 48 && c <= 57) return { normalized: raw, valid, expectedCheckDigit: expected };
    }
  }
  const normalized = compactId(raw);
  const expected = entryCheckDigit(normalized.slice(0, 10));
  if (expected === null) return { normalized, valid: false };
  const valid =
    FULL.test(normalized) && !normalized.startsWith('000') && Number(normalized.charAt(10)) === expected;
  return { normalized, valid, expectedCheckDigit: expected };
}

/**
 * For an 11-character string already in normalized form (3 of [0-9A-Z], 8 digits): whether it is a
 * valid entry number, as `normalizeEntryNumber(raw).valid`; null for any other string. No objects,
 * no regex: report joins call it once per new entry.
 */
export function compactEntryNumberValid(raw: string): boolean | null {
  if (raw.length !== 11) return null;
  const expected = cleanCheckDigit(raw);
  const c = raw.charCodeAt(10);
  if (expected === null || c < 48 || c > 57) return null;
  return c - 48 === expected && !raw.startsWith('000');
}

/** Check digit of the first 10 characters when they are an upper-case base (3 of [0-9A-Z], 7 digits), else null. */
function cleanCheckDigit(s: string): number | null {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const c = s.charCodeAt(i);
    let value: number;
    if (c >= 48 && c <= 57) value = c - 48;
    else if (i < 3 && c >= 65 && c <= 90) value = LETTER_BY_CODE[c - 65] as number;
    else return null;
    const term = i % 2 === 1 ? value * 2 : value;
    sum += term > 9 ? term - 9 : term;
  }
  return (10 - (sum % 10)) % 10;
}

/** `ABC12345676` -> `ABC-1234567-6`, for display; the input must be the 11-character form. */
export function formatEntryNumber(normalized11: string): string {
  return `${normalized11.slice(0, 3)}-${normalized11.slice(3, 10)}-${normalized11.slice(10)}`;
}

export function validateEntryNumber(raw: string): Validation {
  const chars = compactId(raw);
  const bad = firstOffending(chars, /[0-9A-Z]/);
  if (bad !== undefined)
    return error(`An entry number holds only letters and digits: remove ${describeChar(bad)}.`);
  const { normalized, valid, expectedCheckDigit } = normalizeEntryNumber(raw);
  if (valid) {
    // Only XXX-NNNNNNN-C and the bare 11 characters are documented (DOMAIN.md §3.6). Other dash
    // positions still read, since users paste odd formats, but may hide a mistyped number: show the layout.
    const groups = dashGroups(raw);
    if (groups !== '11' && groups !== '3,7,1') {
      return warning(
        `${quote(raw.trim())} is not written like an entry number (XXX-NNNNNNN-C): make sure it is ${formatEntryNumber(normalized)}.`,
        normalized,
      );
    }
    return ok(normalized);
  }
  if (chars.startsWith('000') && (chars.length === 10 || chars.length === 11)) {
    return error(
      '000 is not a filer code: re-check the first three characters of the entry number.',
      chars.length === 11 ? normalized : undefined,
    );
  }
  // "ABC-123456-6" has its check digit but a short serial: only say "missing" when nothing stands apart.
  const lastGroup = dashLayout(raw).split('-').pop() ?? '';
  if (chars.length === 10 && expectedCheckDigit !== undefined && lastGroup.length !== 1) {
    return error(
      `The entry number is missing its check digit, which for ${chars.slice(0, 3)}-${chars.slice(3)} would be ${expectedCheckDigit}.`,
    );
  }
  if (chars.length !== 11) {
    return error(`An entry number has 11 characters (XXX-NNNNNNN-C), but this has ${chars.length}.`);
  }
  const misplaced = firstOffending(chars.slice(3), /[0-9]/);
  if (misplaced !== undefined) {
    const hint = misplaced === 'O' ? ' (a letter O where a zero belongs?)' : '';
    return error(
      `Only the 3-character filer code of an entry number can hold letters: replace ${describeChar(misplaced)}${hint}.`,
    );
  }
  return error(
    `The check digit should be ${expectedCheckDigit}, not ${chars.charAt(10)}: re-check the entry number.`,
    normalized,
  );
}

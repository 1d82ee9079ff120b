// Importer (IR) numbers and CBP-assigned numbers. DOMAIN.md §3.2; suffix rule from 19 CFR 24.5(d).
//
//   EIN + suffix    NN-NNNNNNNXX   XX = 2 letters/digits, never O, I or Z; 00 when the filer has no other
//   SSN             NNN-NN-NNNN    ⚠ ACE may also keep a suffix on SSNs (unverified): accepted both ways
//   CBP-assigned    YYDDPP-NNNNN   YY year assigned, DDPP port of assignment, NNNNN serial
//
// The dash position is what tells the three apart. Without dashes, an EIN + numeric suffix and a
// CBP-assigned number are both 11 digits: we pick the likelier reading (a valid EIN prefix favours EIN)
// but always say so as a warning, because silently guessing would file refunds under the wrong number.
// (An SSN + suffix without dashes is indistinguishable from an EIN + suffix; it is read as an EIN.)
import { einPrefixWarning, formatEin } from './ein';
import { VALID_EIN_PREFIXES } from './ein-prefixes';
import { error, ok, type Validation, warning } from './result';
import { formatSsn, ssnProblem } from './ssn';
import { compactId, dashGroups, dashLayout, describeChar, digitsProblem, firstOffending } from './text';

export const IMPORTER_NUMBER_TYPES = Object.freeze(['ein', 'ssn', 'cbp-assigned'] as const);
export type ImporterNumberType = (typeof IMPORTER_NUMBER_TYPES)[number];

const FORMATS =
  'an EIN with suffix (NN-NNNNNNNXX), an SSN (NNN-NN-NNNN) or a CBP-assigned number (YYDDPP-NNNNN)';

/** Why a 2-character importer-number suffix is not acceptable, or undefined when it is. */
export function suffixProblem(suffix: string): string | undefined {
  const bad = firstOffending(suffix, /[0-9A-Z]/);
  if (bad !== undefined)
    return `The importer-number suffix holds only letters and digits: remove ${describeChar(bad)}.`;
  if (suffix.length !== 2) {
    return `The importer-number suffix has 2 characters (00 when there is no other), but this one has ${suffix.length}.`;
  }
  if (/[OIZ]/.test(suffix)) {
    // 19 CFR 24.5(d) excludes them because they read like 0, 1 and 2.
    return `The suffix ${suffix} cannot use the letters O, I or Z: did you mean the digits 0, 1 or 2?`;
  }
  return undefined;
}

function einWithSuffix(ein9: string, suffix: string): Validation {
  const digitProblem = digitsProblem('The EIN part of an importer number', ein9, 9, 'NN-NNNNNNN');
  if (digitProblem) return error(digitProblem, undefined, 'ein');
  const normalized = `${formatEin(ein9)}${suffix}`;
  const badSuffix = suffixProblem(suffix);
  if (badSuffix) return error(badSuffix, normalized, 'ein');
  if (!VALID_EIN_PREFIXES.has(ein9.slice(0, 2))) return warning(einPrefixWarning(ein9), normalized, 'ein');
  return ok(normalized, 'ein');
}

function einWithoutSuffix(ein9: string): Validation {
  const digitProblem = digitsProblem('The EIN part of an importer number', ein9, 9, 'NN-NNNNNNN');
  if (digitProblem) return error(digitProblem, undefined, 'ein');
  const normalized = formatEin(ein9);
  return warning(
    `ACE needs the EIN's 2-character suffix: add it after the last digit, for example ${normalized}00.`,
    normalized,
    'ein',
  );
}

function ssnReading(ssn9: string, suffix: string): Validation {
  const digitProblem = digitsProblem('The SSN part of an importer number', ssn9, 9, 'NNN-NN-NNNN');
  if (digitProblem) return error(digitProblem, undefined, 'ssn');
  const normalized = `${formatSsn(ssn9)}${suffix}`;
  const invalid = ssnProblem(ssn9);
  if (invalid) return error(invalid, normalized, 'ssn');
  if (suffix !== '') {
    const badSuffix = suffixProblem(suffix);
    if (badSuffix) return error(badSuffix, normalized, 'ssn');
  }
  return ok(normalized, 'ssn');
}

function formatCbpAssigned(digits11: string): string {
  return `${digits11.slice(0, 6)}-${digits11.slice(6)}`;
}

function cbpReading(digits11: string): Validation {
  const problem = digitsProblem('A CBP-assigned number', digits11, 11, 'YYDDPP-NNNNN');
  if (problem) return error(problem, undefined, 'cbp-assigned');
  return ok(formatCbpAssigned(digits11), 'cbp-assigned');
}

/** 11 digits and no dashes: EIN + numeric suffix or CBP-assigned. Say which reading we took. */
function ambiguousEleven(digits: string): Validation {
  const asEin = `${formatEin(digits.slice(0, 9))}${digits.slice(9)}`;
  const asCbp = formatCbpAssigned(digits);
  if (VALID_EIN_PREFIXES.has(digits.slice(0, 2))) {
    return warning(
      `Without dashes ${digits} can be an EIN with suffix or a CBP-assigned number: it was read as the EIN ${asEin}, so type ${asCbp} if it is CBP-assigned.`,
      asEin,
      'ein',
    );
  }
  return warning(
    `Without dashes ${digits} can be an EIN with suffix or a CBP-assigned number: it was read as the CBP-assigned ${asCbp} because ${digits.slice(0, 2)} is not an EIN prefix, so type ${asEin} if it is an EIN.`,
    asCbp,
    'cbp-assigned',
  );
}

/** 9 digits and no dashes: EIN without its suffix, or an SSN. */
function ambiguousNine(digits: string): Validation {
  if (!VALID_EIN_PREFIXES.has(digits.slice(0, 2)) && ssnProblem(digits) === undefined) {
    const asSsn = formatSsn(digits);
    return warning(
      `${digits.slice(0, 2)} is not an EIN prefix, so this was read as the SSN ${asSsn}: if it is an EIN, add its 2-character suffix.`,
      asSsn,
      'ssn',
    );
  }
  const asEin = formatEin(digits);
  return warning(
    `Read as an EIN, this needs its 2-character suffix for ACE (for example ${asEin}00); if it is an SSN, type it as ${formatSsn(digits)}.`,
    asEin,
    'ein',
  );
}

function readWithoutDashes(chars: string): Validation {
  const bad = firstOffending(chars, /[0-9A-Z]/);
  if (bad !== undefined)
    return error(`An importer number holds only letters and digits: remove ${describeChar(bad)}.`);
  if (chars.length === 9 && /^\d{9}$/.test(chars)) return ambiguousNine(chars);
  if (chars.length === 11) {
    const head = chars.slice(0, 9);
    const suffix = chars.slice(9);
    const misplaced = firstOffending(head, /[0-9]/);
    if (misplaced !== undefined) {
      return error(
        `Only the 2-character suffix of an importer number can hold letters: replace ${describeChar(misplaced)}.`,
      );
    }
    if (/^\d{2}$/.test(suffix)) return ambiguousEleven(chars);
    return einWithSuffix(head, suffix);
  }
  if (chars.length === 10 && /^\d{9}/.test(chars)) {
    return error('The importer-number suffix has 2 characters (for example 00), but this one has 1.');
  }
  return error(`An importer number is ${FORMATS}; this has ${chars.length} characters.`);
}

export function validateImporterNumber(raw: string): Validation {
  const layout = dashLayout(raw);
  const groups = layout.split('-');
  if (groups.length > 1) {
    const [a = '', b = '', c = '', d = ''] = groups;
    switch (groups.map((g) => g.length).join(',')) {
      case '2,9':
        return einWithSuffix(a + b.slice(0, 7), b.slice(7));
      case '2,7,2':
        return einWithSuffix(a + b, c);
      case '2,7':
        return einWithoutSuffix(a + b);
      case '3,2,4':
        return ssnReading(a + b + c, '');
      case '3,2,6':
        return ssnReading(a + b + c.slice(0, 4), c.slice(4));
      case '3,2,4,2':
        return ssnReading(a + b + c, d);
      case '6,5':
        return cbpReading(a + b);
      default:
      // A layout we do not know (a stray dash): read the characters as if there were no dashes.
    }
  }
  return readWithoutDashes(compactId(raw));
}

/** 5106 block 1F: a CBP-assigned number on its own. */
export function validateCbpAssignedNumber(raw: string): Validation {
  const digits = compactId(raw);
  const problem = digitsProblem('A CBP-assigned number', digits, 11, 'YYDDPP-NNNNN');
  if (problem) return error(problem);
  const normalized = formatCbpAssigned(digits);
  const layout = dashLayout(raw);
  // Dashes elsewhere mean an EIN or SSN was probably typed into the CBP-number box.
  if (layout !== digits && layout !== normalized) {
    return warning(
      `CBP-assigned numbers are written YYDDPP-NNNNN, so check that this is not an EIN or SSN before using ${normalized}.`,
      normalized,
    );
  }
  return ok(normalized);
}

/**
 * An EIN, SSN or CBP-assigned number where no importer-number suffix is needed: 5106 block 3F rows
 * (related businesses, DOMAIN.md §2.2) and "EIN/SSN" tax-ID boxes. Told apart by dash position like
 * an importer number; a suffix is accepted, never asked for.
 */
export function validateEinSsnOrCbpNumber(raw: string): Validation {
  const layout = dashGroups(raw);
  const chars = compactId(raw);
  if (layout === '2,7') {
    const problem = digitsProblem('An EIN', chars, 9, 'NN-NNNNNNN');
    if (problem) return error(problem, undefined, 'ein');
    const normalized = formatEin(chars);
    if (!VALID_EIN_PREFIXES.has(chars.slice(0, 2)))
      return warning(einPrefixWarning(chars), normalized, 'ein');
    return ok(normalized, 'ein');
  }
  // 9 digits not written NNN-NN-NNNN: an EIN or an SSN, never "an EIN missing its suffix".
  if (/^\d{9}$/.test(chars) && layout !== '3,2,4') return einOrSsn(chars);
  const bad = firstOffending(chars, /[0-9A-Z]/);
  if (bad !== undefined) {
    return error(
      `An EIN, SSN or CBP-assigned number has only digits and dashes: remove ${describeChar(bad)}.`,
    );
  }
  if (chars.length !== 9 && chars.length !== 11) {
    return error(
      `An EIN (NN-NNNNNNN), SSN (NNN-NN-NNNN) or CBP-assigned number (YYDDPP-NNNNN) has 9 or 11 characters, but this has ${chars.length}.`,
    );
  }
  // The rest (an SSN, a CBP-assigned number, a number with its suffix) reads as an importer number.
  return validateImporterNumber(raw);
}

/** 9 digits whose dashes (if any) tell nothing: an EIN or an SSN. Take the reading that can exist; say when both can. */
function einOrSsn(digits: string): Validation {
  const asEin = formatEin(digits);
  const asSsn = formatSsn(digits);
  const einPrefixOk = VALID_EIN_PREFIXES.has(digits.slice(0, 2));
  const ssnOk = ssnProblem(digits) === undefined;
  if (!ssnOk) return einPrefixOk ? ok(asEin, 'ein') : warning(einPrefixWarning(digits), asEin, 'ein');
  if (!einPrefixOk) {
    return warning(
      `${digits.slice(0, 2)} is not an EIN prefix, so ${digits} was read as the SSN ${asSsn}: type ${asEin} if it is an EIN.`,
      asSsn,
      'ssn',
    );
  }
  return warning(
    `Without dashes ${digits} can be an EIN or an SSN: it was read as the EIN ${asEin}, so type ${asSsn} if it is an SSN.`,
    asEin,
    'ein',
  );
}

// Address parts of the 5106 (blocks 2A, 2B, 3G, 3H): street lines, ZIP codes, Canadian postal codes,
// U.S. states, Canadian provinces and ISO country codes. DOMAIN.md §2.2.
import { CANADIAN_PROVINCE_ALIASES, CANADIAN_PROVINCES } from './canadian-provinces';
import { COUNTRY_CODES, NOT_ISO_COUNTRY_CODES } from './country-codes';
import { error, ok, type Validation, warning } from './result';
import { collapseSpaces, compactId, describeChar, firstOffending, fold, quote } from './text';
import { NOT_USPS_STATE_CODES, US_STATE_ALIASES, US_STATES } from './us-states';

// ---------------------------------------------------------------------------------------------------
// Street lines: the 5106 allows at most 32 characters per line (DOMAIN.md §2.2, 2A).

export const STREET_LINE_MAX = 32;

/** Printable ASCII: what CBP's record layouts carry. Anything else may be dropped or garbled. */
const PRINTABLE_ASCII = /[\x20-\x7E]/;

export function validateStreetLine(raw: string): Validation {
  const text = collapseSpaces(raw.normalize('NFC'));
  // Code points, not UTF-16 units, so an emoji counts once (it is warned about below anyway).
  const length = Array.from(text).length;
  if (length > STREET_LINE_MAX) {
    return error(
      `A street line holds at most ${STREET_LINE_MAX} characters, but this one has ${length}: shorten it by ${length - STREET_LINE_MAX}.`,
      text,
    );
  }
  const odd = firstOffending(text, PRINTABLE_ASCII);
  if (odd !== undefined) {
    return warning(
      `ACE may not accept ${describeChar(odd)} in an address: write the line with plain letters and digits.`,
      text,
    );
  }
  return ok(text);
}

// ---------------------------------------------------------------------------------------------------
// ZIP codes: 5 digits or ZIP+4.

export function validateZip(raw: string): Validation {
  const digits = compactId(raw);
  const bad = firstOffending(digits, /[0-9]/);
  if (bad !== undefined)
    return error(`A ZIP code has only digits (NNNNN or NNNNN-NNNN): remove ${describeChar(bad)}.`);
  if (digits.length !== 5 && digits.length !== 9) {
    return error(`A ZIP code has 5 digits, or 9 with the +4 part, but this has ${digits.length}.`);
  }
  const normalized = digits.length === 5 ? digits : `${digits.slice(0, 5)}-${digits.slice(5)}`;
  if (digits.startsWith('00000'))
    return error('00000 is not a ZIP code: re-check the first five digits.', normalized);
  return ok(normalized);
}

// ---------------------------------------------------------------------------------------------------
// Canadian postal codes: A1A 1A1. Canada Post never uses D, F, I, O, Q or U (they misread in OCR),
// and W and Z never come first.

const CA_FIRST_LETTER = /[ABCEGHJKLMNPRSTVXY]/;
const CA_OTHER_LETTER = /[ABCEGHJKLMNPRSTVWXYZ]/;

export function validateCanadianPostalCode(raw: string): Validation {
  const chars = compactId(raw);
  if (!/^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(chars)) {
    return error('A Canadian postal code is letter, digit, letter, digit, letter, digit, as in K1A 0B1.');
  }
  const normalized = `${chars.slice(0, 3)} ${chars.slice(3)}`;
  const first = chars.charAt(0);
  if (!CA_FIRST_LETTER.test(first)) {
    return error(`Canadian postal codes never start with ${first}: re-check the first letter.`, normalized);
  }
  const badLetter = firstOffending(chars.charAt(2) + chars.charAt(4), CA_OTHER_LETTER);
  if (badLetter !== undefined) {
    return error(`Canadian postal codes never use the letter ${badLetter}: re-check the code.`, normalized);
  }
  return ok(normalized);
}

// ---------------------------------------------------------------------------------------------------
// "Postal Code" / "Zip/Postal Code" boxes: the 5106 takes a U.S. or a Canadian address there (2A).
// A leading digit can only be a ZIP code and a leading letter only a Canadian code, so each gets its
// own, specific messages.

export function validatePostalCode(raw: string): Validation {
  const chars = compactId(raw);
  if (/^\d/.test(chars)) return validateZip(raw);
  if (/^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(chars)) return validateCanadianPostalCode(raw);
  return error(
    'Enter a U.S. ZIP code (NNNNN or NNNNN-NNNN) or a Canadian postal code (letter, digit, letter, digit, letter, digit, as in K1A 0B1).',
  );
}

// ---------------------------------------------------------------------------------------------------
// States, provinces and countries: codes, or full names normalized to the code.

/** "U.S. Virgin Islands" -> "us virgin islands"; "Québec" -> "quebec"; "Washington, D.C." -> "washington dc". */
export function nameKey(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.']/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * Name -> code lookups, built on first use: the content script loads this module on every ACE page,
 * and folding ~300 names (NFKD, Unicode regexes) at load cost milliseconds most pages never need.
 */
function nameIndex(names: Readonly<Record<string, string>>, aliases: Readonly<Record<string, string>>) {
  let index: Map<string, string> | null = null;
  return {
    get(key: string): string | undefined {
      if (!index) {
        index = new Map<string, string>();
        for (const [code, name] of Object.entries(names)) index.set(nameKey(name), code);
        for (const [alias, code] of Object.entries(aliases)) index.set(nameKey(alias), code);
      }
      return index.get(key);
    },
  };
}

const US_STATE_NAMES = nameIndex(US_STATES, US_STATE_ALIASES);
const CANADIAN_PROVINCE_NAMES = nameIndex(CANADIAN_PROVINCES, CANADIAN_PROVINCE_ALIASES);

/** A 2-letter code as typed ("ny", "N.Y.", " NY "), or undefined when the input is not one. */
function asTwoLetterCode(raw: string): string | undefined {
  const code = fold(raw).replace(/[\s.]/g, '');
  return /^[A-Z]{2}$/.test(code) ? code : undefined;
}

/** Long inputs cannot be names; skip the name index so a pasted page costs nothing. */
const MAX_NAME_LENGTH = 80;

export function validateUsState(raw: string): Validation {
  const code = asTwoLetterCode(raw);
  if (code !== undefined) {
    if (Object.hasOwn(US_STATES, code)) return ok(code);
    if (Object.hasOwn(NOT_USPS_STATE_CODES, code)) {
      return warning(NOT_USPS_STATE_CODES[code as keyof typeof NOT_USPS_STATE_CODES], code);
    }
    if (Object.hasOwn(CANADIAN_PROVINCES, code)) {
      return error(`${code} is a Canadian province, not a U.S. state: check the country of this address.`);
    }
    return error(`${code} is not a U.S. state or territory code: use the 2-letter USPS code, such as NY.`);
  }
  const fromName = raw.length <= MAX_NAME_LENGTH ? US_STATE_NAMES.get(nameKey(raw)) : undefined;
  if (fromName !== undefined) return ok(fromName);
  return error(
    `${quote(collapseSpaces(raw))} is not a U.S. state or territory: use its 2-letter USPS code, such as NY.`,
  );
}

export function validateCanadianProvince(raw: string): Validation {
  const code = asTwoLetterCode(raw);
  if (code !== undefined) {
    if (Object.hasOwn(CANADIAN_PROVINCES, code)) return ok(code);
    const alias = CANADIAN_PROVINCE_NAMES.get(code.toLowerCase());
    if (alias !== undefined) {
      return warning(`${code} is an old abbreviation: Canada Post now uses ${alias}.`, alias);
    }
    if (Object.hasOwn(US_STATES, code)) {
      return error(`${code} is a U.S. state, not a Canadian province: check the country of this address.`);
    }
    return error(`${code} is not a Canadian province or territory code: use the 2-letter code, such as ON.`);
  }
  const fromName = raw.length <= MAX_NAME_LENGTH ? CANADIAN_PROVINCE_NAMES.get(nameKey(raw)) : undefined;
  if (fromName !== undefined) return ok(fromName);
  return error(
    `${quote(collapseSpaces(raw))} is not a Canadian province or territory: use its 2-letter code, such as ON.`,
  );
}

/** "State/Province" boxes: a U.S. state or a Canadian province (5106 2A), by code or name. */
export function validateStateOrProvince(raw: string): Validation {
  const asState = validateUsState(raw);
  if (asState.level !== 'error') return asState;
  const asProvince = validateCanadianProvince(raw);
  if (asProvince.level !== 'error') return asProvince;
  const code = asTwoLetterCode(raw);
  if (code !== undefined) {
    return error(
      `${code} is not a U.S. state or Canadian province code: use the 2-letter code, such as NY or ON.`,
    );
  }
  return error(
    `${quote(collapseSpaces(raw))} is not a U.S. state or Canadian province: use its 2-letter code, such as NY or ON.`,
  );
}

/** Common names that differ from the table's names. */
const COUNTRY_ALIASES = Object.freeze({
  usa: 'US',
  'united states of america': 'US',
  america: 'US',
  'great britain': 'GB',
  england: 'GB',
  'south korea': 'KR',
  'republic of korea': 'KR',
  'north korea': 'KP',
  russia: 'RU',
  vietnam: 'VN',
  turkey: 'TR',
  'czech republic': 'CZ',
  'ivory coast': 'CI',
  macau: 'MO',
  'hong kong sar': 'HK',
  burma: 'MM',
  'cape verde': 'CV',
  swaziland: 'SZ',
  holland: 'NL',
} as const);

const COUNTRY_NAMES = nameIndex(COUNTRY_CODES, COUNTRY_ALIASES);

export function validateCountryIso2(raw: string): Validation {
  const code = asTwoLetterCode(raw);
  if (code !== undefined) {
    if (Object.hasOwn(COUNTRY_CODES, code)) return ok(code);
    if (Object.hasOwn(NOT_ISO_COUNTRY_CODES, code)) {
      const known = NOT_ISO_COUNTRY_CODES[code as keyof typeof NOT_ISO_COUNTRY_CODES];
      return known.level === 'warning' ? warning(known.message, code) : error(known.message);
    }
    return error(`${code} is not an ISO country code: use the 2-letter ISO 3166-1 code, such as CA or MX.`);
  }
  const fromName = raw.length <= MAX_NAME_LENGTH ? COUNTRY_NAMES.get(nameKey(raw)) : undefined;
  if (fromName !== undefined) return ok(fromName);
  return error(
    `A country code has 2 letters (ISO 3166-1), such as CA or MX; ${quote(collapseSpaces(raw))} is not one.`,
  );
}

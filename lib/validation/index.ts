// Field validation for ACE Assist: one entry point, `validate(kind, raw)`, used by the 5106 form, the
// inline hints on ACE pages and the report analyzer. Each kind lives in its own file; this file only
// dispatches, and guarantees the contract every caller relies on:
//   - empty or blank input is 'ok' (whether a field is required is the form's business);
//   - nothing throws, whatever arrives at runtime (non-strings included);
//   - a message is present whenever the level is not 'ok'.
import { validateBankAccountNumber, validateRoutingNumber } from './aba';
import {
  validateCanadianPostalCode,
  validateCanadianProvince,
  validateCountryIso2,
  validatePostalCode,
  validateStateOrProvince,
  validateStreetLine,
  validateUsState,
  validateZip,
} from './address';
import { validateDuns, validateFilerCode, validateNaics, validatePortCode, validateYear } from './codes';
import { validateEmail, validatePhone, validatePhoneExtension } from './contact';
import { validateEin } from './ein';
import { validateEntryNumber } from './entry-number';
import { validateHts } from './hts';
import {
  validateCbpAssignedNumber,
  validateEinSsnOrCbpNumber,
  validateImporterNumber,
} from './importer-number';
import { error, ok, type Validation } from './result';
import { validateSsn } from './ssn';

export type { Level, Validation } from './result';

// The names are stable: the content script writes them into the page (data-kind) and tests read them.
// Add new kinds at the end; never rename one.
export const FIELD_KINDS = Object.freeze([
  'ein',
  'ssn',
  'importerNumber',
  'cbpAssignedNumber',
  'filerCode',
  'portCode',
  'entryNumber',
  'routingNumber',
  'bankAccountNumber',
  'zip',
  'canadianPostalCode',
  'usState',
  'canadianProvince',
  'countryIso2',
  'email',
  'phone',
  'streetLine',
  'hts',
  'duns',
  'naics',
  'year',
  /** EIN, SSN or CBP-assigned number, suffix optional: 5106 3F rows, "EIN/SSN" boxes. */
  'einSsnOrCbpNumber',
  /** 1 to 6 digits, in a box of its own. */
  'phoneExtension',
  /** U.S. ZIP or Canadian postal code ("Zip/Postal Code" boxes). */
  'postalCode',
  /** U.S. state or Canadian province ("State/Province" boxes). */
  'stateOrProvince',
] as const);

export type FieldKind = (typeof FIELD_KINDS)[number];

/** `satisfies` makes adding a kind without a validator (or the reverse) a type error. */
const VALIDATORS = Object.freeze({
  ein: validateEin,
  ssn: validateSsn,
  importerNumber: validateImporterNumber,
  cbpAssignedNumber: validateCbpAssignedNumber,
  filerCode: validateFilerCode,
  portCode: validatePortCode,
  entryNumber: validateEntryNumber,
  routingNumber: validateRoutingNumber,
  bankAccountNumber: validateBankAccountNumber,
  zip: validateZip,
  canadianPostalCode: validateCanadianPostalCode,
  usState: validateUsState,
  canadianProvince: validateCanadianProvince,
  countryIso2: validateCountryIso2,
  email: validateEmail,
  phone: validatePhone,
  streetLine: validateStreetLine,
  hts: validateHts,
  duns: validateDuns,
  naics: validateNaics,
  year: (raw: string) => validateYear(raw),
  einSsnOrCbpNumber: validateEinSsnOrCbpNumber,
  phoneExtension: validatePhoneExtension,
  postalCode: validatePostalCode,
  stateOrProvince: validateStateOrProvince,
} satisfies Record<FieldKind, (raw: string) => Validation>);

export function isFieldKind(value: unknown): value is FieldKind {
  return typeof value === 'string' && (FIELD_KINDS as readonly string[]).includes(value);
}

export function validate(kind: FieldKind, raw: string): Validation {
  // Values come from the DOM, storage and spreadsheet cells: the types are a hope, not a guarantee.
  const input: unknown = raw;
  if (input === undefined || input === null) return ok();
  if (typeof input !== 'string') return error('This value could not be read as text: type it again.');
  if (input.trim() === '') return ok();
  if (!isFieldKind(kind)) return error('This field cannot be checked: the extension does not know its type.');
  try {
    return VALIDATORS[kind](input);
  } catch {
    // A bug in a validator must not break the page the user is typing in.
    return error('This value could not be checked: re-check it by hand.');
  }
}

// Which validation kind (and which draft field) does a form field hold? Decided from its accessible
// name first, then name/id/autocomplete hints. Real ACE markup is unknown, so this is a data table
// of patterns, tried in order: put the more specific patterns first ("email address" before "address").
import type { FieldKind } from '@/lib/validation/index';

/** Draft values a page field can be filled from (fill-from-draft). */
export const FILL_KEYS = [
  'companyName',
  'importerNumber',
  'ein',
  'email',
  'phone',
  'street1',
  'street2',
  'city',
  'state',
  'zip',
  'contactName',
  'contactTitle',
] as const;
export type FillKey = (typeof FILL_KEYS)[number];

export type FieldRule = {
  /** Matched against the accessible name, lower-cased with collapsed whitespace. */
  label: RegExp;
  /** Matched against name, id and autocomplete split into words ("importerRecordNumber" -> "importer record number"). */
  hint?: RegExp;
  kind?: FieldKind;
  fill?: FillKey;
};

export const FIELD_RULES: readonly FieldRule[] = [
  { label: /e-?mail/, hint: /\be-?mail\b/, kind: 'email', fill: 'email' },
  {
    label:
      /importer (record )?(number|no\.?|#)|\bior (number|no)|importer of record number|\bir (number|no\.?|#)/,
    hint: /\bimporter (record )?(number|no|num|id)\b|\birn\b/,
    kind: 'importerNumber',
    fill: 'importerNumber',
  },
  // Labels naming several identifiers go before the one-identifier rules: the 5106 1B label names all
  // three, and the SSN rule used to win, checking EINs as SSNs. The dash position tells them apart.
  // With CBP-assigned among them it is the importer number (suffix included), filled like one.
  {
    label: /^(?=.*cbp[- ]assigned)(?=.*(employer identification|\bf?ein\b|social security|\bssn\b))/,
    kind: 'importerNumber',
    fill: 'importerNumber',
  },
  // EIN or SSN only ("EIN/SSN", "Tax ID (EIN or SSN)"): a tax ID, which has no importer-number suffix,
  // so only the draft's EIN is filled (never a suffix, never an SSN).
  {
    label: /^(?=.*(employer identification|\bf?ein\b))(?=.*(social security|\bssn\b))/,
    hint: /\bf?ein (or )?ssn\b|\bssn (or )?f?ein\b/,
    kind: 'einSsnOrCbpNumber',
    fill: 'ein',
  },
  { label: /social security|\bssn\b/, hint: /\bssn\b/, kind: 'ssn' },
  { label: /cbp[- ]assigned/, kind: 'cbpAssignedNumber' },
  {
    label: /employer identification|\b(f?ein)\b|irs (number|no)|federal tax id|tax id(entification)? number/,
    hint: /\bf?ein\b|\btax id\b/,
    kind: 'ein',
    fill: 'ein',
  },
  { label: /routing|\baba\b/, hint: /\brouting\b|\baba\b/, kind: 'routingNumber' },
  {
    label: /(bank |deposit |checking )?account (number|no\.?|#)/,
    hint: /\baccount (number|no|num)\b/,
    kind: 'bankAccountNumber',
  },
  { label: /filer code/, hint: /\bfiler code\b/, kind: 'filerCode' },
  {
    label: /entry (summary )?(number|no\.?|#)/,
    hint: /\bentry (summary )?(number|no|num)\b/,
    kind: 'entryNumber',
  },
  { label: /port (of entry )?code/, hint: /\bport code\b/, kind: 'portCode' },
  { label: /\bhts\b|tariff number|harmonized/, kind: 'hts' },
  { label: /d-?u-?n-?s/, kind: 'duns' },
  { label: /naics/, kind: 'naics' },
  { label: /year established/, kind: 'year' },
  // "Postal Code" names Canada's as well as ZIP codes, and a 5106 address may be Canadian (DOMAIN.md
  // §2.2, 2A). The name/id hint "postal code" (autocomplete="postal-code") stays with the ZIP rule.
  { label: /postal/, hint: /\bzip (or )?postal\b/, kind: 'postalCode', fill: 'zip' },
  { label: /\bzip( code)?\b/, hint: /\b(zip|postal)( code)?\b/, kind: 'zip', fill: 'zip' },
  { label: /province/, hint: /\bstate (or )?province\b/, kind: 'stateOrProvince', fill: 'state' },
  {
    label: /^state\b|\bstate$/,
    hint: /^(state|address level1)$/,
    kind: 'usState',
    fill: 'state',
  },
  // Extensions before phone and fax: their labels name the phone, but they hold 1 to 6 digits, and
  // filling them with the phone number would be wrong. "Phone (with extension)" is a phone box.
  {
    label:
      /^(?!.*\b(with|and|incl\.?|including|plus|or) (an? )?(ext\.?|extension)\b)(.*\b(phone|telephone|tel|fax)\b.*\b(ext\.?|extension)\b|(ext\.?|extension)( (no\.?|number|#))?$)/,
    hint: /\b(phone|tel|telephone|fax) ?(ext|extension)\b|^(ext|extension)$/,
    kind: 'phoneExtension',
  },
  // Fax before phone: same format, but never filled with the phone number.
  { label: /\bfax\b/, hint: /\bfax\b/, kind: 'phone' },
  { label: /phone|telephone/, hint: /\b(phone|tel|telephone)\b/, kind: 'phone', fill: 'phone' },
  {
    label: /street( address)?( line)? ?2|address (line )?2/,
    hint: /\b(address line2|street2|address2)\b/,
    kind: 'streetLine',
    fill: 'street2',
  },
  {
    label: /street|address( line)?( 1)?$/,
    hint: /\b(address line1|street( address)?|street1|address1)\b/,
    kind: 'streetLine',
    fill: 'street1',
  },
  { label: /^city\b|\bcity$/, hint: /\b(city|address level2)\b/, fill: 'city' },
  {
    label: /company( legal)? name|business name|legal name|importer name/,
    hint: /\b(company|business|organization) name\b|\borganization\b/,
    fill: 'companyName',
  },
  { label: /^(title|position|job title)$|role\/title/, hint: /\b(job title|title)\b/, fill: 'contactTitle' },
  {
    label: /^(full )?name$|contact name|point of contact/,
    hint: /^name$|\bcontact name\b/,
    fill: 'contactName',
  },
] as const;

export function normalizeLabel(text: string): string {
  // Labels are short; an accessible name of a paragraph is cut, so no rule runs over pages of text.
  return text.slice(0, 400).replace(/[*:]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200).toLowerCase();
}

/**
 * Labels about someone other than the importer ("Related Business EIN", "Broker Company Name"): the
 * field is checked like any other, but never filled from the draft, which holds the importer's own
 * data.
 */
const OTHER_PARTY =
  /\b(related|affiliated?|parent compan(y|ies)|subsidiar(y|ies)|broker|surety|consignee|agent)\b/;

/** "importerRecordNumber" / "importer_record-number" -> "importer record number". */
export function splitHint(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export type FieldDescriptor = {
  accessibleName: string;
  /** Or a function: reading them costs DOM calls, needed only when the name matches no rule. */
  hints: readonly string[] | (() => readonly string[]);
  /**
   * Text shown before the field that no accessible name points to (a table header cell, a <dt>, a
   * <span>): legacy and hand-made forms label fields visually only. Tried last, against the label
   * rules: a real label, aria name or name/id hint always wins.
   */
  nearbyText?: () => string;
};

/** One test for "does any rule match at all": most fields on a big form match none. */
const anyOf = (res: RegExp[]) => new RegExp(res.map((r) => `(?:${r.source})`).join('|'));
let anyLabel: RegExp | undefined;
let anyHint: RegExp | undefined;

/**
 * Names of fields that hold secrets (a text field can: a show-password toggle, a PIN): never
 * checked or filled whatever else their name says. Password-type fields never get this far.
 */
const SECRET =
  /pass ?(word|code|phrase)|\bpwd\b|\bpin\b|\bsecret\b|security (code|answer|question)|one[- ]time|\botp\b|verification code|auth(entication)? code|\bmfa\b|\b2fa\b|\btoken\b/;

export function classifyField(d: FieldDescriptor): FieldRule | null {
  const name = normalizeLabel(d.accessibleName);
  if (SECRET.test(name)) return null;
  anyLabel ??= anyOf(FIELD_RULES.map((r) => r.label));
  if (name && anyLabel.test(name)) {
    const byLabel = FIELD_RULES.find((r) => r.label.test(name));
    if (byLabel) return byLabel.fill && OTHER_PARTY.test(name) ? checkOnly(byLabel) : byLabel;
  }
  const raw = typeof d.hints === 'function' ? d.hints() : d.hints;
  if (raw.length > 0) {
    anyHint ??= anyOf(FIELD_RULES.flatMap((r) => (r.hint ? [r.hint] : [])));
    const split = raw.map(splitHint);
    // Read only when the name said nothing: "emailOtp", "emailPassword" are not email fields.
    if (split.some((h) => SECRET.test(h))) return null;
    const hints = split.filter((h) => h && anyHint?.test(h));
    for (const rule of FIELD_RULES) {
      if (hints.length > 0 && rule.hint && hints.some((h) => rule.hint?.test(h))) return rule;
    }
  }
  const nearby = d.nearbyText ? normalizeLabel(d.nearbyText()) : '';
  if (!nearby || SECRET.test(nearby) || !anyLabel.test(nearby)) return null;
  const rule = FIELD_RULES.find((r) => r.label.test(nearby));
  return rule ? checkOnly(rule) : null;
}

/**
 * A rule found from text beside the field, without its fill key: a guessed field may get a hint
 * (informational), never data written into it.
 */
const checkOnlyRules = new Map<FieldRule, FieldRule>();
function checkOnly(rule: FieldRule): FieldRule {
  if (!rule.fill) return rule;
  let derived = checkOnlyRules.get(rule);
  if (!derived) {
    derived = { ...rule, fill: undefined };
    checkOnlyRules.set(rule, derived);
  }
  return derived;
}

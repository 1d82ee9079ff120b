// Contact fields of the 5106 (blocks 2C–2E, 3J): e-mail and North American phone numbers.
import { error, ok, type Validation, warning } from './result';
import { collapseSpaces, describeChar, firstOffending, foldWidth, quote } from './text';

// ---------------------------------------------------------------------------------------------------
// E-mail. Deliberately pragmatic rather than RFC 5322: quoted local parts and IP-literal domains are
// legal but never what a user means in a business form, and the address must receive ACE's
// verification code (DOMAIN.md §2.2, 2E). Every pattern here is linear (no nested quantifiers), since
// the validators run on every keystroke and on pasted text of any length.

const LOCAL_CHAR = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TLD = /^[A-Za-z]{2,63}$/;

export function validateEmail(raw: string): Validation {
  // Pasted "mailto:" links and angle-bracketed addresses are common; take the address inside.
  // Full-width forms only (text.ts): NFKC would also turn a ligature "ﬁ" into "fi" without a word.
  let address = foldWidth(raw).trim();
  if (address.startsWith('<') && address.endsWith('>')) address = address.slice(1, -1).trim();
  if (/^mailto:/i.test(address)) address = address.slice(7);
  if (/\s/.test(address)) return error('An e-mail address has no spaces: remove them.');
  const at = address.indexOf('@');
  if (at === -1)
    return error('An e-mail address needs an @ between the name and the domain, as in name@example.com.');
  if (address.indexOf('@', at + 1) !== -1)
    return error('An e-mail address has exactly one @: remove the extra one.');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  const normalized = `${local}@${domain}`;
  if (local === '') return error('The e-mail address is missing the name before the @.');
  if (domain === '')
    return error('The e-mail address is missing the domain after the @, as in name@example.com.');
  if (local.length > 64)
    return error(`The part before the @ can have at most 64 characters, but this has ${local.length}.`);
  if (normalized.length > 254)
    return error(`An e-mail address can have at most 254 characters, but this has ${normalized.length}.`);
  const badLocal = firstOffending(local, LOCAL_CHAR);
  if (badLocal !== undefined)
    return error(`The part before the @ cannot contain ${describeChar(badLocal)}: remove it.`);
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return error('The part before the @ cannot start or end with a dot or have two dots in a row.');
  }
  const labels = domain.split('.');
  if (labels.length < 2) return error(`The domain ${quote(domain)} needs a dot and an ending such as .com.`);
  const badLabel = labels.find((label) => !DOMAIN_LABEL.test(label));
  if (badLabel !== undefined) {
    return error(
      badLabel === ''
        ? 'The domain after the @ has an empty part (two dots in a row, or a dot at an end): remove the extra dot.'
        : `The domain part ${quote(badLabel)} can hold only letters, digits and inner hyphens.`,
    );
  }
  const tld = labels[labels.length - 1] ?? '';
  if (!TLD.test(tld))
    return error(`The domain should end in letters such as .com or .org, not ${quote(`.${tld}`)}.`);
  return ok(normalized);
}

// ---------------------------------------------------------------------------------------------------
// Phone: NANP (+1) only. Normalized `(NNN) NNN-NNNN`, plus ` x123` when there is an extension.
// Area code and exchange are NXX (N = 2–9); N11 area codes are service codes (411, 911), never assigned.

/** Extension at the end: "x123", "ext 123", "ext. 123", "extension 123", "#123". */
const EXTENSION = /^(.*?)[\s,;]*(?:extension|ext\.?|x|#)\s*(\d{1,6})$/i;
const PHONE_PUNCTUATION = /[\s().\-\u2010-\u2015\u2212/]/g;

export function validatePhone(raw: string): Validation {
  const text = collapseSpaces(foldWidth(raw));
  if (text.length > 100)
    return error('That is too long for a phone number: enter the 10-digit number with its area code.');
  const ext = EXTENSION.exec(text);
  const main = ext ? (ext[1] ?? '') : text;
  const extension = ext ? (ext[2] ?? '') : '';
  let digits = main.replace(PHONE_PUNCTUATION, '');
  const international = digits.startsWith('+');
  if (international) digits = digits.slice(1);
  else if (digits.startsWith('00')) {
    return error(
      'Only North American (+1) numbers fit this field: enter the 10-digit number with its area code.',
    );
  }
  const bad = firstOffending(digits, /[0-9]/);
  if (bad !== undefined) {
    return error(
      `A phone number has only digits, spaces, dashes, dots and brackets: remove ${describeChar(bad)}.`,
    );
  }
  if (international && !digits.startsWith('1')) {
    return error(
      'Only North American (+1) numbers fit this field: enter the 10-digit number with its area code.',
    );
  }
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length !== 10) {
    return error(`A phone number has 10 digits (area code and number), but this has ${digits.length}.`);
  }
  const area = digits.slice(0, 3);
  const exchange = digits.slice(3, 6);
  const normalized = `(${area}) ${exchange}-${digits.slice(6)}${extension ? ` x${extension}` : ''}`;
  if (/^[01]/.test(area))
    return error(`Area codes never start with ${area.charAt(0)}: re-check ${area}.`, normalized);
  if (/^[2-9]11$/.test(area))
    return error(`${area} is a service code, not an area code: re-check the number.`, normalized);
  if (/^[01]/.test(exchange)) {
    return error(
      `The 3 digits after the area code never start with ${exchange.charAt(0)}: re-check ${exchange}.`,
      normalized,
    );
  }
  // 555-0100 to 555-0199 are reserved for fiction; a form sample copied by mistake is worth a nudge.
  if (exchange === '555' && digits.slice(6, 8) === '01') {
    return warning(`${area}-555-01xx numbers are fictional: enter a number that reaches you.`, normalized);
  }
  return ok(normalized);
}

// ---------------------------------------------------------------------------------------------------
// Phone extension on its own ("Phone Ext." boxes, 5106 2C): 1 to 6 digits, as validatePhone reads
// them after the number. Digits only, no "x": the 5106 extension is stored as typed and the phone fill
// writes it after " x" (lib/ace/draft-fill.ts).

export function validatePhoneExtension(raw: string): Validation {
  const digits = foldWidth(raw).trim();
  // The whole phone number pasted into the extension box is the usual mistake: say so.
  if (/^\+?\d{10,11}$/.test(digits.replace(PHONE_PUNCTUATION, ''))) {
    return error(
      'A phone extension has 1 to 6 digits: this looks like a whole phone number, which goes in the phone field.',
    );
  }
  const bad = firstOffending(digits, /[0-9]/);
  if (bad !== undefined) return error(`A phone extension has only digits: remove ${describeChar(bad)}.`);
  if (digits.length === 0 || digits.length > 6) {
    return error(`A phone extension has 1 to 6 digits, but this has ${digits.length || 'none'}.`);
  }
  return ok(digits);
}

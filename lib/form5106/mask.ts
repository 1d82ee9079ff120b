// Masking of sensitive numbers in lists and summaries: SSNs, passport numbers, bank numbers and (in the
// list) EINs. Only the last 4 characters stay, so a user can still tell drafts apart.
import { validate } from '@/lib/validation/index';
import type { Form5106 } from './schema';

const BULLET = '•';

/** Every letter/digit but the last `keep` becomes a bullet; dashes and spaces keep their places. */
export function maskValue(value: string, keep = 4): string {
  const chars = Array.from(value.trim());
  const significant = chars.filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
  let seen = 0;
  return chars
    .map((c) => {
      if (!/[\p{L}\p{N}]/u.test(c)) return c;
      seen += 1;
      return seen > significant - keep ? c : BULLET;
    })
    .join('');
}

/** Paths (with '*' for row indexes) whose values are masked unless the user reveals them. */
export const SENSITIVE_PATHS = [
  'section3.officers.*.ssn',
  'section3.officers.*.passportNumber',
  'section3.bank.routingNumber',
  'section3.related.*.idNumber',
] as const;

/**
 * 1B in clear: only a number that really is CBP-assigned (YYDDPP-NNNNN, and the check finds nothing).
 * The type is just what the user picked, so "CBP-assigned" with 123-45-6789 may well be an SSN.
 */
function cbpAssignedInClear(form: Form5106): string | null {
  const { idType, idNumber } = form.section1;
  if (idType !== 'cbpAssigned') return null;
  const r = validate('cbpAssignedNumber', idNumber);
  return r.level === 'ok' && r.normalized !== undefined ? r.normalized : null;
}

/** 1B is sensitive unless it is a valid CBP-assigned number (it may be an SSN; lists mask it anyway). */
export function isSensitivePath(path: string, form?: Form5106): boolean {
  const generic = path.replace(/\.\d+(?=\.|$)/g, '.*');
  if ((SENSITIVE_PATHS as readonly string[]).includes(generic)) return true;
  return path === 'section1.idNumber' && (form === undefined || cbpAssignedInClear(form) === null);
}

/** What the list shows for 1B: type and masked number. */
export function maskedIdentity(form: Form5106): string {
  const { idType, idNumber } = form.section1;
  if (idNumber.trim() === '') return idType === 'none' ? 'CBP number requested' : 'No number yet';
  const prefix =
    idType === 'ein' ? 'EIN ' : idType === 'ssn' ? 'SSN ' : idType === 'cbpAssigned' ? 'CBP ' : '';
  return prefix + (cbpAssignedInClear(form) ?? maskValue(idNumber));
}

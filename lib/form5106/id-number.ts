// 5106 block 1B read one way everywhere: the form's own check (field-checks.ts) and the summary the
// page assistant fills ACE fields from (active.ts). Without dashes an EIN + suffix and a CBP-assigned
// number are both 11 digits (DOMAIN.md §3.2), so the type chosen in 1B decides how the number is read;
// the guessing importer-number reading is used only when no type is chosen.
import { type FieldKind, type Validation, validate } from '@/lib/validation/index';
import type { Form5106 } from './schema';

type IdFields = Pick<Form5106['section1'], 'idType' | 'idNumber'>;

const KIND_BY_TYPE = Object.freeze({
  ein: 'ein',
  ssn: 'ssn',
  cbpAssigned: 'cbpAssignedNumber',
  '': 'importerNumber',
} as const satisfies Record<string, FieldKind>);

/** The check for 1B, or null when there is none: blank, or type "none" (a CBP number is being requested). */
export function checkIdNumber(s1: IdFields): Validation | null {
  if (s1.idNumber.trim() === '' || s1.idType === 'none') return null;
  return validate(KIND_BY_TYPE[s1.idType], s1.idNumber);
}

/**
 * 1B as ACE's importer-number field wants it, or null when 1B does not read (the form shows an error).
 * An EIN gets the suffix 00: 1B has no suffix box, and CBP assigns 00 when none is given (DOMAIN.md
 * §3.2, 19 CFR 24.5(d)); ACE wants the number with its suffix.
 */
export function importerNumberOf(s1: IdFields): string | null {
  const r = checkIdNumber(s1);
  if (!r || r.level === 'error' || r.normalized === undefined) return null;
  return s1.idType === 'ein' ? `${r.normalized}00` : r.normalized;
}

/** The canonical EIN (NN-NNNNNNN) when 1B is an EIN that reads, else null. */
export function einOf(s1: IdFields): string | null {
  if (s1.idType !== 'ein') return null;
  const r = checkIdNumber(s1);
  return r && r.level !== 'error' ? (r.normalized ?? null) : null;
}

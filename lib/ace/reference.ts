// The EIN check against the user's Form 5106: an EIN or importer number typed on ACE that differs
// from the one on the active draft (or the EIN the user stored) is the snag behind most failed ACE
// applications, so it gets a warning that names the draft.
import type { Validation } from '@/lib/validation/index';

export type ReferenceIdentity = {
  /** Where it comes from, shown in the warning: 'Form 5106 draft "Acme Imports"' or 'the EIN you saved'. */
  label: string;
  /** 9 digits. */
  einDigits: string;
};

/** The EIN digits a checked value carries: an EIN, or an EIN-based importer number (not SSN or CBP-assigned). */
export function einDigitsOf(kind: string, v: Validation): string | null {
  if (v.level === 'error' || !v.normalized) return null;
  const digits = v.normalized.replace(/[^0-9A-Z]/gi, '');
  if (kind === 'ein') return digits.slice(0, 9);
  // "EIN/SSN" boxes (einSsnOrCbpNumber) and importer numbers: only when the value reads as an EIN.
  if ((kind === 'importerNumber' || kind === 'einSsnOrCbpNumber') && v.detectedType === 'ein')
    return digits.slice(0, 9);
  return null;
}

/** The field kinds whose values carry an EIN to compare (re-checked when the reference changes). */
export const REFERENCE_KINDS: ReadonlySet<string> = new Set(['ein', 'importerNumber', 'einSsnOrCbpNumber']);

export function formatEin(digits: string): string {
  return `${digits.slice(0, 2)}-${digits.slice(2)}`;
}

/** A warning message when the value's EIN differs from the reference; null when it matches or does not apply. */
export function referenceMismatch(kind: string, v: Validation, ref: ReferenceIdentity | null): string | null {
  if (!ref) return null;
  const digits = einDigitsOf(kind, v);
  if (!digits || digits === ref.einDigits) return null;
  return `This EIN (${formatEin(digits)}) differs from ${formatEin(ref.einDigits)} on ${ref.label}; ACE checks it against the 5106 on file.`;
}

/** Applies the mismatch check on top of a validation result: an error stays, a mismatch becomes a warning. */
export function withReference(kind: string, v: Validation, ref: ReferenceIdentity | null): Validation {
  const mismatch = referenceMismatch(kind, v, ref);
  if (!mismatch) return v;
  return {
    ...v,
    level: 'warning',
    message: v.level === 'warning' && v.message ? `${mismatch} ${v.message}` : mismatch,
  };
}

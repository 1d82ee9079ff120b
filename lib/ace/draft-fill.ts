// From the active Form 5106 draft to what the page assistant uses: the EIN to compare against, and
// the values fill-from-draft may put into ACE fields. Only identity and address data: the summary the
// background sends carries no 3J officer SSNs, passport or bank numbers. It does carry 1B in full
// (idNumber, importerNumber), which is the owner's SSN when 1B's type is SSN: an SSN filer's importer
// number is that SSN, and filling the ACE application's importer-number field is what it is for.
import type { ActiveDraftSummary } from '@/lib/form5106/active-summary';
import type { FillKey } from './field-rules';

/** 9 EIN digits from the draft's 1B (an EIN, or an EIN-based importer number), else null. */
export function draftEinDigits(draft: ActiveDraftSummary | null): string | null {
  if (!draft) return null;
  if (draft.ein) return draft.ein.replace(/\D/g, '').slice(0, 9);
  if (draft.idType === 'ein' && draft.importerNumber) {
    const digits = draft.importerNumber.replace(/[^0-9A-Z]/gi, '');
    if (/^\d{9}/.test(digits)) return digits.slice(0, 9);
  }
  return null;
}

export function fillValues(draft: ActiveDraftSummary): Partial<Record<FillKey, string>> {
  const m = draft.mailing;
  const values: Partial<Record<FillKey, string>> = {
    companyName: draft.importerName,
    // Read by 1B's type (lib/form5106/id-number.ts), with the suffix ACE wants for an EIN; when 1B does
    // not read, what was typed, so the user sees it and the page's own check flags it.
    importerNumber: draft.importerNumber ?? draft.idNumber,
    ein: draft.ein ?? '',
    email: draft.email,
    phone: draft.phoneExt ? `${draft.phone} x${draft.phoneExt}` : draft.phone,
    street1: m.street1,
    street2: m.street2,
    city: m.city,
    state: m.state,
    zip: m.zip,
  };
  // Empty values are not filled: a blank draft field must not wipe what the user typed on ACE.
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v && v.trim() !== ''));
}

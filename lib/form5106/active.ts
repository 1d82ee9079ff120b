// The active draft: the one the page assistant on ACE pages uses (EIN check, fill from draft).
// Its id lives in browser.storage.local under 'activeDraftId'; content scripts get the summary from
// the background (drafts/getActive), never from IndexedDB.
import { browser } from 'wxt/browser';
import { ACTIVE_DRAFT_KEY } from './active-key';
import type { ActiveDraftSummary } from './active-summary';
import type { Draft } from './draft';
import { einOf, importerNumberOf } from './id-number';
import type { Address } from './schema';

export { ACTIVE_DRAFT_KEY };

export async function getActiveDraftId(): Promise<string | null> {
  const got = await browser.storage.local.get(ACTIVE_DRAFT_KEY);
  const id = got[ACTIVE_DRAFT_KEY];
  return typeof id === 'string' && id !== '' ? id : null;
}

export async function setActiveDraftId(id: string | null): Promise<void> {
  if (id) await browser.storage.local.set({ [ACTIVE_DRAFT_KEY]: id });
  else await browser.storage.local.remove(ACTIVE_DRAFT_KEY);
}

export { type ActiveDraftSummary, activeDraftSummarySchema } from './active-summary';

const pickAddress = (a: Address) => ({
  street1: a.street1,
  street2: a.street2,
  city: a.city,
  state: a.state,
  zip: a.zip,
  country: a.country,
});

export function summarizeForPage(draft: Draft): ActiveDraftSummary {
  const s1 = draft.form.section1;
  const s2 = draft.form.section2;
  return {
    id: draft.id,
    name: draft.name,
    importerName: s1.name,
    idType: s1.idType,
    idNumber: s1.idNumber,
    ein: einOf(s1),
    // Read by 1B's type, as the form checked it: the same digits, in the format ACE wants.
    importerNumber: importerNumberOf(s1),
    otherName: s1.otherName,
    companyType: s1.companyType,
    mailing: pickAddress(s2.mailing),
    physical: pickAddress(s2.physical.sameAsMailing ? s2.mailing : s2.physical),
    phone: s2.phone,
    phoneExt: s2.phoneExt,
    email: s2.email,
    website: s2.website,
    updatedAt: draft.updatedAt,
  };
}

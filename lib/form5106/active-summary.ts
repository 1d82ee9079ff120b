// What the page assistant gets of the active draft (drafts/getActive). zod/mini, because the content
// script validates it on every ACE page (see lib/messaging/content-protocol.ts).
import * as z from 'zod/mini';
import { lazy } from '@/lib/messaging/lazy';

const addressSummarySchema = () =>
  z.object({
    street1: z.string(),
    street2: z.string(),
    city: z.string(),
    state: z.string(),
    zip: z.string(),
    country: z.string(),
  });

/**
 * What fill-from-draft and the EIN check need; no 3J personal data, no bank data. 1B is included in
 * full, so this carries the owner's SSN when 1B is one: the ACE importer-number field needs it.
 */
export const activeDraftSummarySchema = lazy(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    importerName: z.string(),
    idType: z.string(),
    /** 1B as typed. */
    idNumber: z.string(),
    /** Canonical EIN (NN-NNNNNNN) when 1B is an EIN that reads cleanly, else null. */
    ein: z.nullable(z.string()),
    /** 1B as ACE's importer number, read by its type (an EIN with suffix 00), else null. See id-number.ts. */
    importerNumber: z.nullable(z.string()),
    otherName: z.string(),
    companyType: z.string(),
    mailing: addressSummarySchema(),
    physical: addressSummarySchema(),
    phone: z.string(),
    phoneExt: z.string(),
    email: z.string(),
    website: z.string(),
    updatedAt: z.number(),
  }),
);
export type ActiveDraftSummary = z.infer<ReturnType<typeof activeDraftSummarySchema>>;

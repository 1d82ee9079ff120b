// Page hints: what usually goes wrong on this page. Informational, dated where a rule is time-bound,
// never legal advice. Sources in DOMAIN.md; change the data when CBP changes the rules.
import type { PageId } from './pages';

export type Hint = {
  id: string;
  text: string;
  /** The date the rule or fact was last confirmed, shown as "as of". */
  asOf?: string;
  severity: 'info' | 'caution';
};

export const PAGE_HINTS: Partial<Record<PageId, readonly Hint[]>> = {
  'importer-application': [
    {
      id: 'code-to-5106-email',
      severity: 'caution',
      text: 'The verification code goes to the email on your Form 5106 record and expires in 10 minutes. If that email is stale, update the 5106 first.',
      asOf: '2025-10-30',
    },
    {
      id: 'suffix-required',
      severity: 'info',
      text: 'Enter every importer number with its 2-character suffix (e.g. 12-345678900). Each suffix is a separate number.',
    },
    {
      id: 'ein-matches-irs',
      severity: 'caution',
      text: 'Use the EIN exactly as on your IRS filings and your 5106: a mismatch is the most common reason an application fails.',
    },
    {
      id: 'several-ior',
      severity: 'info',
      text: 'Several importer numbers? List them all here so one account holds them; a corporate identifier cannot sit in two ACE accounts.',
    },
  ],
  'user-management': [
    {
      id: 'broker-scope',
      severity: 'caution',
      text: 'Give your broker user-level access scoped to protest and CAPE, not Trade Account Owner rights.',
    },
    {
      id: 'no-shared-credentials',
      severity: 'caution',
      text: 'Never share credentials: add each person as their own user. Accounts unused for 45 days are deactivated.',
    },
  ],
  'ach-refund': [
    {
      id: 'payment-ach-not-refund',
      severity: 'caution',
      text: 'ACH enrolment for payments (ACH debit, monthly statements) does not count: refunds need a refund bank account here.',
      asOf: '2026-02-06',
    },
    {
      id: 'per-suffix',
      severity: 'info',
      text: 'Add bank details for each importer number and suffix separately. Only the account owner can enrol.',
      asOf: '2025-09-30',
    },
    {
      id: 'refunds-ach-only',
      severity: 'info',
      text: 'Since 2026-02-06 CBP refunds go by ACH only; a refund with no ACH data is rejected and earns no interest while undeliverable.',
      asOf: '2026-02-06',
    },
  ],
  cape: [
    {
      id: 'cape-file-format',
      severity: 'info',
      text: 'The declaration file has one column headed "Entry Number" in A1, one 11-character entry number a row, no duplicates, at most 9,999 entries, saved as CSV.',
      asOf: '2026-04-20',
    },
    {
      id: 'cape-window',
      severity: 'caution',
      text: 'CAPE Phase 1 takes unliquidated entries and entries liquidated within the last 80 days; after that, file a protest within 180 days of liquidation.',
      asOf: '2026-04-20',
    },
    {
      id: 'cape-exclusions',
      severity: 'info',
      text: 'Excluded from Phase 1: entry types 08, 09 and 47, reconciliation or drawback flagged entries, and entries with an open protest.',
      asOf: '2026-04-20',
    },
  ],
  reports: [
    {
      id: 'es003-columns',
      severity: 'caution',
      text: 'Run ES-003 Entry Summary Line Tariff Details and add the Liquidation Date and Liquidation Status columns: they are not in the default layout.',
    },
    {
      id: 'es003-range',
      severity: 'info',
      text: 'Use entry dates 2025-02-01 to 2026-02-23, the IEEPA period. Export as CSV (faster) or Excel.',
      asOf: '2026-02-24',
    },
    {
      id: 'es701',
      severity: 'info',
      text: 'ES-701 Courtesy Notice of Liquidation gives liquidation dates; ACE Assist joins it to ES-003 by entry number.',
    },
  ],
  'portal-home': [
    {
      id: 'stale-5106',
      severity: 'caution',
      text: 'A Form 5106 not updated in the last 12 months, or whose EIN differs from IRS filings, is why refunds bounce: check it before filing.',
    },
    {
      id: 'continuous-bond',
      severity: 'info',
      text: 'No continuous bond on file? Name or address changes on the 5106 need a bond rider when one exists; check with your surety.',
    },
  ],
};

export const DISCLAIMER =
  'Information only, not legal advice. Confirm deadlines with your broker or counsel.';

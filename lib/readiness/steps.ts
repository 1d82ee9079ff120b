// The plan's next steps and what to ask the broker for, in the order they should be done. Data only.
// Link targets are extension-relative and live here, so wiring them to real pages is a data change:
// 'page' opens an extension page; 'note' says where the thing is when no page can be linked (the
// checklist shows on ACE pages). `checklistStep` names a step of lib/ace/checklist.ts.
import type { Condition, PathId } from './condition';

export type StepLink = { kind: 'page'; href: string; label: string } | { kind: 'note'; text: string };

export type StepRow = {
  id: string;
  when: Condition;
  title: string;
  detail: string;
  /** A step that must be done before the refund path can be taken. */
  blocking: boolean;
  link?: StepLink;
  checklistStep?: string;
};

/** Every path on which there is something to claim. */
const CLAIM_PATHS: readonly PathId[] = ['cape', 'protest', 'counsel', 'mixed', 'undetermined'];

const CHECKLIST_NOTE: StepLink = { kind: 'note', text: 'Open any ACE page to see the checklist.' };
const DRAFTS: StepLink = { kind: 'page', href: 'popup.html#drafts', label: 'Open the Form 5106 drafts' };
const ANALYZER: StepLink = { kind: 'page', href: 'analyzer.html', label: 'Open the report analyzer' };

export const STEPS: readonly StepRow[] = [
  {
    id: 'confirm-imports',
    when: { paths: CLAIM_PATHS, imported: ['unsure'] },
    title: 'Check your 7501s for IEEPA lines',
    detail:
      'Look for Chapter 99 lines starting 9903.01 or 9903.02, with duty, on entries dated {ieepaFrom} to {ieepaTo}. Only those entries have IEEPA duty to recover.',
    blocking: false,
  },
  {
    id: 'confirm-importer-of-record',
    when: { paths: CLAIM_PATHS, importerOfRecord: ['unsure'] },
    title: 'Find out who the importer of record is',
    detail:
      'The 7501 names the importer of record and its importer number. If it is your EIN, the claim is yours; if not, the party named files it.',
    blocking: true,
  },
  {
    id: 'broker-is-importer',
    when: { paths: CLAIM_PATHS, importerOfRecord: ['broker'] },
    title: 'Your broker claims as importer of record',
    detail:
      'For entries where the broker or forwarder was importer of record, it files the CAPE declaration or protest and receives the refund. Agree in writing how the refund reaches you.',
    blocking: false,
  },
  {
    id: 'non-resident-importer',
    when: { paths: CLAIM_PATHS, importerOfRecord: ['non-resident'] },
    title: 'The non-resident importer of record claims',
    detail:
      'It needs its own ACE portal account and ACH refund enrolment with a U.S. bank account, or a U.S. party named on CBP Form 4811 to receive refunds. Agree with it how the refund reaches you.',
    blocking: false,
  },
  {
    id: 'update-5106',
    when: {
      paths: CLAIM_PATHS,
      importerOfRecord: ['self', 'unsure'],
      form5106: ['outdated', 'no', 'unsure'],
    },
    title: 'Bring your Form 5106 up to date',
    detail:
      'Legal name, EIN (as on your IRS filings), addresses and the contact email. Draft it here, then file it through your broker (electronically) or on paper. The ACE account application sends its code to the 5106 email.',
    blocking: true,
    link: DRAFTS,
    checklistStep: 'form-5106-current',
  },
  {
    id: 'create-ace-account',
    when: { paths: CLAIM_PATHS, importerOfRecord: ['self', 'unsure'], aceAccount: ['no', 'unsure'] },
    title: 'Apply for an ACE portal account',
    detail:
      'Importers apply online at ace-accounts.cbp.gov/s/importer-form. Choose a Trade Account Owner who will stay; approval takes about two weeks.',
    blocking: true,
    link: CHECKLIST_NOTE,
    checklistStep: 'create-portal-account',
  },
  {
    id: 'add-importer-sub-account',
    when: { paths: CLAIM_PATHS, importerOfRecord: ['self', 'unsure'], aceAccount: ['account-no-importer'] },
    title: 'Add an importer sub-account',
    detail:
      'Your Trade Account Owner adds it in ACE. CAPE declarations are filed from importer (or broker) accounts.',
    blocking: true,
    link: CHECKLIST_NOTE,
    checklistStep: 'create-portal-account',
  },
  {
    id: 'enrol-ach-refund',
    when: {
      paths: CLAIM_PATHS,
      importerOfRecord: ['self', 'unsure'],
      achRefund: ['payment-only', 'no', 'unsure'],
    },
    title: 'Enrol for ACH refunds',
    detail:
      'In ACE, the Trade Account Owner adds a refund bank account per importer number and suffix in the ACH Refund Authorization tab. ACH for paying duties does not count.',
    blocking: true,
    link: CHECKLIST_NOTE,
    checklistStep: 'ach-refund',
  },
  {
    id: 'broker-access',
    when: { paths: CLAIM_PATHS, brokerAccess: ['poa-only', 'no'] },
    title: 'Give your broker scoped access',
    detail:
      'Confirm the power of attorney, link the broker’s filer code, and give user-level access scoped to protest and CAPE, not owner rights.',
    blocking: false,
    link: CHECKLIST_NOTE,
    checklistStep: 'broker-access',
  },
  {
    id: 'get-liquidation-dates',
    when: { paths: CLAIM_PATHS, liquidation: ['unknown'] },
    title: 'Get your liquidation dates',
    detail:
      'Run, or ask your broker for, ES-003 with the Liquidation Date and Liquidation Status columns added, and ES-701 courtesy notices of liquidation.',
    blocking: true,
    link: CHECKLIST_NOTE,
    checklistStep: 'pull-reports',
  },
  {
    id: 'status-per-entry',
    when: { paths: CLAIM_PATHS },
    title: 'Work out each entry’s status and last days',
    detail:
      'Drop ES-003 and ES-701 downloads into the analyzer or, with only paper 7501s, add entries by hand under Manual entries. Both give each entry’s status and its CAPE and protest last days.',
    blocking: false,
    link: ANALYZER,
  },
  {
    id: 'file-cape',
    when: { paths: ['cape', 'mixed'] },
    title: 'File a CAPE declaration',
    detail:
      'In the ACE portal, CAPE tab: upload a CSV with the header Entry Number and one entry number per row (the analyzer and Manual entries export it). Entries liquidated more than {capeDays} days ago are rejected, so file early.',
    blocking: false,
    link: CHECKLIST_NOTE,
    checklistStep: 'file-cape-or-protest',
  },
  {
    id: 'file-protest',
    when: { paths: ['protest', 'mixed'] },
    title: 'File protests before each last day',
    detail:
      'In the ACE Protest module or on CBP Form 19. The last day is {protestDays} calendar days after liquidation and does not move for weekends or holidays.',
    blocking: false,
    link: CHECKLIST_NOTE,
    checklistStep: 'file-cape-or-protest',
  },
  {
    id: 'talk-to-counsel',
    when: { paths: ['counsel', 'mixed'] },
    title: 'Ask a customs attorney about older entries',
    detail:
      'For entries liquidated more than {protestDays} days ago, ask whether a court route is open; the law on finally liquidated entries was still moving in mid-2026.',
    blocking: false,
  },
];

export type BrokerAskRow = { id: string; when: Condition; text: string };

/** What to ask the broker for (or, without a broker, what to run in ACE). */
export const BROKER_ASKS: readonly BrokerAskRow[] = [
  {
    id: 'es-003',
    when: { paths: CLAIM_PATHS },
    text: 'ES-003 (Entry Summary Line Tariff Details) for entry dates {ieepaFrom} to {ieepaTo}, with the Liquidation Date and Liquidation Status columns added.',
  },
  {
    id: 'es-701',
    when: { paths: CLAIM_PATHS },
    text: 'ES-701 (Courtesy Notice of Liquidation) for the same entries.',
  },
  {
    id: 'power-of-attorney',
    when: { paths: CLAIM_PATHS, brokerAccess: ['no'] },
    text: 'A power of attorney, so they can act for you.',
  },
  {
    id: 'scoped-access',
    when: { paths: CLAIM_PATHS, brokerAccess: ['poa-only', 'no'] },
    text: 'The names of their users, so your Trade Account Owner can give them access scoped to protest and CAPE.',
  },
  {
    id: 'electronic-5106',
    when: {
      paths: CLAIM_PATHS,
      brokerAccess: ['yes', 'poa-only', 'no'],
      form5106: ['outdated', 'no', 'unsure'],
    },
    text: 'An electronic update of your Form 5106 from your draft.',
  },
  {
    id: 'broker-claims',
    when: { paths: CLAIM_PATHS, importerOfRecord: ['broker'] },
    text: 'Confirmation that they will declare (or protest) the entries where they were importer of record, and how the refund reaches you.',
  },
];

export const BROKER_HEADINGS = {
  broker: 'Ask your broker for',
  self: 'Run these reports in ACE yourself',
} as const;

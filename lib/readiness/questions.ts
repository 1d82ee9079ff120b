// The seven questions of the readiness check, in the order they are asked. Data only: the component
// renders them, plan.ts reads the answers. Texts may quote `{placeholders}` from windows.ts so dates
// and day counts come from the rule table. Sources: DOMAIN §1.2–1.3 (portal account, sub-accounts),
// §2.4 (ACH refunds), §5 (liquidation, protest), §6.3 (CAPE), and the project's starting guide.
import type { Answers, QuestionId } from './answers';

export type OptionRow<V extends string> = { value: V; label: string };

export type QuestionRow<K extends QuestionId = QuestionId> = {
  [P in K]: {
    id: P;
    /** The question itself; rendered as the legend and the focused heading. */
    title: string;
    /** Pointers for deciding, shown under the question. */
    help: readonly string[];
    options: readonly OptionRow<Answers[P]>[];
  };
}[K];

export const QUESTIONS: readonly QuestionRow[] = [
  {
    id: 'imported',
    title: 'Did you import goods into the United States between {ieepaFrom} and {ieepaTo}?',
    help: [
      'IEEPA duties applied to goods entered in that period. On a Form 7501 they are the Chapter 99 lines starting 9903.01 or 9903.02.',
    ],
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'unsure', label: 'Not sure' },
    ],
  },
  {
    id: 'importerOfRecord',
    title: 'Are you the importer of record for those goods?',
    help: [
      'The importer of record is the party named as importer on the 7501, with its importer number (usually its EIN plus a 2-digit suffix). Only the importer of record, or the broker that filed the entries for it, can claim the refund.',
      'If you bought on delivered (DDP) terms, the seller or its forwarder was probably the importer of record, not you.',
      'If a broker or a non-resident company was the importer of record, the claim is theirs to file: the plan says what to ask of them.',
    ],
    options: [
      { value: 'self', label: 'Yes, my company is the importer of record' },
      { value: 'broker', label: 'No, a customs broker or forwarder was the importer of record' },
      { value: 'non-resident', label: 'No, a non-resident company (for example a foreign seller) was' },
      { value: 'unsure', label: 'Not sure' },
    ],
  },
  {
    id: 'aceAccount',
    title: 'Do you have an ACE portal account with an importer sub-account?',
    help: [
      'CAPE declarations are filed in the ACE Secure Data Portal, from an importer (or broker) account. Importers with a Form 5106 on file apply online; approval takes about two weeks.',
    ],
    options: [
      { value: 'yes', label: 'Yes, with an importer sub-account' },
      { value: 'account-no-importer', label: 'We have an ACE account, but no importer sub-account' },
      { value: 'no', label: 'No ACE account yet' },
      { value: 'unsure', label: 'Not sure' },
    ],
  },
  {
    id: 'achRefund',
    title: 'Is ACH refund enrolment done?',
    help: [
      'CBP pays refunds only by ACH, to the refund account set in the ACH Refund Authorization tab in ACE, per importer number and suffix. ACH for payments (ACH debit, monthly statements) does not count: without refund enrolment the refund is rejected and earns no interest.',
    ],
    options: [
      { value: 'yes', label: 'Yes, a refund bank account is set in ACH Refund Authorization' },
      { value: 'payment-only', label: 'We only have ACH for paying duties' },
      { value: 'no', label: 'No' },
      { value: 'unsure', label: 'Not sure' },
    ],
  },
  {
    id: 'form5106',
    title: 'Is your Form 5106 current?',
    help: [
      'Current means updated within the last 12 months (or nothing has changed), and the EIN and legal name match your IRS filings. The ACE account application sends its verification code to the email on the 5106.',
    ],
    options: [
      { value: 'yes', label: 'Yes, current and matching our IRS filings' },
      { value: 'outdated', label: 'It is older than 12 months, or something changed' },
      { value: 'no', label: 'We have no 5106 on file' },
      { value: 'unsure', label: 'Not sure' },
    ],
  },
  {
    id: 'liquidation',
    title: "Do you know your entries' liquidation dates?",
    help: [
      'The liquidation date is on the courtesy notice of liquidation (ES-701) and in the ES-003 report with the Liquidation Date column. Count calendar days from it, the liquidation day being day 0.',
    ],
    options: [
      { value: 'cape-range', label: 'Yes: not liquidated yet, or liquidated {capeDays} days ago or less' },
      {
        value: 'protest-range',
        label: 'Yes: liquidated more than {capeDays} and up to {protestDays} days ago',
      },
      { value: 'past-protest', label: 'Yes: liquidated more than {protestDays} days ago' },
      { value: 'mixed', label: 'Yes, and they are a mix of these' },
      { value: 'unknown', label: 'No, I do not know them' },
    ],
  },
  {
    id: 'brokerAccess',
    title: 'Does your customs broker have access?',
    help: [
      'A broker acting for you needs a power of attorney (POA), and user-level access to your ACE account scoped to protest and CAPE, not owner rights.',
    ],
    options: [
      { value: 'yes', label: 'Yes: POA on file and scoped access in our ACE account' },
      { value: 'poa-only', label: 'They have a POA, but no access in our ACE account' },
      { value: 'no', label: 'No' },
      { value: 'no-broker', label: 'We do not use a broker' },
    ],
  },
];

// The dates and day counts the readiness texts quote. The numbers are not repeated here: each window
// names the rule-table field it reads (lib/deadlines/rules.ts), so a CBP change made there shows up
// in the questions, the plan and the per-entry statuses alike. Only the fixed historical dates that
// the engine has no use for (the court decision, the end of collection) are data of their own.
import type { CalendarDate } from '../deadlines/calendar-date';
import { type RuleSet, rulesFor } from '../deadlines/rules';

export type WindowRow = {
  id: string;
  label: string;
  /** Shown under the plan; `{placeholders}` are filled from `windowValues`. */
  text: string;
};

/** Fixed dates of the IEEPA story (DOMAIN §6.1, §6.2); never change once published. */
export const FIXED_DATES = {
  supremeCourtDecision: '2026-02-20',
  collectionEndedFor: '2026-02-24',
} as const satisfies Record<string, CalendarDate>;

export const WINDOWS: readonly WindowRow[] = [
  {
    id: 'ieepa-entries',
    label: 'IEEPA duty period',
    text: 'Goods entered {ieepaFrom} to {ieepaTo} could carry IEEPA duty; entries from {collectionEndedFor} on owe none.',
  },
  {
    id: 'cape',
    label: 'CAPE declaration',
    text: 'Unliquidated entries, and entries up to {capeDays} days after liquidation (liquidation day = day 0), since {capeOpened}.',
  },
  {
    id: 'protest',
    label: 'Protest',
    text: 'Up to {protestDays} days after liquidation; the calendar day is the deadline, even on a weekend or holiday.',
  },
  {
    id: 'final',
    label: 'After the protest window',
    text: 'Finally liquidated entries were outside CAPE Phase 1, and refunds for them were disputed in court in June 2026.',
  },
];

export type WindowValues = Readonly<Record<string, string>>;

/** Every value a readiness text may quote, for the rule set in force on `asOf`. */
export function windowValues(asOf: CalendarDate, rules: RuleSet = rulesFor(asOf)): WindowValues {
  return {
    ieepaFrom: rules.ieepaEntryDateWindow.from,
    ieepaTo: rules.ieepaEntryDateWindow.to,
    capeDays: String(rules.capeWindowDays),
    protestDays: String(rules.protestWindowDays),
    capeOpened: rules.effectiveFrom,
    supremeCourtDecision: FIXED_DATES.supremeCourtDecision,
    collectionEndedFor: FIXED_DATES.collectionEndedFor,
  };
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Names used in a template, for the test that every one of them is known. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** Fills `{name}`; an unknown name is left visible rather than hidden, so a typo shows in review. */
export function fill(template: string, values: WindowValues): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

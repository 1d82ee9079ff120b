// Shared result types of the report analysis engine. Owned jointly: lib/deadlines computes the
// status fields, lib/reports/analyze.ts fills the rest, lib/reports/outputs/* and the UI read them.

/** A calendar date, always `YYYY-MM-DD`; never a Date at midnight in some time zone. */
export type CalendarDate = string;

export const ENTRY_STATUSES = [
  'no-ieepa',
  'cape-excluded',
  'protested',
  'unliquidated',
  'cape-window',
  'protest-window',
  'final',
] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/** One entry after all files were joined on its normalized entry number. Money in integer cents. */
export type AnalyzedEntry = {
  /** Normalized 11-character entry number; the upper-cased raw value when it could not be normalized. */
  entryNumber: string;
  /** False when the check digit (or format) is wrong: flagged, never dropped. */
  entryNumberValid: boolean;
  importerNumber: string | null;
  importerName: string | null;
  filerCode: string | null;
  port: string | null;
  entryType: string | null;
  entryDate: CalendarDate | null;
  liquidationDate: CalendarDate | null;
  liquidationStatusRaw: string | null;
  protestNumber: string | null;
  protestStatusRaw: string | null;
  status: EntryStatus;
  /** Why the status was chosen, in words a user understands ("Liquidated 2026-09-04; 80-day CAPE window open"). */
  statusReason: string;
  /** Id of the rule-table row that decided the status. */
  ruleId: string;
  ieepaDutyCents: number;
  /** All non-IEEPA duty: section 122 + 301 + 232 + everything else. */
  otherDutyCents: number;
  section122DutyCents: number;
  section301DutyCents: number;
  section232DutyCents: number;
  lineCount: number;
  capeLastDay: CalendarDate | null;
  protestLastDay: CalendarDate | null;
  /** Estimate only (entry date + the rule table's projected-liquidation days). */
  projectedLiquidation: CalendarDate | null;
  /** Machine-readable flags, e.g. 'bad-check-digit', 'cape-last-day-holiday', 'projected-liquidation-estimate'. */
  flags: string[];
  /** Human-readable notes (holiday cautions, conflicts between files). */
  notes: string[];
  /** Names of the files that contributed to this entry. */
  sources: string[];
};

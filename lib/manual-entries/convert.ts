// A manual entry as the analysis engine's row: the status and last days come from the same
// computeStatus and rule table as analyzed reports, so a hand-entered 7501 and an ES-003 row for the
// same entry read the same, and manual entries can join portfolios and exports unchanged.
import type { CalendarDate } from '../deadlines/calendar-date';
import { type RuleSet, rulesFor } from '../deadlines/rules';
import { computeStatus } from '../deadlines/status';
import type { AnalyzedEntry } from '../reports/model';
import type { ManualEntry, ManualEntryInput } from './schema';

/** Names the source in exports ("Source Files" column), so a reader knows nobody's report said it. */
export const MANUAL_SOURCE = 'Entered by hand (7501)';
export const MANUAL_FLAG = 'manual-entry';

export function toAnalyzedEntry(
  entry: ManualEntryInput | ManualEntry,
  asOf: CalendarDate,
  rules: RuleSet = rulesFor(asOf),
): AnalyzedEntry {
  const status = computeStatus(
    {
      entryDate: entry.entryDate,
      liquidationDate: entry.liquidationDate,
      // A hand-entered date is one the user read off a notice; there is no separate status text.
      liquidationStatus: null,
      entryType: entry.entryType,
      ieepaDutyCents: entry.ieepaDutyCents,
    },
    asOf,
    rules,
  );
  return {
    entryNumber: entry.entryNumber,
    entryNumberValid: true,
    importerNumber: null,
    importerName: null,
    filerCode: entry.entryNumber.slice(0, 3),
    port: null,
    entryType: entry.entryType,
    entryDate: entry.entryDate,
    liquidationDate: entry.liquidationDate,
    liquidationStatusRaw: null,
    protestNumber: null,
    protestStatusRaw: null,
    status: status.status,
    statusReason: status.reason,
    ruleId: status.ruleId,
    ieepaDutyCents: entry.ieepaDutyCents,
    otherDutyCents: 0,
    section122DutyCents: 0,
    section301DutyCents: 0,
    section232DutyCents: 0,
    lineCount: 0,
    capeLastDay: status.capeLastDay,
    protestLastDay: status.protestLastDay,
    projectedLiquidation: status.projectedLiquidation,
    flags: [MANUAL_FLAG, ...status.flags],
    notes: status.notes,
    sources: [MANUAL_SOURCE],
  };
}

// Manual entries out through the same writers as analyzed reports: the results CSV for a spreadsheet,
// and CAPE upload files for the entries CAPE Phase 1 accepts (the writer decides eligibility).
import type { CalendarDate } from '../deadlines/calendar-date';
import { buildCapeDeclarations, type CapeDeclarations } from '../reports/outputs/cape-csv';
import { buildResultsCsv } from '../reports/outputs/results-csv';
import { toAnalyzedEntry } from './convert';
import type { ManualEntry } from './schema';

export function manualResultsCsv(entries: readonly ManualEntry[], asOf: CalendarDate): string {
  return buildResultsCsv(entries.map((e) => toAnalyzedEntry(e, asOf)));
}

export function manualCapeDeclarations(
  entries: readonly ManualEntry[],
  asOf: CalendarDate,
): CapeDeclarations {
  return buildCapeDeclarations(
    entries.map((e) => toAnalyzedEntry(e, asOf)),
    { baseName: `cape-declaration-manual-${asOf}` },
  );
}

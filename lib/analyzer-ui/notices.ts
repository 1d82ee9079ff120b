// Warnings the analyzer page shows above the results, not buried in a detail view: files that
// could not be used, skipped rows and why, bad check digits, and missing liquidation data with
// how to add it in ACE. Built from what the engine reports; no message is invented per row.
import type { AnalysisTotals, FileReport } from '../reports/analyze';
import { plural } from './format';

export type Notice = {
  level: 'error' | 'warning' | 'info';
  /** File the notice is about, when it is about one. */
  file: string | null;
  text: string;
  /** Set when the file's layout was not recognised: the page offers the mapping screen. */
  mappable?: boolean;
};

export const ADD_LIQUIDATION_HELP =
  'In ACE Reports, open your ES-003 report for editing, add the "Liquidation Date" and "Liquidation Status" ' +
  'objects to the result columns, run it again and export; or also export the ES-701 (Courtesy Notice of ' +
  'Liquidation) report for the same period and drop both files here.';

export type NoticeInput = {
  files: readonly FileReport[];
  totals: AnalysisTotals;
  /** Entries with a liquidation date or status from any file. */
  liquidationKnown: number;
};

export function analysisNotices({ files, totals, liquidationKnown }: NoticeInput): Notice[] {
  const notices: Notice[] = [];
  for (const f of files) {
    if (f.error !== undefined) {
      notices.push({
        level: 'error',
        file: f.name,
        text: f.error,
        mappable: f.report === null && f.layout !== undefined && f.signature !== null,
      });
    }
    for (const w of f.warnings) notices.push({ level: 'warning', file: f.name, text: w });
  }
  if (totals.badCheckDigit > 0) {
    notices.push({
      level: 'warning',
      file: null,
      text:
        `${plural(totals.badCheckDigit, 'entry number has', 'entry numbers have')} a wrong check digit ` +
        '(flagged "bad check digit" in the table). They are kept as in the file but left out of CAPE files; check them in ACE.',
    });
  }
  const hasEs701 = files.some((f) => f.report === 'es701' && f.used > 0);
  if (totals.entries > 0 && liquidationKnown === 0 && !hasEs701) {
    notices.push({
      level: 'warning',
      file: null,
      text: `No liquidation dates in these files, so every entry is treated as not liquidated and no CAPE or protest last day can be computed. ${ADD_LIQUIDATION_HELP}`,
    });
  }
  return notices;
}

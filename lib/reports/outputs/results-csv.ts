// The analysis results as a CSV a user opens in Excel: one row per entry, money in dollars, dates ISO.
//
// Cells are quoted per RFC 4180. Text that came from report files is untrusted: a cell starting with
// = + - @ (or tab / carriage return) would run as a formula in Excel or Sheets, so it gets a leading
// apostrophe (OWASP "CSV injection"). A plain number such as -12.34 cannot run as a formula and is
// left alone, so negative amounts stay numbers.
import type { EntryList } from '../entry-table';
import type { AnalyzedEntry } from '../model';

const CRLF = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export type ResultsCsvOptions = {
  /** Start with a UTF-8 byte-order mark so Excel reads importer names with accents correctly. Default true. */
  bom?: boolean;
};

/** Integer cents as dollars with two decimals: 123456 -> '1234.56', -5 -> '-0.05'. */
export function formatCents(cents: number): string {
  const rounded = Math.round(cents);
  const abs = Math.abs(rounded);
  return `${rounded < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Neutralises formula-looking text (not plain numbers), then quotes when RFC 4180 needs it. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Column = { header: string; value: (entry: AnalyzedEntry) => string | number | boolean | null };

/** Column order is what a user reads left to right: who, what status, why, when, how much. */
export const RESULT_COLUMNS: readonly Column[] = [
  { header: 'Entry Number', value: (e) => e.entryNumber },
  { header: 'Entry Number Valid', value: (e) => (e.entryNumberValid ? 'yes' : 'no') },
  { header: 'Status', value: (e) => e.status },
  { header: 'Status Reason', value: (e) => e.statusReason },
  { header: 'CAPE Last Day', value: (e) => e.capeLastDay },
  { header: 'Protest Last Day', value: (e) => e.protestLastDay },
  { header: 'Projected Liquidation (estimate)', value: (e) => e.projectedLiquidation },
  { header: 'IEEPA Duty (USD)', value: (e) => formatCents(e.ieepaDutyCents) },
  { header: 'Other Duty (USD)', value: (e) => formatCents(e.otherDutyCents) },
  { header: 'Section 122 Duty (USD)', value: (e) => formatCents(e.section122DutyCents) },
  { header: 'Section 301 Duty (USD)', value: (e) => formatCents(e.section301DutyCents) },
  { header: 'Section 232 Duty (USD)', value: (e) => formatCents(e.section232DutyCents) },
  { header: 'Importer Number', value: (e) => e.importerNumber },
  { header: 'Importer Name', value: (e) => e.importerName },
  { header: 'Filer Code', value: (e) => e.filerCode },
  { header: 'Port', value: (e) => e.port },
  { header: 'Entry Type', value: (e) => e.entryType },
  { header: 'Entry Date', value: (e) => e.entryDate },
  { header: 'Liquidation Date', value: (e) => e.liquidationDate },
  { header: 'Liquidation Status (as reported)', value: (e) => e.liquidationStatusRaw },
  { header: 'Protest Number', value: (e) => e.protestNumber },
  { header: 'Protest Status (as reported)', value: (e) => e.protestStatusRaw },
  { header: 'Line Count', value: (e) => e.lineCount },
  { header: 'Flags', value: (e) => e.flags.join('; ') },
  { header: 'Notes', value: (e) => e.notes.join(' | ') },
  { header: 'Source Files', value: (e) => e.sources.join('; ') },
  { header: 'Rule', value: (e) => e.ruleId },
];

/** One row per entry, in the order given. */
export function buildResultsCsv(entries: EntryList, options: ResultsCsvOptions = {}): string {
  const lines = [RESULT_COLUMNS.map((c) => csvCell(c.header)).join(',')];
  for (const entry of entries) lines.push(RESULT_COLUMNS.map((c) => csvCell(c.value(entry))).join(','));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join(CRLF)}${CRLF}`;
}

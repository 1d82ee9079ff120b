// Converting between analysis rows (AnalyzedEntry, from lib/reports or lib/manual-entries) and the
// stored portfolio entries, and recomputing an entry's status as of any day.
import { z } from 'zod';
import type { CalendarDate } from '../deadlines/calendar-date';
import { isCalendarDate } from '../deadlines/calendar-date';
import { type RuleSet, rulesFor } from '../deadlines/rules';
import { computeStatus, type StatusInput, type StatusResult } from '../deadlines/status';
import { exclusionText } from '../deadlines/status-text';
import { MANUAL_FLAG } from '../manual-entries/convert';
import { type AnalyzedEntry, ENTRY_STATUSES } from '../reports/model';
import type { PortfolioEntry } from './schema';

const calendarDate = z.string().refine(isCalendarDate, 'Expected a real date as YYYY-MM-DD');
const optionalText = z.string().max(500).nullable().default(null);
const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0);

/**
 * What "save as portfolio" accepts: an AnalyzedEntry as the analyzer or the manual entries produce
 * it (unknown fields are dropped), or a smaller object with only the fields the status needs.
 */
export const entryInputSchema = z.object({
  entryNumber: z.string().trim().min(1, 'An entry has no entry number.').max(40),
  entryNumberValid: z.boolean().default(true),
  importerNumber: optionalText,
  importerName: optionalText,
  filerCode: optionalText,
  port: optionalText,
  entryType: optionalText,
  entryDate: calendarDate.nullable().default(null),
  liquidationDate: calendarDate.nullable().default(null),
  liquidationStatusRaw: optionalText,
  protestNumber: optionalText,
  protestStatusRaw: optionalText,
  ieepaDutyCents: cents,
  otherDutyCents: cents,
  lineCount: z.number().int().min(0).default(0),
  flags: z.array(z.string()).default([]),
  sources: z.array(z.string().max(500)).default([]),
  status: z.enum(ENTRY_STATUSES).optional(),
  statusReason: z.string().optional(),
  /** Set these when known; otherwise they are read back from an analysis's CAPE exclusion reason. */
  reconciliationFlagged: z.boolean().optional(),
  drawbackFlagged: z.boolean().optional(),
});
export type EntryInput = z.input<typeof entryInputSchema>;
type ParsedEntryInput = z.output<typeof entryInputSchema>;

export function statusInputOf(entry: PortfolioEntry): StatusInput {
  return {
    entryDate: entry.entryDate,
    liquidationDate: entry.liquidationDate,
    liquidationStatus: entry.liquidationStatusRaw,
    entryType: entry.entryType,
    ieepaDutyCents: entry.ieepaDutyCents,
    reconciliationFlagged: entry.reconciliationFlagged,
    drawbackFlagged: entry.drawbackFlagged,
    protestStatus: entry.protestStatusRaw,
    protestNumber: entry.protestNumber,
  };
}

export function statusOf(entry: PortfolioEntry, asOf: CalendarDate, rules: RuleSet = rulesFor(asOf)) {
  return computeStatus(statusInputOf(entry), asOf, rules);
}

/**
 * AnalyzedEntry has no reconciliation / drawback fields (the analyzer keeps them internally), but
 * when either excluded the entry from CAPE its status reason says so in status-text's words. Reading
 * them back keeps a recomputed status equal to the analyzer's.
 */
function exclusionFlag(input: ParsedEntryInput, kind: 'reconciliation' | 'drawback'): boolean {
  const explicit = kind === 'reconciliation' ? input.reconciliationFlagged : input.drawbackFlagged;
  if (explicit !== undefined) return explicit;
  return input.status === 'cape-excluded' && (input.statusReason ?? '').includes(exclusionText({ kind }));
}

/** A validated input row as a stored entry, with its status as of the import day. */
export function toPortfolioEntry(
  input: ParsedEntryInput,
  asOf: CalendarDate,
  rules: RuleSet = rulesFor(asOf),
): PortfolioEntry {
  const entry: PortfolioEntry = {
    entryNumber: input.entryNumber.toUpperCase(),
    entryNumberValid: input.entryNumberValid,
    importerNumber: input.importerNumber,
    importerName: input.importerName,
    filerCode: input.filerCode,
    port: input.port,
    entryType: input.entryType,
    entryDate: input.entryDate,
    liquidationDate: input.liquidationDate,
    liquidationStatusRaw: input.liquidationStatusRaw,
    protestNumber: input.protestNumber,
    protestStatusRaw: input.protestStatusRaw,
    ieepaDutyCents: input.ieepaDutyCents,
    otherDutyCents: input.otherDutyCents,
    reconciliationFlagged: exclusionFlag(input, 'reconciliation'),
    drawbackFlagged: exclusionFlag(input, 'drawback'),
    lineCount: input.lineCount,
    manual: input.flags.includes(MANUAL_FLAG),
    sources: input.sources.slice(0, 50),
    statusAtImport: 'no-ieepa',
  };
  entry.statusAtImport = statusOf(entry, asOf, rules).status;
  return entry;
}

export type ParsedEntries = { ok: true; entries: ParsedEntryInput[] } | { ok: false; error: string };

/** Validates rows from another module or a message; the first problem comes back as a message. */
export function parseEntryInputs(rows: readonly unknown[]): ParsedEntries {
  const entries: ParsedEntryInput[] = [];
  for (const [i, row] of rows.entries()) {
    const parsed = entryInputSchema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'row';
      return { ok: false, error: `Entry ${i + 1}: ${field}: ${issue?.message ?? 'invalid'}` };
    }
    entries.push(parsed.data);
  }
  return { ok: true, entries };
}

/** A stored entry as an analysis row as of `asOf`, for the analyzer, calendar and reminders. */
export function toAnalyzedEntry(
  entry: PortfolioEntry,
  asOf: CalendarDate,
  rules: RuleSet = rulesFor(asOf),
): AnalyzedEntry {
  const status: StatusResult = statusOf(entry, asOf, rules);
  const flags = [
    ...(entry.manual ? [MANUAL_FLAG] : []),
    ...(entry.entryNumberValid ? [] : ['bad-check-digit']),
    ...status.flags,
  ];
  return {
    entryNumber: entry.entryNumber,
    entryNumberValid: entry.entryNumberValid,
    importerNumber: entry.importerNumber,
    importerName: entry.importerName,
    filerCode: entry.filerCode,
    port: entry.port,
    entryType: entry.entryType,
    entryDate: entry.entryDate,
    liquidationDate: entry.liquidationDate,
    liquidationStatusRaw: entry.liquidationStatusRaw,
    protestNumber: entry.protestNumber,
    protestStatusRaw: entry.protestStatusRaw,
    status: status.status,
    statusReason: status.reason,
    ruleId: status.ruleId,
    ieepaDutyCents: entry.ieepaDutyCents,
    otherDutyCents: entry.otherDutyCents,
    // The portfolio keeps the total only; the per-section split stays in the original analysis.
    section122DutyCents: 0,
    section301DutyCents: 0,
    section232DutyCents: 0,
    lineCount: entry.lineCount,
    capeLastDay: status.capeLastDay,
    protestLastDay: status.protestLastDay,
    projectedLiquidation: status.projectedLiquidation,
    flags,
    notes: status.notes,
    sources: entry.sources,
  };
}

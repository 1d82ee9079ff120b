// A portfolio: a named set of entries (per importer or per client) kept between analyses, so the
// background can recompute statuses every day and newer downloads can be merged in.
//
// Per entry we keep what computeStatus needs (dates, liquidation and protest text, entry type, IEEPA
// duty, reconciliation / drawback flags) plus what a person reads in a list, never the derived
// status fields: those are recomputed as of the day they are shown (entries.ts). `statusAtImport`
// is the one exception, kept on purpose: it is what "what changed since the last import" compares
// against.
import { z } from 'zod';
import { isCalendarDate } from '../deadlines/calendar-date';
import { ENTRY_STATUSES } from '../reports/model';

export const PORTFOLIO_SCHEMA_VERSION = 1;
export const MAX_PORTFOLIO_NAME = 100;

const calendarDate = z.string().refine(isCalendarDate, 'Expected a real date as YYYY-MM-DD');
const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const text = z.string().max(500).nullable();

export const portfolioNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the portfolio a name (the importer or client it is for).')
  .max(MAX_PORTFOLIO_NAME, `Keep the name under ${MAX_PORTFOLIO_NAME} characters.`);

export const portfolioEntrySchema = z.object({
  /** Normalized entry number (the merge key); the raw upper-cased text when it did not normalize. */
  entryNumber: z.string().min(1).max(40),
  entryNumberValid: z.boolean(),
  importerNumber: text,
  importerName: text,
  filerCode: text,
  port: text,
  entryType: text,
  entryDate: calendarDate.nullable(),
  liquidationDate: calendarDate.nullable(),
  liquidationStatusRaw: text,
  protestNumber: text,
  protestStatusRaw: text,
  ieepaDutyCents: cents,
  otherDutyCents: cents,
  reconciliationFlagged: z.boolean(),
  drawbackFlagged: z.boolean(),
  /** ES-003 tariff lines seen; 0 means the duty was not in the files (see merge.ts). */
  lineCount: z.number().int().min(0),
  /** True for entries typed in from a paper 7501 (lib/manual-entries). */
  manual: z.boolean(),
  sources: z.array(z.string().max(500)).max(50),
  statusAtImport: z.enum(ENTRY_STATUSES),
});
export type PortfolioEntry = z.infer<typeof portfolioEntrySchema>;

export const portfolioMetaSchema = z.object({
  schemaVersion: z.literal(PORTFOLIO_SCHEMA_VERSION),
  id: z.string().min(1),
  name: portfolioNameSchema,
  /** Epoch milliseconds: bookkeeping, not calendar dates. */
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  /** The as-of date of the last import; `statusAtImport` of every entry is as of this day. */
  lastImportAsOf: calendarDate,
  entryCount: z.number().int().min(0),
});
export type PortfolioMeta = z.infer<typeof portfolioMetaSchema>;

export type Portfolio = PortfolioMeta & { entries: PortfolioEntry[] };

/** A portfolio with its entries, as in an export file. */
export const portfolioSchema = portfolioMetaSchema.extend({ entries: z.array(portfolioEntrySchema) });

export const statusTransitionSchema = z.object({
  from: z.enum(ENTRY_STATUSES),
  to: z.enum(ENTRY_STATUSES),
  count: z.number().int().positive(),
});
export type StatusTransition = z.infer<typeof statusTransitionSchema>;

/** What a save or merge changed (merge.ts computes it). */
export const changeSummarySchema = z.object({
  /** Entries that were not in the portfolio before. */
  added: z.number().int().min(0),
  /** Entries present before and in the new data, with at least one field changed. */
  updated: z.number().int().min(0),
  /** Entries present before and in the new data, identical. */
  unchanged: z.number().int().min(0),
  /** Entries present before but not in the new data: kept as they were. */
  kept: z.number().int().min(0),
  /** Entries unliquidated at the last import and liquidated now. */
  liquidated: z.number().int().min(0),
  /** Status moves of entries that were there before, other than the liquidations counted above. */
  transitions: z.array(statusTransitionSchema),
  /** The summary in sentences, most important first ("12 entries liquidated since the last import"). */
  messages: z.array(z.string()),
});
export type ChangeSummary = z.infer<typeof changeSummarySchema>;

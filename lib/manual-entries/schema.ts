// A manual entry as stored: what a user copies from a paper 7501, nothing derived. Statuses and last
// days are computed on read (convert.ts) against the rule table of the day, never stored, so they
// move as time passes and as the rules change.
//
// `portfolioId` is reserved for reminders: when portfolios exist, an entry is attached by setting it
// (repo.setPortfolio), and the `by-portfolio` index finds a portfolio's entries without a database
// upgrade. Null means "not in a portfolio"; IndexedDB leaves null out of the index.
import { z } from 'zod';
import { isCalendarDate } from '../deadlines/calendar-date';
import { normalizeEntryNumber } from '../validation/entry-number';
import { ENTRY_TYPE_CODES } from './entry-types';

const calendarDate = z.string().refine(isCalendarDate, 'Expected a real date as YYYY-MM-DD');

/** The fields a user edits. */
export const manualEntryInputSchema = z.object({
  /** Normalized 11 characters, check digit verified. */
  entryNumber: z
    .string()
    .refine((n) => normalizeEntryNumber(n).valid && normalizeEntryNumber(n).normalized === n, {
      message: 'Expected a normalized entry number with a correct check digit',
    }),
  entryDate: calendarDate,
  /** Null: not liquidated yet. */
  liquidationDate: calendarDate.nullable(),
  entryType: z.enum(ENTRY_TYPE_CODES),
  /** Sum of the duty on the 7501's 9903.01 / 9903.02 lines, in cents. */
  ieepaDutyCents: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});
export type ManualEntryInput = z.infer<typeof manualEntryInputSchema>;

export const MANUAL_ENTRY_SCHEMA_VERSION = 1;

export const manualEntrySchema = manualEntryInputSchema.extend({
  schemaVersion: z.literal(MANUAL_ENTRY_SCHEMA_VERSION),
  id: z.string().min(1),
  portfolioId: z.string().min(1).nullable(),
  /** Epoch milliseconds: bookkeeping, not calendar dates. */
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type ManualEntry = z.infer<typeof manualEntrySchema>;

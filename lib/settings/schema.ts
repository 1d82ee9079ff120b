// The user's settings, one value in browser.storage.local (key SETTINGS_KEY). Every field has a
// default, so an older stored value (or none) parses into a complete object and a new field never
// needs a migration step; a damaged value falls back to the defaults (store.ts says so).
import { z } from 'zod';
import { type CalendarDate, isCalendarDate } from '../deadlines/calendar-date';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_SCHEMA_VERSION = 1;

/** Days before a last day at which a reminder goes out (issue 8: 30, 14, 7 and 1). */
export const DEFAULT_LEAD_TIMES = [30, 14, 7, 1] as const;
/** The protest window is 180 days: a lead time beyond it could never fire. */
export const MAX_LEAD_DAYS = 179;
export const MAX_LEAD_TIMES = 8;

const calendarDate = z.string().refine(isCalendarDate, 'Expected a real date as YYYY-MM-DD');

export const leadTimesSchema = z
  .array(
    z
      .number()
      .int('Lead times are whole days.')
      .min(0, 'A lead time cannot be negative.')
      .max(MAX_LEAD_DAYS, `A lead time is at most ${MAX_LEAD_DAYS} days.`),
  )
  .max(MAX_LEAD_TIMES, `At most ${MAX_LEAD_TIMES} lead times.`)
  // Kept sorted, most distant first, without repeats: the options page and the ledger read them so.
  .transform((days) => [...new Set(days)].sort((a, b) => b - a));

export const asOfSettingSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('today') }),
  z.object({ mode: z.literal('fixed'), date: calendarDate }),
]);
export type AsOfSetting = z.infer<typeof asOfSettingSchema>;

export const settingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION).default(SETTINGS_SCHEMA_VERSION),
  leadTimes: leadTimesSchema.default([...DEFAULT_LEAD_TIMES]),
  /** Toolbar badge with the count of entries whose last day is within BADGE_WINDOW_DAYS. */
  badgeEnabled: z.boolean().default(true),
  /**
   * The user's wish; reminders go out only while the optional `notifications` permission is also
   * granted (the background checks both, since the permission can be revoked in browser settings).
   */
  notificationsEnabled: z.boolean().default(false),
  /** The date analyses are computed for by default; reminders and the badge always use today. */
  asOf: asOfSettingSchema.default({ mode: 'today' }),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** The as-of date an analysis should use by default. */
export function effectiveAsOf(settings: Pick<Settings, 'asOf'>, today: CalendarDate): CalendarDate {
  return settings.asOf.mode === 'fixed' ? settings.asOf.date : today;
}

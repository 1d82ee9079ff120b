// The persisted record of reminders already sent, so a browser restart, a second alarm or a
// recompute after an import never repeats one. One key per (portfolio, last day, action, lead time),
// in browser.storage.local. Keys of last days that have passed, or of deleted portfolios, are
// dropped on each run: they can never be due again, and the ledger stays small.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { type CalendarDate, compare, isCalendarDate } from '../deadlines/calendar-date';
import type { DeadlineAction } from './deadlines';

export const LEDGER_KEY = 'reminders.ledger';

const calendarDate = z.string().refine(isCalendarDate);

export const ledgerSchema = z.object({
  version: z.literal(1),
  sent: z.array(z.string()),
  /** The day of the last run: after a gap of more than a day, the next run is a catch-up. */
  lastRunDate: calendarDate.nullable(),
});
export type Ledger = z.infer<typeof ledgerSchema>;

export const EMPTY_LEDGER: Ledger = { version: 1, sent: [], lastRunDate: null };

export function reminderKey(
  portfolioId: string,
  lastDay: CalendarDate,
  action: DeadlineAction,
  lead: number,
): string {
  return `${portfolioId}|${lastDay}|${action}|${lead}`;
}

function parseKey(key: string): { portfolioId: string; lastDay: string } | null {
  const parts = key.split('|');
  if (parts.length !== 4) return null;
  return { portfolioId: parts[0] ?? '', lastDay: parts[1] ?? '' };
}

export function pruneLedger(ledger: Ledger, asOf: CalendarDate, portfolioIds: ReadonlySet<string>): Ledger {
  const sent = ledger.sent.filter((key) => {
    const parsed = parseKey(key);
    return (
      parsed !== null &&
      portfolioIds.has(parsed.portfolioId) &&
      isCalendarDate(parsed.lastDay) &&
      compare(parsed.lastDay, asOf) >= 0
    );
  });
  return { ...ledger, sent };
}

/** The stored ledger; an empty one when there is none or it is damaged (at worst one repeat). */
export async function loadLedger(): Promise<Ledger> {
  const raw = (await browser.storage.local.get(LEDGER_KEY))[LEDGER_KEY];
  const parsed = ledgerSchema.safeParse(raw);
  return parsed.success ? parsed.data : EMPTY_LEDGER;
}

export async function saveLedger(ledger: Ledger): Promise<void> {
  await browser.storage.local.set({ [LEDGER_KEY]: ledgerSchema.parse(ledger) });
}

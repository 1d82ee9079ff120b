// A portfolio's last days as an .ics file: one all-day event per (last day, action) listing the
// entries, via the shared writer. The calendar is named after the portfolio, and its UIDs are scoped
// by that name (`uidScope`): a portfolio is one lasting calendar, so importing a newer file with
// more entries on a day updates that day's event instead of adding a second one.
import type { CalendarDate } from '../deadlines/calendar-date';
import { rulesFor } from '../deadlines/rules';
import { buildIcs } from '../reports/outputs/ics';
import { toAnalyzedEntry } from './entries';
import type { Portfolio } from './schema';

export function portfolioCalendarFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `ace-assist-deadlines-${slug || 'portfolio'}.ics`;
}

export function portfolioCalendar(
  portfolio: Pick<Portfolio, 'name' | 'entries'>,
  asOf: CalendarDate,
  now?: string,
): { fileName: string; text: string } {
  const rules = rulesFor(asOf);
  const entries = portfolio.entries.map((e) => toAnalyzedEntry(e, asOf, rules));
  return {
    fileName: portfolioCalendarFileName(portfolio.name),
    text: buildIcs(entries, { calendarName: portfolio.name, now, uidScope: portfolio.name }),
  };
}

// Dates as typed from paper: the 7501 prints MM/DD/YYYY, the extension stores YYYY-MM-DD. Both are
// accepted; anything else gets a message with the two shapes. A text field (not <input type=date>)
// because browsers' date pickers differ in how they take keyboard input and show the format.
import { type CalendarDate, formatCalendarDate, isCalendarDate } from '../deadlines/calendar-date';

export type DateResult = { ok: true; date: CalendarDate } | { ok: false; message: string };

const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function parseDateInput(raw: string, label: string): DateResult {
  const text = raw.trim();
  if (text === '') return { ok: false, message: `Enter the ${label} as YYYY-MM-DD or MM/DD/YYYY.` };
  if (isCalendarDate(text)) return { ok: true, date: text };
  const us = US.exec(text);
  if (us) {
    try {
      return {
        ok: true,
        date: formatCalendarDate({ year: Number(us[3]), month: Number(us[1]), day: Number(us[2]) }),
      };
    } catch {
      // Falls through to the message: 02/30/2026 is not a date.
    }
  }
  return {
    ok: false,
    message: `"${text}" is not a date: enter the ${label} as YYYY-MM-DD or MM/DD/YYYY (for example 2025-06-02).`,
  };
}

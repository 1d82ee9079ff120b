// When the next local midnight is, as an instant, for the daily alarm. Computed in the user's time
// zone with Intl (no Date at local midnight arithmetic), and correct across daylight-saving changes:
// the offset is looked up at the target instant, twice, because it can differ from today's, and a
// day that does not start at 00:00 is found by search.
import { addDays, parseCalendarDate, todayIn } from '../deadlines/calendar-date';

/** Wall-clock minus UTC at `instant`, in milliseconds, for `timeZone` (runtime zone when omitted). */
export function zoneOffsetMs(instant: number, timeZone?: string): number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const parts = format.formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

const HOUR_MS = 3_600_000;

/**
 * The first instant of the next calendar day in `timeZone`, as epoch milliseconds. Usually that is
 * 00:00 wall time. Where daylight saving starts at midnight (America/Santiago, America/Asuncion,
 * America/Havana) 00:00 does not exist and the day starts at 01:00: the offset arithmetic then lands
 * on 23:00 of *today*, an alarm that refires all hour. So the result is checked (later than now, on
 * tomorrow's date, and today's date a millisecond before) and otherwise searched for: the first
 * instant whose local date is no longer today.
 */
export function nextLocalMidnight(now: number, timeZone?: string): number {
  const today = todayIn(timeZone, new Date(now));
  const next = addDays(today, 1);
  const tomorrow = parseCalendarDate(next);
  if (!tomorrow) throw new RangeError('No next day');
  const wall = Date.UTC(tomorrow.year, tomorrow.month - 1, tomorrow.day);
  let instant = wall - zoneOffsetMs(wall, timeZone);
  instant = wall - zoneOffsetMs(instant, timeZone);
  const dateAt = (ms: number) => todayIn(timeZone, new Date(ms));
  if (instant > now && dateAt(instant) === next && dateAt(instant - 1) === today) return instant;

  // Step an hour at a time to an instant past today, then bisect to the millisecond.
  let before = now;
  let after = now + HOUR_MS;
  for (let hours = 1; dateAt(after) === today; hours++) {
    if (hours > 48) throw new RangeError(`No next day in time zone ${timeZone ?? '(runtime)'}`);
    before = after;
    after += HOUR_MS;
  }
  while (after - before > 1) {
    const middle = before + Math.floor((after - before) / 2);
    if (dateAt(middle) === today) before = middle;
    else after = middle;
  }
  return after;
}

// When the next local midnight is, as an instant, for the daily alarm. Computed in the user's time
// zone with Intl (no Date at local midnight arithmetic), and correct across daylight-saving changes:
// the offset is looked up at the target instant, twice, because it can differ from today's.
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

/** The first instant of the next calendar day in `timeZone`, as epoch milliseconds. */
export function nextLocalMidnight(now: number, timeZone?: string): number {
  const tomorrow = parseCalendarDate(addDays(todayIn(timeZone, new Date(now)), 1));
  if (!tomorrow) throw new RangeError('No next day');
  const wall = Date.UTC(tomorrow.year, tomorrow.month - 1, tomorrow.day);
  let instant = wall - zoneOffsetMs(wall, timeZone);
  instant = wall - zoneOffsetMs(instant, timeZone);
  return instant;
}

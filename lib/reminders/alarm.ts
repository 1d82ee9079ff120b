// The daily alarm. It fires at the next local midnight and every 24 hours after; each run schedules
// it again from the clock, so a daylight-saving change or a sleeping laptop does not leave it
// drifting. Chrome fires a missed alarm when the machine wakes; Firefox forgets alarms across
// restarts, which is why the background also runs at startup.
import { browser } from 'wxt/browser';
import { nextLocalMidnight } from './midnight';

export const DAILY_ALARM = 'daily-recompute';
export const DAY_MINUTES = 60 * 24;

export async function scheduleDailyAlarm(now: number, timeZone?: string): Promise<void> {
  // A minute past midnight, so the run sees the new day even if the clock fires a little early.
  const when = nextLocalMidnight(now, timeZone) + 60_000;
  await browser.alarms.create(DAILY_ALARM, { when, periodInMinutes: DAY_MINUTES });
}

// The "upcoming last days" chart: CAPE and protest last days in the next 180 days, by week.
// Same selection as the .ics writer (lib/reports/outputs/ics.ts): a CAPE last day counts for
// entries in the CAPE window, a protest last day for entries in the CAPE or protest window.
import { addDays, daysBetween } from '../deadlines/calendar-date';
import { type EntryList, scanEntries } from '../reports/entry-table';
import type { CalendarDate } from '../reports/model';
import { plural } from './format';

export const TIMELINE_DAYS = 180;

export type WeekBucket = {
  /** First and last day of the week (the last week is cut at the horizon). */
  start: CalendarDate;
  end: CalendarDate;
  cape: number;
  protest: number;
  capeDutyCents: number;
  protestDutyCents: number;
};

export type Nearest = { date: CalendarDate; entries: number } | null;

export type Timeline = {
  asOf: CalendarDate;
  horizon: CalendarDate;
  weeks: WeekBucket[];
  capeTotal: number;
  protestTotal: number;
  nearestCape: Nearest;
  nearestProtest: Nearest;
};

/** Weeks start on the as-of day, so "this week" is always the first bar. */
export function buildTimeline(entries: EntryList, asOf: CalendarDate): Timeline {
  const horizon = addDays(asOf, TIMELINE_DAYS);
  const weekCount = Math.ceil((TIMELINE_DAYS + 1) / 7);
  const weeks: WeekBucket[] = [];
  for (let w = 0; w < weekCount; w++) {
    const start = addDays(asOf, w * 7);
    const end = addDays(asOf, Math.min(w * 7 + 6, TIMELINE_DAYS));
    weeks.push({ start, end, cape: 0, protest: 0, capeDutyCents: 0, protestDutyCents: 0 });
  }
  const nearest = { cape: null as Nearest, protest: null as Nearest };
  const note = (kind: 'cape' | 'protest', date: CalendarDate) => {
    const n = nearest[kind];
    if (n === null || date < n.date) nearest[kind] = { date, entries: 1 };
    else if (date === n.date) n.entries++;
  };
  let capeTotal = 0;
  let protestTotal = 0;
  scanEntries(entries, (e) => {
    const inCape = e.status === 'cape-window';
    if (inCape && e.capeLastDay !== null) {
      const d = daysBetween(asOf, e.capeLastDay);
      if (d >= 0 && d <= TIMELINE_DAYS) {
        const week = weeks[Math.floor(d / 7)] as WeekBucket;
        week.cape++;
        week.capeDutyCents += e.ieepaDutyCents;
        capeTotal++;
        note('cape', e.capeLastDay);
      }
    }
    if ((inCape || e.status === 'protest-window') && e.protestLastDay !== null) {
      const d = daysBetween(asOf, e.protestLastDay);
      if (d >= 0 && d <= TIMELINE_DAYS) {
        const week = weeks[Math.floor(d / 7)] as WeekBucket;
        week.protest++;
        week.protestDutyCents += e.ieepaDutyCents;
        protestTotal++;
        note('protest', e.protestLastDay);
      }
    }
  });
  return {
    asOf,
    horizon,
    weeks,
    capeTotal,
    protestTotal,
    nearestCape: nearest.cape,
    nearestProtest: nearest.protest,
  };
}

/** One sentence for the chart's aria-label: what a sighted user reads from it at a glance. */
export function timelineSummary(t: Timeline): string {
  if (t.capeTotal === 0 && t.protestTotal === 0) {
    return `No CAPE or protest last days between ${t.asOf} and ${t.horizon}.`;
  }
  const part = (label: string, total: number, n: Nearest) =>
    total === 0
      ? `no ${label} last days`
      : `${plural(total, `entry has its ${label} last day`, `entries have their ${label} last day`)}, the first on ${n?.date} (${plural(n?.entries ?? 0, 'entry', 'entries')})`;
  const busiest = t.weeks.reduce((best, w) => (w.cape + w.protest > best.cape + best.protest ? w : best));
  return (
    `Between ${t.asOf} and ${t.horizon}: ${part('CAPE', t.capeTotal, t.nearestCape)}; ` +
    `${part('protest', t.protestTotal, t.nearestProtest)}. Busiest week starts ${busiest.start} ` +
    `(${plural(busiest.cape + busiest.protest, 'last day', 'last days')}).`
  );
}

// "Stale" badge: a 5106 on file for more than 12 months may be out of date (and an importer number
// unused for a year is removed, 19 CFR 24.5(e)), and a draft untouched for 12 months likely is too.
import type { Draft } from './draft';

/** 'YYYY-MM-DD' of a local calendar day. */
export function localIsoDate(time: number | Date = Date.now()): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The same calendar day 12 months earlier (Feb 29 -> Feb 28). */
export function twelveMonthsBefore(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export type Staleness = { stale: boolean; reason?: string };

export function staleness(draft: Pick<Draft, 'onFileDate' | 'updatedAt'>, today = localIsoDate()): Staleness {
  const limit = twelveMonthsBefore(today);
  if (draft.onFileDate !== '' && draft.onFileDate < limit) {
    return { stale: true, reason: `On file since ${draft.onFileDate}, more than 12 months ago: review it.` };
  }
  const updated = localIsoDate(draft.updatedAt);
  if (updated < limit) return { stale: true, reason: `Last updated ${updated}, more than 12 months ago.` };
  return { stale: false };
}

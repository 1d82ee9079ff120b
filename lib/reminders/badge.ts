// The toolbar badge: how many entries have a last day within BADGE_WINDOW_DAYS, coloured by the
// nearest one. Counted per (portfolio, entry): an entry with both a CAPE and a protest last day in
// the window counts once.
import type { OpenDeadline } from './deadlines';

export const BADGE_WINDOW_DAYS = 14;

/** Urgency steps, nearest first: the colour of the first step whose `withinDays` holds. */
export const BADGE_URGENCY = [
  { urgency: 'critical', withinDays: 3, color: '#B3261E' },
  { urgency: 'urgent', withinDays: 7, color: '#C2410C' },
  { urgency: 'soon', withinDays: BADGE_WINDOW_DAYS, color: '#1D4ED8' },
] as const;
export type BadgeUrgency = (typeof BADGE_URGENCY)[number]['urgency'] | 'none';

export type Badge = { count: number; text: string; color: string; urgency: BadgeUrgency };

export const NO_BADGE: Badge = { count: 0, text: '', color: BADGE_URGENCY[2].color, urgency: 'none' };

export function badgeFor(deadlines: readonly OpenDeadline[], enabled: boolean): Badge {
  if (!enabled) return NO_BADGE;
  const entries = new Set<string>();
  let nearest = Number.POSITIVE_INFINITY;
  for (const d of deadlines) {
    if (d.daysLeft < 0 || d.daysLeft > BADGE_WINDOW_DAYS) continue;
    nearest = Math.min(nearest, d.daysLeft);
    for (const n of d.entryNumbers) entries.add(`${d.portfolioId}|${n}`);
  }
  const count = entries.size;
  if (count === 0) return NO_BADGE;
  const step = BADGE_URGENCY.find((s) => nearest <= s.withinDays) ?? BADGE_URGENCY[2];
  // A badge shows about four characters.
  return { count, text: count > 999 ? '999+' : String(count), color: step.color, urgency: step.urgency };
}

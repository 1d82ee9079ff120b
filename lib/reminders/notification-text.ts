// The words of a reminder notification. Browsers show a few lines of a basic notification, so the
// nearest last days come first and the rest are summed up.
import { ACTION_LABELS } from './deadlines';
import type { PlannedNotification, ReminderItem } from './schedule';

const MAX_LINES = 4;

const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

export function whenText(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  if (daysLeft === 1) return 'tomorrow';
  return `in ${daysLeft} days`;
}

export function itemLine(item: ReminderItem): string {
  return `${ACTION_LABELS[item.action]} last day ${item.lastDay} (${whenText(item.daysLeft)}): ${entries(item.entryNumbers.length)}`;
}

export function notificationTitle(n: Pick<PlannedNotification, 'portfolioName' | 'catchUp'>): string {
  return n.catchUp ? `Last days to check: ${n.portfolioName}` : `Last day reminder: ${n.portfolioName}`;
}

export function notificationMessage(n: Pick<PlannedNotification, 'items'>): string {
  const lines = n.items.slice(0, MAX_LINES).map(itemLine);
  const more = n.items.length - MAX_LINES;
  if (more > 0) lines.push(`and ${more} more last ${more === 1 ? 'day' : 'days'}; click to see them`);
  return lines.join('\n');
}

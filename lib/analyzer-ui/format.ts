// Display formatting for the analyzer UI. Money stays integer cents everywhere else; it becomes text
// only here, at display time.
import { formatEntryNumber } from '../validation/entry-number';

const WHOLE = /\B(?=(\d{3})+(?!\d))/g;

/** 123456 -> "$1,234.56"; -5 -> "-$0.05". */
export function formatUsd(cents: number): string {
  const rounded = Math.round(cents);
  const abs = Math.abs(rounded);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(WHOLE, ',');
  return `${rounded < 0 ? '-' : ''}$${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** 123456 -> "$1,235" for headline figures where cents are noise. */
export function formatUsdWhole(cents: number): string {
  const dollars = Math.round(cents / 100);
  return `${dollars < 0 ? '-' : ''}$${Math.abs(dollars).toString().replace(WHOLE, ',')}`;
}

export function formatCount(n: number): string {
  return Math.round(n).toString().replace(WHOLE, ',');
}

/** "ABC12345676" -> "ABC-1234567-6"; anything not 11 characters is shown as it is. */
export function displayEntryNumber(entryNumber: string): string {
  return entryNumber.length === 11 ? formatEntryNumber(entryNumber) : entryNumber;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Plural helper: (1, 'entry', 'entries') -> "1 entry". */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

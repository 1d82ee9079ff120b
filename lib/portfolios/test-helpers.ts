// Shared by the portfolio, reminder and settings unit tests: fresh storage per test and entry rows.
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDays, type CalendarDate } from '../deadlines/calendar-date';
import type { EntryInput } from './entries';
import { forgetConnections } from './store';

export function freshStorage(): void {
  globalThis.indexedDB = new IDBFactory();
  forgetConnections();
  fakeBrowser.reset();
}

/** An IEEPA entry (entered 2026-01-10) liquidated on `liquidation`, or unliquidated when null. */
export function row(
  entryNumber: string,
  liquidation: CalendarDate | null,
  extra: Partial<EntryInput> = {},
): EntryInput {
  return {
    entryNumber,
    entryDate: '2026-01-10',
    liquidationDate: liquidation,
    entryType: '01',
    ieepaDutyCents: 125_000,
    lineCount: 2,
    ...extra,
  };
}

/** A row whose CAPE last day is `days` days after `asOf` (the CAPE window is 80 days). */
export function capeDueIn(entryNumber: string, asOf: CalendarDate, days: number): EntryInput {
  return row(entryNumber, addDays(asOf, days - 80));
}

/** A row whose protest last day is `days` days after `asOf` and whose CAPE window has closed. */
export function protestDueIn(entryNumber: string, asOf: CalendarDate, days: number): EntryInput {
  return row(entryNumber, addDays(asOf, days - 180));
}

// Shared by the manual-entries unit tests (not imported by extension code).
import { IDBFactory } from 'fake-indexeddb';
import { addDays, type CalendarDate } from '../deadlines/calendar-date';
import { forgetConnections } from './repo';
import type { ManualEntry, ManualEntryInput } from './schema';

export function freshDb(): void {
  globalThis.indexedDB = new IDBFactory();
  forgetConnections();
}

export function input(overrides: Partial<ManualEntryInput> = {}): ManualEntryInput {
  return {
    entryNumber: 'ABC12345676',
    entryDate: '2025-06-02',
    liquidationDate: null,
    entryType: '01',
    ieepaDutyCents: 123_456,
    ...overrides,
  };
}

export function stored(overrides: Partial<ManualEntry> = {}): ManualEntry {
  return {
    ...input(),
    schemaVersion: 1,
    id: 'id-1',
    portfolioId: null,
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

export const daysBefore = (asOf: CalendarDate, days: number) => addDays(asOf, -days);

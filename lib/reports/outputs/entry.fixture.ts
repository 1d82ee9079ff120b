// Test-only factory for AnalyzedEntry values (not imported by extension code).
import type { AnalyzedEntry } from '../model';

export function analyzedEntry(overrides: Partial<AnalyzedEntry> = {}): AnalyzedEntry {
  return {
    entryNumber: 'ABC12345676',
    entryNumberValid: true,
    importerNumber: '12-3456789',
    importerName: 'Acme Imports LLC',
    filerCode: 'ABC',
    port: '2704',
    entryType: '01',
    entryDate: '2025-06-02',
    liquidationDate: '2026-01-30',
    liquidationStatusRaw: 'Liquidated',
    protestNumber: null,
    protestStatusRaw: null,
    status: 'cape-window',
    statusReason: 'Liquidated 2026-01-30; as of 2026-03-02 that is day 31 of the 80-day CAPE Phase 1 window.',
    ruleId: 'cape-phase1-2026-04-20:cape-window',
    ieepaDutyCents: 123_456,
    otherDutyCents: 5_000,
    section122DutyCents: 0,
    section301DutyCents: 2_500,
    section232DutyCents: 2_500,
    lineCount: 4,
    capeLastDay: '2026-04-20',
    protestLastDay: '2026-07-29',
    projectedLiquidation: null,
    flags: [],
    notes: [],
    sources: ['ES-003.csv'],
    ...overrides,
  };
}

/** A syntactically valid entry number `XXXnnnnnnnC` (check digit not computed: tests set entryNumberValid). */
export function entryNumber(filer: string, serial: number): string {
  return `${filer}${String(serial).padStart(8, '0')}`;
}

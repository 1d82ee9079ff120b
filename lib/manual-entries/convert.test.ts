// Manual entries get the statuses and last days of the analysis engine, from the same rule table.
import { describe, expect, it } from 'vitest';
import { addDays } from '../deadlines/calendar-date';
import { computeStatus } from '../deadlines/status';
import type { EntryStatus } from '../reports/model';
import { analyzedEntry } from '../reports/outputs/entry.fixture';
import { MANUAL_FLAG, MANUAL_SOURCE, toAnalyzedEntry } from './convert';
import type { ManualEntryInput } from './schema';
import { daysBefore, input } from './test-helpers';

const ASOF = '2026-11-25';

describe('toAnalyzedEntry', () => {
  it.each<[string, Partial<ManualEntryInput>, EntryStatus]>([
    ['not liquidated', { liquidationDate: null }, 'unliquidated'],
    ['liquidation scheduled after today', { liquidationDate: addDays(ASOF, 3) }, 'unliquidated'],
    ['liquidated today (day 0)', { liquidationDate: ASOF }, 'cape-window'],
    ['liquidated 80 days ago', { liquidationDate: daysBefore(ASOF, 80) }, 'cape-window'],
    ['liquidated 81 days ago', { liquidationDate: daysBefore(ASOF, 81) }, 'protest-window'],
    ['liquidated 100 days ago', { liquidationDate: daysBefore(ASOF, 100) }, 'protest-window'],
    ['liquidated 180 days ago', { liquidationDate: daysBefore(ASOF, 180) }, 'protest-window'],
    ['liquidated 181 days ago', { liquidationDate: daysBefore(ASOF, 181) }, 'final'],
    ['no IEEPA duty', { ieepaDutyCents: 0 }, 'no-ieepa'],
    ['a reconciliation summary (type 09)', { entryType: '09' }, 'cape-excluded'],
    ['a drawback entry (type 47)', { entryType: '47' }, 'cape-excluded'],
    ['a USMCA duty deferral (type 08)', { entryType: '08' }, 'cape-excluded'],
  ])('%s -> %s', (_name, change, status) => {
    expect(toAnalyzedEntry(input(change), ASOF).status).toBe(status);
  });

  it('takes status, reason, rule id and last days from computeStatus itself', () => {
    const entry = input({ liquidationDate: daysBefore(ASOF, 100) });
    const engine = computeStatus({ ...entry, liquidationStatus: null, entryType: entry.entryType }, ASOF);
    const row = toAnalyzedEntry(entry, ASOF);
    expect(row).toMatchObject({
      status: engine.status,
      statusReason: engine.reason,
      ruleId: engine.ruleId,
      capeLastDay: engine.capeLastDay,
      protestLastDay: engine.protestLastDay,
      projectedLiquidation: engine.projectedLiquidation,
      notes: engine.notes,
    });
    expect(row.protestLastDay).toBe(addDays(entry.liquidationDate ?? '', 180));
    expect(row.flags).toEqual([MANUAL_FLAG, ...engine.flags]);
  });

  it('is a complete AnalyzedEntry (same keys as an analyzed one), marked as typed by hand', () => {
    const row = toAnalyzedEntry(input(), ASOF);
    expect(Object.keys(row).sort()).toEqual(Object.keys(analyzedEntry()).sort());
    expect(row).toMatchObject({
      entryNumber: 'ABC12345676',
      entryNumberValid: true,
      filerCode: 'ABC',
      sources: [MANUAL_SOURCE],
      ieepaDutyCents: 123_456,
      otherDutyCents: 0,
    });
    expect(row.projectedLiquidation).toBe(addDays('2025-06-02', 314));
  });
});

import { describe, expect, it } from 'vitest';
import { computeStatus } from '../deadlines/status';
import { toAnalyzedEntry as manualToAnalyzed } from '../manual-entries/convert';
import { entryInputSchema, parseEntryInputs, toAnalyzedEntry, toPortfolioEntry } from './entries';
import { row } from './test-helpers';

const ASOF = '2026-11-20';

describe('portfolio entries', () => {
  it.each([
    ['reconciliation', { reconciliationFlagged: true }],
    ['drawback', { drawbackFlagged: true }],
  ])('reads a %s exclusion back from an analysis row, so the recomputed status matches', (_, flag) => {
    const status = computeStatus({ ...row('E1', '2026-11-06'), ...flag } as never, ASOF);
    expect(status.status).toBe('cape-excluded');
    const analyzed = { ...row('E1', '2026-11-06'), status: status.status, statusReason: status.reason };
    const stored = toPortfolioEntry(entryInputSchema.parse(analyzed), ASOF);
    expect(stored.statusAtImport).toBe('cape-excluded');
    expect(toAnalyzedEntry(stored, ASOF).status).toBe('cape-excluded');
  });

  it('recomputes status and last days as of any day', () => {
    const stored = toPortfolioEntry(entryInputSchema.parse(row('E1', '2026-11-06')), ASOF);
    expect(toAnalyzedEntry(stored, ASOF)).toMatchObject({
      status: 'cape-window',
      capeLastDay: '2027-01-25',
      protestLastDay: '2027-05-05',
    });
    expect(toAnalyzedEntry(stored, '2027-02-01').status).toBe('protest-window');
  });

  it('keeps manual entries marked as such', () => {
    const manual = manualToAnalyzed(
      {
        entryNumber: 'E1',
        entryDate: '2026-01-10',
        liquidationDate: null,
        entryType: '01',
        ieepaDutyCents: 10,
      } as never,
      ASOF,
    );
    const stored = toPortfolioEntry(entryInputSchema.parse(manual), ASOF);
    expect(stored.manual).toBe(true);
    expect(toAnalyzedEntry(stored, ASOF).flags).toContain('manual-entry');
  });

  it('names the row and field of the first invalid input', () => {
    expect(parseEntryInputs([row('E1', null), { entryNumber: 'E2', liquidationDate: '2026-02-30' }])).toEqual(
      {
        ok: false,
        error: 'Entry 2: liquidationDate: Expected a real date as YYYY-MM-DD',
      },
    );
    expect(parseEntryInputs([row('E1', null, { ieepaDutyCents: 1.5 })]).ok).toBe(false);
  });
});

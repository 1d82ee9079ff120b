import { describe, expect, it } from 'vitest';
import { parseEntryInputs, toPortfolioEntry } from '../portfolios/entries';
import { row } from '../portfolios/test-helpers';
import { openDeadlines } from './deadlines';
import { itemLine } from './notification-text';

function portfolio(rows: Parameters<typeof parseEntryInputs>[0]) {
  const parsed = parseEntryInputs(rows);
  if (!parsed.ok) throw new Error(parsed.error);
  return { id: 'p1', name: 'Acme', entries: parsed.entries.map((e) => toPortfolioEntry(e, '2026-01-10')) };
}

const brief = (asOf: string, p: ReturnType<typeof portfolio>) =>
  openDeadlines([p], asOf).map((d) => [d.action, d.lastDay, d.entryNumbers.join(',')]);

describe('openDeadlines', () => {
  it('tracks a CAPE last day in the CAPE window and a protest last day in either window', () => {
    const p = portfolio([row('ABC12345676', '2026-01-30'), row('ABC00000011', '2025-10-03')]);
    expect(brief('2026-03-02', p)).toEqual([
      ['protest', '2026-04-01', 'ABC00000011'],
      ['cape', '2026-04-20', 'ABC12345676'],
      ['protest', '2026-07-29', 'ABC12345676'],
    ]);
  });

  // Entered 2025-02-04, never liquidated: deemed liquidated 2026-02-04 unless extended or suspended
  // (DOMAIN §5.1), so CAPE last day 2026-04-25 and protest last day 2026-08-03 if it was.
  const unliquidated = (liquidationStatusRaw: string | null) =>
    portfolio([row('DEM00000019', null, { entryDate: '2025-02-04', liquidationStatusRaw })]);

  it('tracks both last days of an entry past its deemed-liquidation cap, labelled "if deemed liquidated"', () => {
    expect(brief('2026-03-02', unliquidated('Unliquidated'))).toEqual([
      ['cape-if-deemed', '2026-04-25', 'DEM00000019'],
      ['protest-if-deemed', '2026-08-03', 'DEM00000019'],
    ]);
    // After the CAPE last day only the protest one is left, as for a posted liquidation.
    const [late] = openDeadlines([unliquidated('Unliquidated')], '2026-06-15');
    expect(late).toMatchObject({ action: 'protest-if-deemed', lastDay: '2026-08-03', daysLeft: 49 });
    expect(late && itemLine({ ...late, lead: 30 })).toBe(
      'Protest (if deemed liquidated) last day 2026-08-03 (in 49 days): 1 entry',
    );
  });

  it.each([
    ['before the cap', 'Unliquidated', '2026-02-04'],
    ['extended (cap at 4 years)', 'Liquidation Extended', '2026-06-15'],
    ['suspended (no cap)', 'Suspended', '2026-06-15'],
    // No status: most likely liquidated on schedule, before the cap (reminding from the cap would be late).
    ['with no liquidation status', null, '2026-06-15'],
  ])('tracks nothing for an unliquidated entry %s', (_, status, asOf) => {
    expect(brief(asOf, unliquidated(status))).toEqual([]);
  });
});

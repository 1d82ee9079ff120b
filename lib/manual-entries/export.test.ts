import { describe, expect, it } from 'vitest';
import { RESULT_COLUMNS } from '../reports/outputs/results-csv';
import { manualCapeDeclarations, manualResultsCsv } from './export';
import { daysBefore, stored } from './test-helpers';

const ASOF = '2026-11-25';
const UNLIQUIDATED = stored({ id: 'a', entryNumber: 'ABC12345676' });
const PROTEST = stored({ id: 'b', entryNumber: 'SP700000014', liquidationDate: daysBefore(ASOF, 100) });
const CAPE = stored({ id: 'c', entryNumber: '99999999990', liquidationDate: daysBefore(ASOF, 10) });

describe('manual entry exports', () => {
  it('writes the results CSV with the analysis columns, one row per entry', () => {
    const csv = manualResultsCsv([UNLIQUIDATED, PROTEST], ASOF);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(RESULT_COLUMNS.map((c) => c.header).join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^ABC12345676,yes,unliquidated,/);
    expect(lines[2]).toMatch(/^SP700000014,yes,protest-window,/);
    expect(lines[1]).toContain('1234.56');
    expect(lines[1]).toContain('Entered by hand (7501)');
  });

  it('puts only CAPE-eligible entries in the CAPE file, and says why the others are left out', () => {
    const cape = manualCapeDeclarations([UNLIQUIDATED, PROTEST, CAPE], ASOF);
    expect(cape.files).toEqual([
      {
        name: `cape-declaration-manual-${ASOF}.csv`,
        content: 'Entry Number\r\n99999999990\r\nABC12345676\r\n',
        count: 2,
      },
    ]);
    expect(cape.excluded).toEqual([
      { entryNumber: 'SP700000014', reason: 'Not eligible for CAPE Phase 1 (status protest-window).' },
    ]);
  });
});

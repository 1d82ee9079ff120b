import { describe, expect, it } from 'vitest';
import { addDays } from '../deadlines/calendar-date';
import { entryInputSchema, toPortfolioEntry } from './entries';
import { mergeEntries } from './merge';
import type { PortfolioEntry } from './schema';
import { row } from './test-helpers';

const entry = (
  input: Parameters<typeof row>[0],
  liq: string | null,
  asOf: string,
  extra = {},
): PortfolioEntry => toPortfolioEntry(entryInputSchema.parse(row(input, liq, extra)), asOf);

const IMPORT_1 = '2026-10-01';
const IMPORT_2 = '2026-11-20';

describe('mergeEntries', () => {
  it('says how many entries liquidated and how many moved from the CAPE to the protest window', () => {
    const before = [
      entry('E1', null, IMPORT_1),
      entry('E2', null, IMPORT_1),
      // Liquidated 2026-08-14: CAPE window open on 10-01 (day 48), closed by 11-20 (day 98).
      entry('E3', '2026-08-14', IMPORT_1),
      entry('E4', '2026-08-14', IMPORT_1),
      entry('E5', '2026-08-14', IMPORT_1),
    ];
    expect(before.map((e) => e.statusAtImport)).toEqual([
      'unliquidated',
      'unliquidated',
      'cape-window',
      'cape-window',
      'cape-window',
    ]);
    const newer = [entry('E1', '2026-11-06', IMPORT_2), entry('E2', '2026-11-06', IMPORT_2)];
    const { entries, changes } = mergeEntries(before, newer, IMPORT_2);
    expect(entries).toHaveLength(5);
    expect(changes).toMatchObject({ added: 0, updated: 2, unchanged: 0, kept: 3, liquidated: 2 });
    expect(changes.transitions).toEqual([{ from: 'cape-window', to: 'protest-window', count: 3 }]);
    expect(changes.messages).toEqual([
      '2 entries liquidated since the last import.',
      '3 entries moved from CAPE window to protest window.',
      '2 entries updated with newer data.',
    ]);
    expect(entries.every((e) => e.statusAtImport !== 'unliquidated')).toBe(true);
  });

  it('newer data wins, but a blank in the newer file keeps the stored value', () => {
    const before = [entry('E1', '2026-11-06', IMPORT_1, { port: '2704', importerName: 'Acme' })];
    const newer = [entry('E1', null, IMPORT_2, { port: '1001', importerName: null })];
    const [merged] = mergeEntries(before, newer, IMPORT_2).entries;
    expect(merged).toMatchObject({ liquidationDate: '2026-11-06', port: '1001', importerName: 'Acme' });
  });

  it('takes duty from the newer row only when it had tariff lines', () => {
    const before = [entry('E1', null, IMPORT_1, { ieepaDutyCents: 5000, lineCount: 3 })];
    const noLines = [entry('E1', '2026-11-06', IMPORT_2, { ieepaDutyCents: 0, lineCount: 0 })];
    expect(mergeEntries(before, noLines, IMPORT_2).entries[0]).toMatchObject({
      ieepaDutyCents: 5000,
      lineCount: 3,
    });
    const withLines = [entry('E1', null, IMPORT_2, { ieepaDutyCents: 7000, lineCount: 4 })];
    expect(mergeEntries(before, withLines, IMPORT_2).entries[0]).toMatchObject({ ieepaDutyCents: 7000 });
  });

  it('counts new, unchanged and kept entries; identical data is "no changes"', () => {
    const before = [entry('E1', '2026-11-06', IMPORT_2)];
    const same = mergeEntries(before, [entry('E1', '2026-11-06', IMPORT_2)], IMPORT_2);
    expect(same.changes).toMatchObject({ unchanged: 1, updated: 0, added: 0 });
    expect(same.changes.messages).toEqual(['No changes since the last import.']);
    const more = mergeEntries(before, [entry('E2', null, IMPORT_2)], IMPORT_2);
    expect(more.changes).toMatchObject({ added: 1, kept: 1 });
    expect(more.changes.messages).toEqual(['1 entry new in this import.']);
    expect(more.entries.map((e) => e.entryNumber)).toEqual(['E1', 'E2']);
  });

  it('moves of time alone are reported: a CAPE window that closed since the last import', () => {
    const before = [entry('E1', addDays(IMPORT_1, -70), IMPORT_1)];
    const { changes } = mergeEntries(before, [], addDays(IMPORT_1, 20));
    expect(changes.messages).toEqual(['1 entry moved from CAPE window to protest window.']);
  });

  it('the same entry twice in one import: the later row wins', () => {
    const newer = [entry('E1', null, IMPORT_2), entry('E1', '2026-11-06', IMPORT_2)];
    const { entries, changes } = mergeEntries([], newer, IMPORT_2, { firstImport: true });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ liquidationDate: '2026-11-06', statusAtImport: 'cape-window' });
    expect(changes.messages).toEqual(['1 entry saved.']);
  });
});

import { describe, expect, it } from 'vitest';
import { buildCapeDeclarations } from '../reports/outputs/cape-csv';
import { analyzedEntry, entryNumber } from '../reports/outputs/entry.fixture';
import { capeBaseName, icsFileName, resultsFileName } from './file-names';

describe('export file names', () => {
  it('names split CAPE files like ace-assist-cape-2026-11-25-01-of-02.csv', () => {
    const entries = Array.from({ length: 3 }, (_, i) =>
      analyzedEntry({ entryNumber: entryNumber('ABC', i + 1) }),
    );
    const decl = buildCapeDeclarations(entries, { baseName: capeBaseName('2026-11-25'), maxRows: 2 });
    expect(decl.files.map((f) => f.name)).toEqual([
      'ace-assist-cape-2026-11-25-01-of-02.csv',
      'ace-assist-cape-2026-11-25-02-of-02.csv',
    ]);
    const one = buildCapeDeclarations(entries.slice(0, 1), { baseName: capeBaseName('2026-11-25') });
    expect(one.files.map((f) => f.name)).toEqual(['ace-assist-cape-2026-11-25.csv']);
  });

  it.each([
    [resultsFileName('2026-11-25'), 'ace-assist-results-2026-11-25.csv'],
    [resultsFileName('2026-11-25', 'filtered'), 'ace-assist-results-2026-11-25-filtered.csv'],
    [icsFileName('2026-11-25'), 'ace-assist-deadlines-2026-11-25.ics'],
  ])('%s', (got, expected) => {
    expect(got).toBe(expected);
  });
});

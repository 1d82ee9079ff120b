import { describe, expect, it } from 'vitest';
import { buildCapeDeclarations } from '../reports/outputs/cape-csv';
import { analyzedEntry, entryNumber } from '../reports/outputs/entry.fixture';
import { buildIcs } from '../reports/outputs/ics';
import { CALENDAR_NAME, capeBaseName, icsFileName, resultsFileName } from './file-names';

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

  it('two analyses saved under the same calendar name keep apart in a calendar app (distinct UIDs)', () => {
    const uids = (number: string) =>
      buildIcs([analyzedEntry({ entryNumber: number })], { calendarName: CALENDAR_NAME, alarmDaysBefore: 7 })
        .split('\r\n')
        .filter((line) => line.startsWith('UID:'));
    const clientA = uids('ABC12345676');
    expect(clientA).toHaveLength(2); // CAPE and protest last days
    expect(uids('XYZ00000019').filter((uid) => clientA.includes(uid))).toEqual([]);
    expect(uids('ABC12345676')).toEqual(clientA); // the same analysis exported again
  });
});

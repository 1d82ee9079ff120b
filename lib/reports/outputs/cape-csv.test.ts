import { describe, expect, it } from 'vitest';
import type { AnalyzedEntry, EntryStatus } from '../model';
import { buildCapeDeclarations } from './cape-csv';
import { analyzedEntry, entryNumber } from './entry.fixture';

const rowsOf = (content: string) => content.split('\r\n').slice(0, -1);

describe('buildCapeDeclarations', () => {
  it('writes the CAPE template: Entry Number in A1, one number per row, CRLF, no BOM', () => {
    const { files, included, excluded } = buildCapeDeclarations([
      analyzedEntry({ entryNumber: 'ABC12345676' }),
      analyzedEntry({ entryNumber: 'ABC00000011', status: 'unliquidated' }),
    ]);
    expect(included).toBe(2);
    expect(excluded).toEqual([]);
    expect(files).toEqual([
      { name: 'cape-declaration.csv', content: 'Entry Number\r\nABC00000011\r\nABC12345676\r\n', count: 2 },
    ]);
    expect(files[0]?.content.charCodeAt(0)).toBe('E'.charCodeAt(0));
  });

  it.each<[EntryStatus, boolean]>([
    ['unliquidated', true],
    ['cape-window', true],
    ['protest-window', false],
    ['final', false],
    ['protested', false],
    ['cape-excluded', false],
    ['no-ieepa', false],
  ])('status %s included: %s', (status, expected) => {
    const result = buildCapeDeclarations([analyzedEntry({ status })]);
    expect(result.included).toBe(expected ? 1 : 0);
    if (!expected) expect(result.excluded[0]?.reason).toContain(`status ${status}`);
  });

  it.each<[string, Partial<AnalyzedEntry>, string]>([
    ['no IEEPA duty', { ieepaDutyCents: 0 }, 'No IEEPA duty'],
    ['a bad check digit', { entryNumberValid: false }, 'not a valid 11-character entry number'],
    ['a malformed number', { entryNumber: 'ABC-1234567-6' }, 'not a valid 11-character entry number'],
    ['a lower-case number', { entryNumber: 'abc12345676' }, 'not a valid 11-character entry number'],
    [
      'an unreadable liquidation date',
      { status: 'unliquidated', liquidationDate: null, flags: ['invalid-liquidation-date'] },
      'liquidation date in the report could not be read',
    ],
  ])('excludes an entry with %s', (_, overrides, reason) => {
    const result = buildCapeDeclarations([analyzedEntry(overrides)]);
    expect(result.files).toEqual([]);
    expect(result.excluded).toHaveLength(1);
    expect(result.excluded[0]?.reason).toContain(reason);
  });

  it('drops duplicates, keeping one row', () => {
    const result = buildCapeDeclarations([analyzedEntry(), analyzedEntry()]);
    expect(result.included).toBe(1);
    expect(rowsOf(result.files[0]?.content ?? '')).toEqual(['Entry Number', 'ABC12345676']);
    expect(result.excluded).toEqual([
      { entryNumber: 'ABC12345676', reason: expect.stringContaining('Duplicate') },
    ]);
  });

  it('for a broker, keeps only entries under its filer code', () => {
    const result = buildCapeDeclarations(
      [analyzedEntry({ entryNumber: 'ABC12345676' }), analyzedEntry({ entryNumber: 'XYZ12345670' })],
      { filerCode: ' abc ' },
    );
    expect(result.included).toBe(1);
    expect(result.excluded).toEqual([
      { entryNumber: 'XYZ12345670', reason: expect.stringContaining('filer code XYZ, not ABC') },
    ]);
  });

  it('splits into numbered files of at most 9,999 rows, sorted', () => {
    const entries: AnalyzedEntry[] = [];
    for (let i = 20_500; i > 0; i--) entries.push(analyzedEntry({ entryNumber: entryNumber('ABC', i) }));
    const { files, included } = buildCapeDeclarations(entries);
    expect(included).toBe(20_500);
    expect(files.map((f) => [f.name, f.count])).toEqual([
      ['cape-declaration-01-of-03.csv', 9999],
      ['cape-declaration-02-of-03.csv', 9999],
      ['cape-declaration-03-of-03.csv', 502],
    ]);
    const all = files.flatMap((f) => {
      const rows = rowsOf(f.content);
      expect(rows[0]).toBe('Entry Number');
      return rows.slice(1);
    });
    expect(all).toEqual([...all].sort());
    expect(new Set(all).size).toBe(20_500);
    expect(all[0]).toBe('ABC00000001');
    for (const file of files) expect(new TextEncoder().encode(file.content).length).toBeLessThan(1_000_000);
  });

  it.each([
    [2, 5, ['cape-01-of-03.csv', 'cape-02-of-03.csv', 'cape-03-of-03.csv']],
    [50_000, 3, ['cape.csv']], // capped at 9,999
    [0, 3, ['cape.csv']], // invalid: the CAPE limit
  ])('maxRows %i over %i entries -> %j', (maxRows, count, names) => {
    const entries = Array.from({ length: count }, (_, i) =>
      analyzedEntry({ entryNumber: entryNumber('ABC', i + 1) }),
    );
    const { files } = buildCapeDeclarations(entries, { maxRows, baseName: 'cape' });
    expect(files.map((f) => f.name)).toEqual(names);
  });

  it('returns no files when nothing is eligible', () => {
    expect(buildCapeDeclarations([])).toEqual({ files: [], included: 0, excluded: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { analyzedEntry } from '../reports/outputs/entry.fixture';
import { DEFAULT_SORT, EMPTY_FILTER, facetsOf, NONE, queryEntries } from './query';

const entries = [
  analyzedEntry({
    entryNumber: 'AAA00000011',
    status: 'cape-window',
    ieepaDutyCents: 500,
    port: '2704',
    importerName: 'Harbor Lane',
  }),
  analyzedEntry({
    entryNumber: 'AAA00000029',
    status: 'final',
    ieepaDutyCents: 900,
    port: '1001',
    capeLastDay: null,
    entryDate: '2025-07-01',
  }),
  analyzedEntry({
    entryNumber: 'BBB00000037',
    status: 'unliquidated',
    ieepaDutyCents: 100,
    port: null,
    importerNumber: '98-7654321',
    importerName: 'Northwind',
    capeLastDay: null,
  }),
  analyzedEntry({
    entryNumber: 'BBB00000045',
    status: 'cape-window',
    ieepaDutyCents: 300,
    entryDate: null,
    capeLastDay: '2026-04-01',
  }),
];

const q = (filter: Partial<typeof EMPTY_FILTER>, sort = DEFAULT_SORT) =>
  Array.from(queryEntries(entries, { ...EMPTY_FILTER, ...filter }, sort));

describe('queryEntries', () => {
  it.each([
    ['no filter', {}, [0, 1, 2, 3]],
    ['status', { status: 'cape-window' as const }, [0, 3]],
    ['entry search ignores dashes and case', { search: 'bbb-0000003' }, [2]],
    ['importer by name, case-insensitive', { importer: 'north' }, [2]],
    ['importer by number', { importer: '12-3456789' }, [0, 1, 3]],
    ['port exact', { port: '2704' }, [0, 3]],
    ['port none', { port: NONE }, [2]],
    ['month of entry date', { month: '2025-07' }, [1]],
    ['no entry date', { month: NONE }, [3]],
    ['combined', { status: 'cape-window' as const, port: '2704', search: 'AAA' }, [0]],
  ])('filters: %s', (_name, filter, expected) => {
    expect(q(filter)).toEqual(expected);
  });

  it('sorts by duty both ways, and keeps empty dates last either way', () => {
    expect(q({}, { key: 'ieepaDutyCents', dir: 'desc' })).toEqual([1, 0, 3, 2]);
    expect(q({}, { key: 'ieepaDutyCents', dir: 'asc' })).toEqual([2, 3, 0, 1]);
    expect(q({}, { key: 'capeLastDay', dir: 'asc' })).toEqual([3, 0, 1, 2]);
    expect(q({}, { key: 'capeLastDay', dir: 'desc' })).toEqual([0, 3, 1, 2]);
  });

  it('sorts statuses by what needs action first, ties in entry-number order', () => {
    expect(q({}, { key: 'status', dir: 'asc' })).toEqual([0, 3, 2, 1]);
  });
});

describe('facetsOf', () => {
  it('lists values with counts, empty ones last', () => {
    const f = facetsOf(entries);
    expect(f.ports).toEqual([
      { value: '1001', label: '1001', count: 1 },
      { value: '2704', label: '2704', count: 2 },
      { value: NONE, label: 'No port', count: 1 },
    ]);
    expect(f.importers.map((i) => [i.value, i.count])).toEqual([
      ['12-3456789', 3],
      ['98-7654321', 1],
    ]);
    expect(f.truncated).toBe(false);
  });

  it('drops a facet with too many values (the page shows a text box instead)', () => {
    const f = facetsOf(entries, 2);
    expect(f.ports).toEqual([]);
    expect(f.importers).toHaveLength(2);
    expect(f.truncated).toBe(true);
  });
});

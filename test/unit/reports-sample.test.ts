import { describe, expect, it } from 'vitest';
import { addDays, todayIn } from '@/lib/deadlines/calendar-date';
import { analyzeFiles } from '@/lib/reports/analyze';
import { scanEntries } from '@/lib/reports/entry-table';
import { ENTRY_STATUSES } from '@/lib/reports/model';
import { SAMPLE_AS_OF, sampleExpectations, sampleSources } from '@/lib/reports/sample/index';

describe('bundled sample', () => {
  it.each([SAMPLE_AS_OF, todayIn(), '2025-09-15', addDays(todayIn(), 3000), '2027-02-28'])(
    'shows every status as of %s',
    async (asOf) => {
      const result = await analyzeFiles(sampleSources(asOf), { asOf });
      expect(result.files.every((f) => f.error === undefined && f.skipped === 0)).toBe(true);
      const statuses = new Set(Array.from(result.entries, (e) => e.status));
      expect([...statuses].sort()).toEqual([...ENTRY_STATUSES].sort());
      const expected = sampleExpectations();
      for (const e of result.entries) expect(expected[e.entryNumber]).toContain(e.status);
    },
  );

  it('is deterministic for a fixed as-of date', async () => {
    const a = await analyzeFiles(sampleSources(SAMPLE_AS_OF), { asOf: SAMPLE_AS_OF });
    const b = await analyzeFiles(sampleSources(SAMPLE_AS_OF), { asOf: SAMPLE_AS_OF });
    expect({ ...a, entries: Array.from(a.entries) }).toEqual({ ...b, entries: Array.from(b.entries) });
    expect(a.totals.ieepaDutyCents).toBe(2_076_106);
    const bad = Array.from(a.entries).filter((e) => !e.entryNumberValid);
    expect(bad.map((e) => e.flags.slice(0, 2))).toEqual([['bad-check-digit', 'liquidation-date-conflict']]);
  });

  it('reads the same entries through at(i), iteration and scanEntries (every field)', async () => {
    const result = await analyzeFiles(sampleSources(SAMPLE_AS_OF), { asOf: SAMPLE_AS_OF });
    const objects = Array.from(result.entries);
    expect(objects.length).toBeGreaterThan(5);
    const fields = Object.keys(objects[0] ?? {}) as (keyof (typeof objects)[number])[];
    expect(fields).toHaveLength(27);
    const scanned: unknown[] = [];
    scanEntries(result.entries, (e, i) => {
      expect(i).toBe(scanned.length);
      scanned.push(Object.fromEntries(fields.map((f) => [f, e[f]])));
      // A view that reaches JSON by mistake still writes the entry.
      expect(JSON.parse(JSON.stringify(e))).toEqual(JSON.parse(JSON.stringify(objects[i])));
    });
    expect(scanned).toEqual(objects);
    expect(objects.map((_, i) => result.entries.at(i))).toEqual(objects);
    // An array is an EntryList too: scanEntries hands over its own elements.
    const seen: unknown[] = [];
    scanEntries(objects, (e) => seen.push(e));
    expect(seen.every((e, i) => e === objects[i])).toBe(true);
  });
});

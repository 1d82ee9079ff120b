import { describe, expect, it } from 'vitest';
import { addDays, todayIn } from '@/lib/deadlines/calendar-date';
import { analyzeFiles } from '@/lib/reports/analyze';
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
});

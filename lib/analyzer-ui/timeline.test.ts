import { describe, expect, it } from 'vitest';
import { analyzedEntry } from '../reports/outputs/entry.fixture';
import { buildTimeline, TIMELINE_DAYS, timelineSummary } from './timeline';

const asOf = '2026-06-01';

describe('buildTimeline', () => {
  it('buckets CAPE and protest last days by week from the as-of day, within 180 days', () => {
    const t = buildTimeline(
      [
        analyzedEntry({ status: 'cape-window', capeLastDay: '2026-06-01', protestLastDay: '2026-09-29' }),
        analyzedEntry({ status: 'cape-window', capeLastDay: '2026-06-07', protestLastDay: '2026-10-05' }),
        analyzedEntry({ status: 'protest-window', capeLastDay: '2026-05-01', protestLastDay: '2026-11-28' }),
        // Outside the horizon, in the past, or not in a window: not counted.
        analyzedEntry({ status: 'protest-window', capeLastDay: null, protestLastDay: '2026-11-29' }),
        analyzedEntry({ status: 'cape-window', capeLastDay: '2026-05-31', protestLastDay: '2026-09-28' }),
        analyzedEntry({ status: 'final', capeLastDay: '2026-06-02', protestLastDay: '2026-06-03' }),
      ],
      asOf,
    );
    expect(t.horizon).toBe('2026-11-28');
    expect(t.weeks).toHaveLength(26);
    expect(t.weeks[0]).toMatchObject({ start: '2026-06-01', end: '2026-06-07', cape: 2, protest: 0 });
    expect(t.weeks[25]).toMatchObject({ start: '2026-11-23', end: '2026-11-28', protest: 1 });
    expect(t.capeTotal).toBe(2);
    expect(t.protestTotal).toBe(4);
    expect(t.nearestCape).toEqual({ date: '2026-06-01', entries: 1 });
    expect(t.nearestProtest).toEqual({ date: '2026-09-28', entries: 1 });
    expect(t.weeks.reduce((n, w) => n + w.cape + w.protest, 0)).toBe(6);
    expect(TIMELINE_DAYS).toBe(180);
  });

  it('says in one sentence what the chart shows', () => {
    const t = buildTimeline(
      [
        analyzedEntry({ status: 'cape-window', capeLastDay: '2026-06-10', protestLastDay: '2026-10-05' }),
        analyzedEntry({ status: 'cape-window', capeLastDay: '2026-06-10', protestLastDay: '2026-10-05' }),
      ],
      asOf,
    );
    expect(timelineSummary(t)).toBe(
      'Between 2026-06-01 and 2026-11-28: 2 entries have their CAPE last day, the first on 2026-06-10 (2 entries); ' +
        '2 entries have their protest last day, the first on 2026-10-05 (2 entries). Busiest week starts 2026-06-08 (2 last days).',
    );
    expect(timelineSummary(buildTimeline([], asOf))).toBe(
      'No CAPE or protest last days between 2026-06-01 and 2026-11-28.',
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow } from './row-window';

describe('rowWindow', () => {
  it('at the top: the rows in view plus the overscan below', () => {
    // 460 px / 34 px = 13.5 rows in view: rows 0-13, then 6 more.
    expect(rowWindow(190_000, 34, 0, 460, 6)).toEqual({
      start: 0,
      end: 19,
      top: 0,
      bottom: (190_000 - 1 - 19) * 34,
    });
  });

  it('in the middle: overscan on both sides, spacers for the rest', () => {
    const w = rowWindow(1000, 34, 3400, 460, 6);
    expect(w.start).toBe(94);
    expect(w.end).toBe(113 + 6);
    expect(w.top).toBe(94 * 34);
    expect(w.top + (w.end - w.start + 1) * 34 + w.bottom).toBe(1000 * 34);
  });

  it('at (or past) the end: never beyond the last row', () => {
    expect(rowWindow(100, 34, 100 * 34, 460, 6)).toMatchObject({ end: 99, bottom: 0 });
    // A scroll offset left over from a longer list (the filter just shrank it).
    expect(rowWindow(10, 34, 50_000, 460, 6)).toMatchObject({ start: 3, end: 9, bottom: 0 });
  });

  it('fewer rows than fit: all of them', () => {
    expect(rowWindow(3, 34, 0, 460, 6)).toEqual({ start: 0, end: 2, top: 0, bottom: 0 });
  });

  it('no rows: an empty window', () => {
    expect(rowWindow(0, 34, 0, 460, 6)).toEqual({ start: 0, end: -1, top: 0, bottom: 0 });
  });

  it('always covers the viewport, and the spacers and rows add up to the full height', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300_000 }),
        fc.integer({ min: 1, max: 80 }),
        fc.nat(20_000_000),
        fc.integer({ min: 0, max: 2000 }),
        fc.nat(10),
        (count, rowHeight, scroll, viewport, overscan) => {
          const maxScroll = Math.max(0, count * rowHeight - viewport);
          const scrollTop = Math.min(scroll, maxScroll);
          const w = rowWindow(count, rowHeight, scrollTop, viewport, overscan);
          expect(w.start).toBeGreaterThanOrEqual(0);
          expect(w.end).toBeLessThan(count);
          expect(w.start).toBeLessThanOrEqual(w.end);
          expect(w.top + (w.end - w.start + 1) * rowHeight + w.bottom).toBe(count * rowHeight);
          // The rendered rows reach from above the top edge to below the bottom edge.
          expect(w.top).toBeLessThanOrEqual(scrollTop);
          expect(w.top + (w.end - w.start + 1) * rowHeight).toBeGreaterThanOrEqual(
            Math.min(count * rowHeight, scrollTop + viewport),
          );
        },
      ),
    );
  });
});

// A <table> that renders only the rows in view, with spacer rows above and below, so 100k+ entries
// scroll smoothly and the DOM stays small. aria-rowcount/rowindex tell screen readers the real size.
// Rows have one fixed height, so which rows are in view is arithmetic on the scroll offset
// (lib/analyzer-ui/row-window.ts): nothing per row is kept, and nothing is measured, so mounting a
// 190k-row table costs the same as an 8-row one and never forces a layout inside React's commit.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { rowWindow } from '@/lib/analyzer-ui/row-window';

export type Column = {
  key: string;
  label: string;
  numeric?: boolean;
  /** CSS width (the table's layout is fixed: widths come from here, not from the rows in view). */
  width?: string;
  /** Present when the column can be sorted; 'none' when it is not the sorted one. */
  sort?: 'ascending' | 'descending' | 'none';
};

type Props = {
  caption: string;
  columns: Column[];
  rowCount: number;
  rowKey(i: number): string;
  renderRow(i: number): ReactNode[];
  onSort?(key: string): void;
  rowClassName?(i: number): string;
  rowHeight?: number;
  height?: number;
  testId?: string;
  /**
   * Leave the rows out for now (the box, its header and its full scroll height are there): lets a
   * page lay the table out in one frame and its rows in the next.
   */
  rowsLater?: boolean;
};

/** Rows rendered beyond each edge of the box, so a wheel step never shows a blank gap. */
const OVERSCAN = 6;

export function VirtualTable({
  caption,
  columns,
  rowCount,
  rowKey,
  renderRow,
  onSort,
  rowClassName,
  rowHeight = 34,
  height = 460,
  testId,
  rowsLater = false,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // The box's height is set here, so it is known without measuring (the header row counts as one).
  const boxHeight = Math.min(height, (rowCount + 1) * rowHeight + 4);
  // A list that just got shorter (a filter) may leave a scroll offset past its end until the
  // browser's clamping scroll event arrives: never look further than the list allows.
  const offset = Math.min(scrollTop, Math.max(0, (rowCount + 1) * rowHeight - boxHeight));
  const win = rowWindow(rowCount, rowHeight, offset, boxHeight, OVERSCAN);
  const latest = useRef({ rowCount, rowHeight, boxHeight, win });
  latest.current = { rowCount, rowHeight, boxHeight, win };

  useEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    const onScroll = () => {
      const { rowCount: n, rowHeight: h, boxHeight: b, win: shown } = latest.current;
      const top = box.scrollTop;
      const next = rowWindow(n, h, top, b, OVERSCAN);
      if (next.start === shown.start && next.end === shown.end) return;
      // Rendered within the scroll event, so the new rows are painted in the same frame as the
      // scroll (no blank gap while scrolling fast); the window is ~20 rows, a couple of ms.
      flushSync(() => setScrollTop(top));
    };
    box.addEventListener('scroll', onScroll, { passive: true });
    return () => box.removeEventListener('scroll', onScroll);
  }, []);

  const items: number[] = [];
  if (!rowsLater) for (let i = win.start; i <= win.end; i++) items.push(i);
  // Without rows, one spacer keeps the table at its full height (no jump when the rows come).
  const top = rowsLater ? rowCount * rowHeight : win.top;
  const bottom = rowsLater ? 0 : win.bottom;
  return (
    <div
      ref={scrollRef}
      className="aa-scroll aa-scroll--virtual"
      // A fixed height with `contain: strict` keeps each scroll's relayout inside this box.
      style={{ height: boxHeight }}
      data-testid={testId ? `${testId}-scroll` : undefined}
    >
      <table className="aa-table aa-table--virtual" aria-rowcount={rowCount + 1} data-testid={testId}>
        <caption className="aa-visually-hidden">{caption}</caption>
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.numeric ? 'aa-num' : undefined}
                aria-sort={c.sort && c.sort !== 'none' ? c.sort : undefined}
              >
                {c.sort && onSort ? (
                  <button
                    type="button"
                    className="aa-sort"
                    onClick={() => onSort(c.key)}
                    data-sort-key={c.key}
                  >
                    {c.label}
                    <span aria-hidden="true">
                      {c.sort === 'ascending' ? ' ▲' : c.sort === 'descending' ? ' ▼' : ''}
                    </span>
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr className="aa-spacer">
              <td colSpan={columns.length} style={{ height: top }} />
            </tr>
          )}
          {items.map((index) => (
            <tr
              // Keyed by position in the list: a wheel step moves the window by a few rows, and the
              // rows still in view keep their <tr> and text, so the browser lays out only the few
              // rows that came in. (Keyed by slot in the window, every row's text changed on every
              // step: 180 cells to lay out again each frame, ~8 ms, and garbage for the GC.)
              key={index}
              data-key={rowKey(index)}
              aria-rowindex={index + 2}
              className={rowClassName?.(index)}
              style={{ height: rowHeight }}
              data-row={index}
            >
              {renderRow(index).map((cell, c) => (
                <td key={columns[c]?.key ?? c} className={columns[c]?.numeric ? 'aa-num' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
          {bottom > 0 && (
            <tr className="aa-spacer">
              <td colSpan={columns.length} style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

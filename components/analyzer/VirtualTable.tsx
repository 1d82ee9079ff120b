// A <table> that renders only the rows in view (@tanstack/react-virtual), with spacer rows above
// and below, so 100k+ entries scroll smoothly and the DOM stays small. aria-rowcount/rowindex tell
// screen readers the real size.
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useRef } from 'react';

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
};

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
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div
      ref={scrollRef}
      className="aa-scroll aa-scroll--virtual"
      // A fixed height with `contain: strict` keeps each scroll's relayout inside this box.
      style={{ height: Math.min(height, (rowCount + 1) * rowHeight + 4) }}
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
          {items.map((item, slot) => (
            <tr
              // Keyed by slot in the window, not by row: scrolling reuses the same <tr>s and only
              // their text changes, instead of tearing rows down and building new ones each frame.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              key={slot}
              data-key={rowKey(item.index)}
              aria-rowindex={item.index + 2}
              className={rowClassName?.(item.index)}
              style={{ height: rowHeight }}
              data-row={item.index}
            >
              {renderRow(item.index).map((cell, c) => (
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

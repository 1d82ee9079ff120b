// Which rows of a fixed-row-height table are in view. Every row is `rowHeight` tall, so the window
// is arithmetic on the scroll offset: O(1) whatever the row count. (A general virtualizer keeps one
// measurement object per row: for 190k entries that was ~25 ms of allocation on each new row count,
// and it measured the scroll box during React's commit, forcing a layout of the whole page.)

export type RowWindow = {
  /** First and last row index rendered (inclusive); end < start when there are no rows. */
  start: number;
  end: number;
  /** Heights of the spacers above and below the rendered rows, in px. */
  top: number;
  bottom: number;
};

export function rowWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: -1, top: 0, bottom: 0 };
  const last = count - 1;
  const offset = Math.max(0, scrollTop);
  // The row at the top edge, and the first row whose bottom reaches the bottom edge.
  const first = Math.min(last, Math.floor(offset / rowHeight));
  const lastInView = Math.min(last, Math.max(first, Math.ceil((offset + viewportHeight) / rowHeight) - 1));
  const start = Math.max(0, first - overscan);
  const end = Math.min(last, lastInView + overscan);
  return { start, end, top: start * rowHeight, bottom: (last - end) * rowHeight };
}

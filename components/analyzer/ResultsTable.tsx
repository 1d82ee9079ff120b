// The entries: filter bar, sortable virtualized table, and the selected entry's detail below it.
// Filtering and sorting run in the worker (useAnalyzer.query); only the row order comes back.
import { memo, startTransition, useEffect, useMemo, useState } from 'react';
import { rowAt } from '@/lib/analyzer-ui/compact';
import { displayEntryNumber, formatCount, formatUsd } from '@/lib/analyzer-ui/format';
import { DEFAULT_SORT, EMPTY_FILTER, type Filter, type Sort, type SortKey } from '@/lib/analyzer-ui/query';
import type { ResultView } from '@/lib/analyzer-ui/worker-protocol';
import { STATUS_LABELS } from '@/lib/reports/status-labels';
import { Filters } from './Filters';
import { type Column, VirtualTable } from './VirtualTable';

type Props = {
  view: ResultView;
  query(filter: Filter, sort: Sort): Promise<Uint32Array | null>;
  selected: number | null;
  onSelect(index: number): void;
  /** Reports the current filter and sort (for "results CSV of this view"). */
  onViewChange(view: { filter: Filter; sort: Sort }): void;
  /** The table's rows come a frame after the rest (VirtualTable `rowsLater`). */
  rowsLater?: boolean;
};

const COLUMNS: { key: SortKey; label: string; numeric?: boolean; width: string }[] = [
  { key: 'entryNumber', label: 'Entry number', width: '17em' },
  { key: 'status', label: 'Status', width: '15em' },
  { key: 'ieepaDutyCents', label: 'IEEPA duty', numeric: true, width: '9em' },
  { key: 'capeLastDay', label: 'CAPE last day', width: '8.5em' },
  { key: 'protestLastDay', label: 'Protest last day', width: '10em' },
  { key: 'importer', label: 'Importer', width: 'auto' },
  { key: 'port', label: 'Port', width: '4.5em' },
  { key: 'entryDate', label: 'Entry date', width: '7.5em' },
  { key: 'liquidationDate', label: 'Liquidation', width: '7.5em' },
];

export const ResultsTable = memo(function ResultsTable({
  view,
  query,
  selected,
  onSelect,
  onViewChange,
  rowsLater = false,
}: Props) {
  const [filter, setFilter] = useState<Filter>(EMPTY_FILTER);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [order, setOrder] = useState<Uint32Array | null>(null);
  const table = view.table;

  useEffect(() => {
    let live = true;
    // Typing in the search box: wait for a pause before asking the worker.
    const timer = setTimeout(() => {
      query(filter, sort).then((o) => {
        if (live && o !== null) startTransition(() => setOrder(o));
      });
    }, 120);
    onViewChange({ filter, sort });
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [filter, sort, query, onViewChange]);

  const columns: Column[] = useMemo(
    () =>
      COLUMNS.map((c) => ({
        key: c.key,
        label: c.label,
        numeric: c.numeric,
        width: c.width,
        sort: sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none',
      })),
    [sort],
  );

  const count = order?.length ?? table.count;
  const indexAt = (i: number) => (order ? (order[i] ?? 0) : i);

  return (
    <section className="aa-card" aria-labelledby="entries-h" data-testid="results">
      <h2 id="entries-h">Entries</h2>
      <Filters view={view} filter={filter} onChange={setFilter} />
      <p className="aa-muted" aria-live="polite" data-testid="results-count">
        Showing {formatCount(count)} of {formatCount(table.count)} entries. Select an entry number for its
        detail.
      </p>
      <VirtualTable
        caption="Entries, one row per entry"
        columns={columns}
        rowCount={count}
        testId="results-table"
        rowsLater={rowsLater}
        rowKey={(i) => String(indexAt(i))}
        rowClassName={(i) => (indexAt(i) === selected ? 'aa-row--selected' : '')}
        onSort={(key) =>
          setSort((s) =>
            s.key === key
              ? { key: s.key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
              : { key: key as SortKey, dir: 'asc' },
          )
        }
        renderRow={(i) => {
          const r = rowAt(table, indexAt(i));
          return [
            <button
              key="n"
              type="button"
              className="aa-link"
              onClick={() => onSelect(r.index)}
              aria-pressed={r.index === selected}
              data-entry={r.entryNumber}
            >
              {displayEntryNumber(r.entryNumber)}
              {!r.entryNumberValid && <span className="aa-flag"> bad check digit</span>}
            </button>,
            <span key="s" className={`aa-status aa-status--${r.status}`} data-status={r.status}>
              {STATUS_LABELS[r.status]}
            </span>,
            formatUsd(r.ieepaDutyCents),
            r.capeLastDay ?? '',
            r.protestLastDay ?? '',
            r.importerNumber ?? r.importerName ?? '',
            r.port ?? '',
            r.entryDate ?? '',
            r.liquidationDate ?? '',
          ];
        }}
      />
    </section>
  );
});

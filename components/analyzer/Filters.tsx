// Filter bar of the results table. A facet with few values is a select; one with hundreds (the
// importers of a broker's 1M-line file) is a text box instead of a select nobody can scroll.
import { useId } from 'react';
import type { FacetValue, Filter } from '@/lib/analyzer-ui/query';
import type { ResultView } from '@/lib/analyzer-ui/worker-protocol';
import { ENTRY_STATUSES } from '@/lib/reports/model';
import { STATUS_LABELS } from '@/lib/reports/status-labels';

type Props = { view: ResultView; filter: Filter; onChange(filter: Filter): void };

function Facet({
  label,
  values,
  value,
  placeholder,
  onChange,
  testId,
}: {
  label: string;
  values: FacetValue[];
  value: string;
  placeholder: string;
  onChange(value: string): void;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="aa-field">
      <label htmlFor={id}>{label}</label>
      {values.length > 0 ? (
        <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)} data-testid={testId}>
          <option value="">All</option>
          {values.map((v) => (
            <option key={v.value} value={v.value}>
              {v.label} ({v.count})
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.currentTarget.value)}
          data-testid={testId}
        />
      )}
    </div>
  );
}

export function Filters({ view, filter, onChange }: Props) {
  const statusId = useId();
  const searchId = useId();
  const set = (patch: Partial<Filter>) => onChange({ ...filter, ...patch });
  return (
    <fieldset className="aa-filters">
      <legend className="aa-visually-hidden">Filter the entries</legend>
      <div className="aa-field">
        <label htmlFor={searchId}>Entry number</label>
        <input
          id={searchId}
          type="search"
          value={filter.search}
          placeholder="e.g. SMP-4100001"
          onChange={(e) => set({ search: e.currentTarget.value })}
          data-testid="filter-search"
        />
      </div>
      <div className="aa-field">
        <label htmlFor={statusId}>Status</label>
        <select
          id={statusId}
          value={filter.status ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({
              status: (ENTRY_STATUSES as readonly string[]).includes(v) ? (v as Filter['status']) : null,
            });
          }}
          data-testid="filter-status"
        >
          <option value="">All</option>
          {ENTRY_STATUSES.filter((s) => view.totals.byStatus[s].entries > 0).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]} ({view.totals.byStatus[s].entries})
            </option>
          ))}
        </select>
      </div>
      <Facet
        label="Importer"
        values={view.facets.importers}
        value={filter.importer}
        placeholder="number or name"
        onChange={(importer) => set({ importer })}
        testId="filter-importer"
      />
      <Facet
        label="Port"
        values={view.facets.ports}
        value={filter.port}
        placeholder="e.g. 2704"
        onChange={(port) => set({ port })}
        testId="filter-port"
      />
      <Facet
        label="Month of entry"
        values={view.facets.months}
        value={filter.month}
        placeholder="YYYY-MM"
        onChange={(month) => set({ month })}
        testId="filter-month"
      />
    </fieldset>
  );
}

// The seed's "Importer Summary by Month": derived from the entries (not an ACE report), by importer
// number and month of entry date. Virtualized: a broker's file can have thousands of importers.
import { memo } from 'react';
import { monthlyAt } from '@/lib/analyzer-ui/compact';
import { formatCount, formatUsd } from '@/lib/analyzer-ui/format';
import type { ResultView } from '@/lib/analyzer-ui/worker-protocol';
import { VirtualTable } from './VirtualTable';

const COLUMNS = [
  { key: 'importer', label: 'Importer number' },
  { key: 'month', label: 'Month of entry' },
  { key: 'entries', label: 'Entries', numeric: true },
  { key: 'ieepa', label: 'IEEPA duty', numeric: true },
  { key: 'other', label: 'Other duty', numeric: true },
  { key: 'total', label: 'Total duty', numeric: true },
];

export const MonthlyView = memo(function MonthlyView({ view }: { view: ResultView }) {
  const m = view.monthly;
  return (
    <section className="aa-card" aria-labelledby="monthly-h" data-testid="monthly">
      <h2 id="monthly-h">Importer summary by month</h2>
      <p className="aa-muted">
        {formatCount(m.count)} rows. Derived from the entries above by month of entry date; not an ACE report.
      </p>
      <VirtualTable
        caption="Importer summary by month"
        columns={COLUMNS}
        rowCount={m.count}
        height={320}
        testId="monthly-table"
        rowKey={(i) => String(i)}
        renderRow={(i) => {
          const r = monthlyAt(m, i);
          return [
            r.importerNumber ?? 'No importer number',
            r.month ?? 'No entry date',
            formatCount(r.entries),
            formatUsd(r.ieepaDutyCents),
            formatUsd(r.otherDutyCents),
            formatUsd(r.totalDutyCents),
          ];
        }}
      />
    </section>
  );
});

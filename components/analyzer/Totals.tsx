// Headline figures and the per-status breakdown with "what to do next".
import { memo } from 'react';
import { formatCount, formatUsd } from '@/lib/analyzer-ui/format';
import { NEXT_STEPS_DISCLAIMER, nextStep } from '@/lib/analyzer-ui/next-steps';
import { STATUS_RANK } from '@/lib/analyzer-ui/query';
import type { ResultView } from '@/lib/analyzer-ui/worker-protocol';
import { ENTRY_STATUSES } from '@/lib/reports/model';
import { STATUS_LABELS } from '@/lib/reports/status-labels';

export const Totals = memo(function Totals({ view }: { view: ResultView }) {
  const t = view.totals;
  const statuses = [...ENTRY_STATUSES]
    .filter((s) => t.byStatus[s].entries > 0)
    .sort((a, b) => STATUS_RANK[a] - STATUS_RANK[b]);
  return (
    <section className="aa-card" aria-labelledby="totals-h" data-testid="totals">
      <h2 id="totals-h">Totals as of {view.asOf}</h2>
      <dl className="aa-figures">
        <div>
          <dt>IEEPA duty paid</dt>
          <dd data-testid="total-ieepa">{formatUsd(t.ieepaDutyCents)}</dd>
        </div>
        <div>
          <dt>Entries</dt>
          <dd data-testid="total-entries">{formatCount(t.entries)}</dd>
        </div>
        <div>
          <dt>Tariff lines</dt>
          <dd>{formatCount(t.lines)}</dd>
        </div>
        <div>
          <dt>Other duty (301, 232, 122, regular)</dt>
          <dd>{formatUsd(t.otherDutyCents)}</dd>
        </div>
        <div>
          <dt>Files</dt>
          <dd>
            {formatCount(t.files)}
            {t.filesFailed > 0 ? ` (${formatCount(t.filesFailed)} not used)` : ''}
          </dd>
        </div>
      </dl>
      <h3 className="aa-h3">By status, and what to do next</h3>
      <table className="aa-table aa-status-table" data-testid="status-table">
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col" className="aa-num">
              Entries
            </th>
            <th scope="col" className="aa-num">
              IEEPA duty
            </th>
            <th scope="col">What to do next</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((s) => {
            const step = nextStep(s, view.asOf, view.nearestByStatus[s] ?? null);
            return (
              <tr key={s} data-status={s}>
                <th scope="row">
                  <span className={`aa-status aa-status--${s}`}>{STATUS_LABELS[s]}</span>
                </th>
                <td className="aa-num" data-testid={`status-count-${s}`}>
                  {formatCount(t.byStatus[s].entries)}
                </td>
                <td className="aa-num">{formatUsd(t.byStatus[s].ieepaDutyCents)}</td>
                <td>
                  <strong>{step.title}.</strong> {step.text}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="aa-muted aa-small">
        {NEXT_STEPS_DISCLAIMER} Rule set {view.rulesId}; analysed in {formatCount(Math.round(view.elapsedMs))}{' '}
        ms.
      </p>
    </section>
  );
});

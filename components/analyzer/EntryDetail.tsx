// One entry in full: the status and the rule that decided it, dates, duty split, flags, notes and
// the files it came from. Per-line detail is not kept by the engine (memory stays ~ entries, not
// lines on 1M-line files), so "its lines" is the line count and the duty split.
import { useEffect, useRef } from 'react';
import type { z } from 'zod';
import { displayEntryNumber, formatUsd } from '@/lib/analyzer-ui/format';
import type { entrySchema } from '@/lib/analyzer-ui/worker-protocol';
import { STATUS_LABELS } from '@/lib/reports/status-labels';

type Entry = z.infer<typeof entrySchema>;

export function EntryDetail({ entry, onClose }: { entry: Entry; onClose(): void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const row = (label: string, value: string | null) => (
    <div>
      <dt>{label}</dt>
      <dd>{value ?? '—'}</dd>
    </div>
  );
  return (
    <section
      className="aa-card aa-detail"
      aria-labelledby="detail-h"
      data-testid="entry-detail"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="aa-detail__head">
        <h2 id="detail-h" ref={headingRef} tabIndex={-1}>
          Entry {displayEntryNumber(entry.entryNumber)}
        </h2>
        <button type="button" className="aa-button" onClick={onClose}>
          Close detail
        </button>
      </div>
      <p>
        <span className={`aa-status aa-status--${entry.status}`}>{STATUS_LABELS[entry.status]}</span>{' '}
        <span data-testid="detail-reason">{entry.statusReason}</span>
      </p>
      <p className="aa-muted aa-small">
        Decided by rule <code data-testid="detail-rule">{entry.ruleId}</code>
      </p>
      <dl className="aa-detail__grid">
        {row('IEEPA duty', formatUsd(entry.ieepaDutyCents))}
        {row('Section 301 duty', formatUsd(entry.section301DutyCents))}
        {row('Section 232 duty', formatUsd(entry.section232DutyCents))}
        {row('Section 122 duty', formatUsd(entry.section122DutyCents))}
        {row('Other duty (all non-IEEPA)', formatUsd(entry.otherDutyCents))}
        {row('Tariff lines', String(entry.lineCount))}
        {row('CAPE last day', entry.capeLastDay)}
        {row('Protest last day', entry.protestLastDay)}
        {row('Projected liquidation (estimate)', entry.projectedLiquidation)}
        {row('Entry date', entry.entryDate)}
        {row('Liquidation date', entry.liquidationDate)}
        {row('Liquidation status (as reported)', entry.liquidationStatusRaw)}
        {row(
          'Protest',
          entry.protestNumber ? `${entry.protestNumber} ${entry.protestStatusRaw ?? ''}`.trim() : null,
        )}
        {row('Importer', [entry.importerNumber, entry.importerName].filter(Boolean).join(' ') || null)}
        {row('Filer code', entry.filerCode)}
        {row('Port', entry.port)}
        {row('Entry type', entry.entryType)}
      </dl>
      <p className="aa-muted aa-small">
        Its lines: {entry.lineCount} tariff line(s), split above by duty kind. The analysis keeps totals per
        entry, not each line; open the source file in Excel to see the lines themselves.
      </p>
      {entry.flags.length > 0 && (
        <>
          <h3 className="aa-h3">Flags</h3>
          <ul className="aa-chips" data-testid="detail-flags">
            {entry.flags.map((f) => (
              <li key={f} className="aa-chip">
                {f}
              </li>
            ))}
          </ul>
        </>
      )}
      {entry.notes.length > 0 && (
        <>
          <h3 className="aa-h3">Notes</h3>
          <ul data-testid="detail-notes">
            {entry.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
      <h3 className="aa-h3">From</h3>
      <ul data-testid="detail-sources">
        {entry.sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </section>
  );
}

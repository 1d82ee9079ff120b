// The manual entries as cards (narrow enough for the popup): status and last days from the engine,
// with Edit and a two-step Delete.
import { useState } from 'react';
import { centsToDollars } from '@/lib/manual-entries/money';
import type { ManualEntry } from '@/lib/manual-entries/schema';
import type { AnalyzedEntry } from '@/lib/reports/model';
import { STATUS_LABELS } from '@/lib/reports/status-labels';
import { formatEntryNumber } from '@/lib/validation/entry-number';

export type EntryRow = { entry: ManualEntry; analyzed: AnalyzedEntry };

export type EntryListProps = {
  rows: readonly EntryRow[];
  busy: boolean;
  onEdit: (entry: ManualEntry) => void;
  onDelete: (entry: ManualEntry) => void;
};

export function EntryList({ rows, busy, onEdit, onDelete }: EntryListProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (rows.length === 0) {
    return <p data-testid="manual-empty">No entries yet. Entries are kept on this computer only.</p>;
  }
  return (
    <ul className="manual-list" data-testid="manual-list">
      {rows.map(({ entry, analyzed }) => {
        const number = formatEntryNumber(entry.entryNumber);
        return (
          <li
            key={entry.id}
            className="manual-card"
            data-testid="manual-entry"
            data-entry-number={entry.entryNumber}
            data-status={analyzed.status}
          >
            <h4>{number}</h4>
            <p className={`manual-status manual-status-${analyzed.status}`} data-testid="manual-status">
              {STATUS_LABELS[analyzed.status]}
            </p>
            <p className="manual-reason">{analyzed.statusReason}</p>
            <dl>
              <div>
                <dt>Entry date</dt>
                <dd>{entry.entryDate}</dd>
              </div>
              <div>
                <dt>Liquidation</dt>
                <dd>{entry.liquidationDate ?? 'Not yet'}</dd>
              </div>
              <div>
                <dt>Entry type</dt>
                <dd>{entry.entryType}</dd>
              </div>
              <div>
                <dt>IEEPA duty</dt>
                <dd>${centsToDollars(entry.ieepaDutyCents)}</dd>
              </div>
              {analyzed.capeLastDay ? (
                <div>
                  <dt>CAPE last day</dt>
                  <dd data-testid="manual-cape-last-day">{analyzed.capeLastDay}</dd>
                </div>
              ) : null}
              {analyzed.protestLastDay ? (
                <div>
                  <dt>Protest last day</dt>
                  <dd data-testid="manual-protest-last-day">{analyzed.protestLastDay}</dd>
                </div>
              ) : null}
              {analyzed.projectedLiquidation ? (
                <div>
                  <dt>Liquidation expected (estimate)</dt>
                  <dd>{analyzed.projectedLiquidation}</dd>
                </div>
              ) : null}
            </dl>
            {analyzed.notes.length > 0 ? (
              <ul className="manual-notes">
                {analyzed.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            ) : null}
            {confirming === entry.id ? (
              <div className="manual-actions">
                <span>Delete {number}?</span>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => {
                    setConfirming(null);
                    onDelete(entry);
                  }}
                >
                  Yes, delete
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  Keep it
                </button>
              </div>
            ) : (
              <div className="manual-actions">
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => onEdit(entry)}
                  aria-label={`Edit ${number}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => setConfirming(entry.id)}
                  aria-label={`Delete ${number}`}
                >
                  Delete
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

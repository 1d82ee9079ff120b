// Data: export everything as one file, import such a file back (validated, all or nothing), and
// delete everything after a confirmation.
import { useRef, useState } from 'react';
import { downloadText } from '@/components/manual-entries/download';
import { todayIn } from '@/lib/deadlines/calendar-date';
import { buildBackup, restoreBackup } from '@/lib/settings/backup';
import { eraseAllData } from '@/lib/settings/erase';
import { recompute, repos } from './services';

type Message = { kind: 'ok' | 'error'; text: string; details?: string[] } | null;

export function DataManagement({ onChanged }: { onChanged: () => void }) {
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportAll = async () => {
    setBusy(true);
    const r = await buildBackup(repos, todayIn());
    setBusy(false);
    if (!r.ok) {
      setMessage({ kind: 'error', text: r.error });
      return;
    }
    downloadText(r.fileName, r.text, 'application/json');
    setMessage({ kind: 'ok', text: `Saved ${r.fileName}. It is not encrypted: keep it somewhere safe.` });
  };

  const importFile = async (file: File) => {
    setBusy(true);
    const r = await restoreBackup(repos, await file.text());
    setBusy(false);
    if (fileInput.current) fileInput.current.value = '';
    if (!r.ok) {
      setMessage({ kind: 'error', text: 'Nothing was imported:', details: r.problems });
      return;
    }
    const c = r.counts;
    const skipped = c.manualSkipped > 0 ? ` (${c.manualSkipped} manual entries were already here)` : '';
    setMessage({
      kind: 'ok',
      text: `Imported ${c.portfolios} portfolios, ${c.drafts} drafts and ${c.manualEntries} manual entries${skipped}, and the settings.`,
    });
    recompute();
    onChanged();
  };

  const eraseAll = async () => {
    setBusy(true);
    const r = await eraseAllData(repos);
    setBusy(false);
    setConfirming(false);
    setMessage(
      r.ok ? { kind: 'ok', text: 'All ACE Assist data was deleted.' } : { kind: 'error', text: r.error },
    );
    recompute();
    onChanged();
  };

  return (
    <section className="panel" aria-labelledby="data-title" data-testid="data-management">
      <h2 id="data-title">Your data</h2>
      <p className="hint">
        Portfolios, Form 5106 drafts, manual entries and settings, in one file. The file is not encrypted.
      </p>
      <div className="buttons">
        <button type="button" data-testid="export-all" disabled={busy} onClick={() => void exportAll()}>
          Export all data
        </button>
        <label className="button">
          Import a data file…
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            data-testid="import-all"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importFile(file);
            }}
          />
        </label>
        {confirming ? null : (
          <button
            type="button"
            className="danger"
            data-testid="delete-all"
            onClick={() => setConfirming(true)}
          >
            Delete all data…
          </button>
        )}
      </div>
      {confirming ? (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="erase-q"
          data-testid="delete-all-confirm"
        >
          <p id="erase-q">
            Delete every portfolio, Form 5106 draft, manual entry, setting and checklist mark? This cannot be
            undone; export first if you may need them.
          </p>
          <button
            type="button"
            className="danger"
            data-testid="delete-all-yes"
            disabled={busy}
            onClick={() => void eraseAll()}
          >
            Yes, delete everything
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : null}
      {message ? (
        <div
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="data-status"
        >
          <p>{message.text}</p>
          {message.details ? (
            <ul>
              {message.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

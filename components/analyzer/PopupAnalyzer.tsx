// The popup's quick analysis: drop or pick files, see each file's report type, get a summary right
// away for small downloads (< 5 MB together), and open the full analyzer page for everything else.
// Files reach the page through IndexedDB (lib/analyzer-ui/handoff.ts): a URL cannot carry them.
//
// The lead mounts it in entrypoints/popup; it needs nothing but `import './analyzer.css'` there.
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { formatBytes, formatUsd, plural } from '@/lib/analyzer-ui/format';
import { handoffHash, putHandoff } from '@/lib/analyzer-ui/handoff';
import { loadMappings } from '@/lib/analyzer-ui/mapping-store';
import { STATUS_RANK } from '@/lib/analyzer-ui/query';
import type { ResultView } from '@/lib/analyzer-ui/worker-protocol';
import { todayIn } from '@/lib/deadlines/calendar-date';
import { ENTRY_STATUSES } from '@/lib/reports/model';
import { STATUS_LABELS } from '@/lib/reports/status-labels';
import { DropZone } from './DropZone';
import { useAnalyzer } from './useAnalyzer';

/** Above this the popup only detects report types and hands the files to the page. */
export const POPUP_MAX_BYTES = 5 * 1024 * 1024;

type Detected = { name: string; label: string; ok: boolean };

type Props = {
  /** Opens the analyzer page at this hash; default a new tab (tests can replace it). */
  openAnalyzer?(hash: string): Promise<void>;
};

async function openInTab(hash: string): Promise<void> {
  await browser.tabs.create({ url: `${browser.runtime.getURL('/analyzer.html')}${hash}` });
}

export function PopupAnalyzer({ openAnalyzer = openInTab }: Props) {
  const analyzer = useAnalyzer();
  const [files, setFiles] = useState<File[]>([]);
  const [sample, setSample] = useState(false);
  const [detected, setDetected] = useState<Detected[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const total = files.reduce((n, f) => n + f.size, 0);
  const view: ResultView | null = analyzer.run.phase === 'done' ? analyzer.run.view : null;

  const onFiles = async (picked: File[]) => {
    setFiles(picked);
    setSample(false);
    setMessage(null);
    const mappings = await loadMappings().catch(() => ({}));
    const size = picked.reduce((n, f) => n + f.size, 0);
    if (size < POPUP_MAX_BYTES) {
      analyzer.analyze({ files: picked, sample: false }, todayIn(), mappings);
      setDetected([]);
    } else {
      const found = await analyzer.detect(picked, mappings);
      setDetected(found.map((d) => ({ name: d.name, label: d.ok ? d.label : d.message, ok: d.ok })));
    }
  };

  const trySample = () => {
    setFiles([]);
    setSample(true);
    setDetected([]);
    analyzer.analyze({ files: [], sample: true }, todayIn(), {});
  };

  const openFull = async () => {
    try {
      if (sample) await openAnalyzer('#sample');
      else {
        const id = await putHandoff(files.map((f) => ({ name: f.name, type: f.type, blob: f })));
        await openAnalyzer(handoffHash(id));
      }
    } catch (err) {
      setMessage(
        `The analyzer page could not be opened: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  };

  const perFile: Detected[] = view
    ? view.files.map((f) => ({
        name: f.name,
        label: f.reportLabel ?? f.error ?? 'Not recognised',
        ok: f.report !== null,
      }))
    : detected;

  return (
    <section className="aa-popup-analyzer" aria-labelledby="popup-analyzer-h" data-testid="popup-analyzer">
      <h2 id="popup-analyzer-h">Analyse ACE reports</h2>
      <DropZone compact onFiles={(f) => void onFiles(f)} disabled={analyzer.run.phase === 'running'} />
      <div className="aa-buttons">
        <button type="button" className="aa-button" onClick={trySample} data-testid="popup-sample">
          Try with sample data
        </button>
        {(files.length > 0 || sample) && (
          <button
            type="button"
            className="aa-button aa-button--primary"
            onClick={() => void openFull()}
            data-testid="popup-open-full"
          >
            Open full analysis
          </button>
        )}
      </div>
      {files.length > 0 && (
        <p className="aa-muted aa-small">
          {plural(files.length, 'file', 'files')}, {formatBytes(total)}
          {total >= POPUP_MAX_BYTES ? ': too big to analyse in the popup; open the full analysis.' : ''}
        </p>
      )}
      {perFile.length > 0 && (
        <ul className="aa-small" data-testid="popup-files">
          {perFile.map((f) => (
            <li key={f.name}>
              <strong>{f.name}</strong>: <span className={f.ok ? '' : 'aa-flag'}>{f.label}</span>
            </li>
          ))}
        </ul>
      )}
      {analyzer.run.phase === 'running' && <p role="status">Analysing…</p>}
      {analyzer.run.phase === 'failed' && <p role="alert">{analyzer.run.message}</p>}
      {view && <PopupSummary view={view} />}
      {message && <p role="alert">{message}</p>}
    </section>
  );
}

function PopupSummary({ view }: { view: ResultView }) {
  const t = view.totals;
  const statuses = [...ENTRY_STATUSES]
    .filter((s) => t.byStatus[s].entries > 0)
    .sort((a, b) => STATUS_RANK[a] - STATUS_RANK[b]);
  const { nearestCape, nearestProtest } = view.timeline;
  return (
    <div data-testid="popup-summary">
      <p>
        <strong>{formatUsd(t.ieepaDutyCents)}</strong> IEEPA duty on {plural(t.entries, 'entry', 'entries')}{' '}
        (as of {view.asOf}).
      </p>
      <ul className="aa-small">
        {statuses.map((s) => (
          <li key={s}>
            {STATUS_LABELS[s]}: {t.byStatus[s].entries}
          </li>
        ))}
      </ul>
      <p className="aa-small">
        {nearestCape ? `Next CAPE last day: ${nearestCape.date}. ` : 'No CAPE last day ahead. '}
        {nearestProtest ? `Next protest last day: ${nearestProtest.date}.` : 'No protest last day ahead.'}
      </p>
      {view.notices.length > 0 && (
        <p className="aa-small aa-flag">
          {plural(view.notices.length, 'warning', 'warnings')}: see the full analysis.
        </p>
      )}
    </div>
  );
}

// Downloads: CAPE declaration files, results CSV and the deadline calendar, written in the worker
// by the engine's output writers. Each file becomes an <a download> over a Blob URL (no `downloads`
// permission needed); URLs are revoked when replaced or when the page goes away.
import { useEffect, useId, useRef, useState } from 'react';
import type { Filter, Sort } from '@/lib/analyzer-ui/query';
import type { ExportFile, ExportKind } from '@/lib/analyzer-ui/worker-protocol';

type Prepared = { kind: ExportKind; files: (ExportFile & { url: string })[]; messages: string[] };

type Props = {
  exportFiles(
    kind: ExportKind,
    filerCode: string,
    view?: { filter: Filter; sort: Sort },
  ): Promise<{ files: ExportFile[]; messages: string[] }>;
  currentView: { filter: Filter; sort: Sort } | null;
};

const BUTTONS: { kind: ExportKind; label: string; scope?: 'view' }[] = [
  { kind: 'cape', label: 'CAPE declaration files' },
  { kind: 'results', label: 'Results CSV (all entries)' },
  { kind: 'results', label: 'Results CSV (entries shown)', scope: 'view' },
  { kind: 'ics', label: 'Deadline calendar (.ics)' },
];

export function Exports({ exportFiles, currentView }: Props) {
  const filerId = useId();
  const filerHelpId = useId();
  const [filerCode, setFilerCode] = useState('');
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [busy, setBusy] = useState(false);
  const firstLink = useRef<HTMLAnchorElement>(null);

  useEffect(
    () => () => {
      for (const f of prepared?.files ?? []) URL.revokeObjectURL(f.url);
    },
    [prepared],
  );
  useEffect(() => {
    if (prepared && prepared.files.length > 0) firstLink.current?.focus();
  }, [prepared]);

  const prepare = async (kind: ExportKind, scope?: 'view') => {
    setBusy(true);
    try {
      const reply = await exportFiles(
        kind,
        filerCode,
        scope === 'view' && currentView ? currentView : undefined,
      );
      setPrepared({
        kind,
        files: reply.files.map((f) => ({ ...f, url: URL.createObjectURL(f.blob) })),
        messages: reply.messages,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="aa-card" aria-labelledby="exports-h" data-testid="exports">
      <h2 id="exports-h">Download</h2>
      <div className="aa-field aa-field--inline">
        <label htmlFor={filerId}>Your filer code (brokers, optional)</label>
        <input
          id={filerId}
          type="text"
          maxLength={3}
          size={5}
          value={filerCode}
          aria-describedby={filerHelpId}
          onChange={(e) => setFilerCode(e.currentTarget.value.toUpperCase())}
          data-testid="filer-code"
        />
        <span id={filerHelpId} className="aa-muted aa-small">
          CAPE accepts only entries you filed or own: with a filer code, entries filed under another code are
          left out of the CAPE files.
        </span>
      </div>
      <div className="aa-buttons">
        {BUTTONS.map((b) => (
          <button
            key={b.label}
            type="button"
            className="aa-button"
            disabled={busy}
            onClick={() => void prepare(b.kind, b.scope)}
            data-testid={`export-${b.kind}${b.scope ? '-view' : ''}`}
          >
            {b.label}
          </button>
        ))}
      </div>
      <div aria-live="polite" data-testid="export-result">
        {prepared && (
          <>
            {prepared.files.length > 0 && (
              <ul className="aa-downloads">
                {prepared.files.map((f, i) => (
                  <li key={f.name}>
                    <a
                      ref={i === 0 ? firstLink : undefined}
                      href={f.url}
                      download={f.name}
                      data-export-kind={prepared.kind}
                      data-export-name={f.name}
                    >
                      Download {f.name}
                    </a>{' '}
                    <span className="aa-muted">{f.label}</span>
                  </li>
                ))}
              </ul>
            )}
            {prepared.messages.map((m) => (
              <p key={m} className="aa-notice aa-notice--warning" data-testid="export-message">
                {m}
              </p>
            ))}
          </>
        )}
      </div>
      <p className="aa-muted aa-small">
        CAPE files: one column "Entry Number", at most 9,999 entries each, for ACE Portal › CAPE tab › File
        Uploads. Check the list before you upload; this is not legal advice.
      </p>
    </section>
  );
}

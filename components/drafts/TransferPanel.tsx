// Export all drafts to a JSON file and import such a file. An import that has any problem adds
// nothing and lists every problem with the field it is about.
import { useState } from 'react';
import type { Draft } from '@/lib/form5106/draft';
import { fieldLabel } from '@/lib/form5106/labels';
import type { FieldProblem } from '@/lib/form5106/migrations/index';
import { localIsoDate } from '@/lib/form5106/stale';
import { buildExport, exportFileName, importDrafts } from '@/lib/form5106/transfer';
import { repo } from './services';

/** "drafts.1.form.section2.mailing.zip" -> "Draft 2, 2A Mailing: Zip Code". */
export function describeProblemPath(path: string): string {
  const m = /^drafts\.(\d+)(?:\.form\.(.+)|\.(.+))?$/.exec(path);
  if (!m) return path;
  const draft = `Draft ${Number(m[1]) + 1}`;
  if (m[2]) return `${draft}, ${fieldLabel(m[2])}`;
  if (m[3]) return `${draft}, ${m[3]}`;
  return draft;
}

export function TransferPanel({ drafts, onImported }: { drafts: Draft[]; onImported: () => void }) {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [info, setInfo] = useState<string | null>(null);

  const exportAll = () => {
    const file = JSON.stringify(buildExport(drafts), null, 2);
    const url = URL.createObjectURL(new Blob([file], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(localIsoDate());
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setInfo(
      `Exported ${drafts.length} draft${drafts.length === 1 ? '' : 's'}. The file is not encrypted: keep it safe.`,
    );
  };

  return (
    <section aria-labelledby="transfer-title" className="panel" data-testid="transfer">
      <h2 id="transfer-title">Export and import</h2>
      <button type="button" onClick={exportAll} disabled={drafts.length === 0} data-testid="export">
        Export all drafts (JSON)
      </button>
      <label htmlFor="import-file">Import a drafts file</label>
      <input
        id="import-file"
        type="file"
        accept="application/json,.json"
        data-testid="import-file"
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          setProblems([]);
          setInfo(null);
          const r = await importDrafts(repo, await file.text());
          input.value = '';
          if (r.ok) {
            setInfo(
              `Imported ${r.drafts.length} draft${r.drafts.length === 1 ? '' : 's'}${r.migrated ? ` (${r.migrated} updated from an older version)` : ''}.`,
            );
            onImported();
          } else setProblems(r.problems);
        }}
      />
      {info ? (
        <p role="status" data-testid="transfer-info">
          {info}
        </p>
      ) : null}
      {problems.length ? (
        <div role="alert" data-testid="import-problems">
          <p>Nothing was imported. Fix these problems in the file and try again:</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                {describeProblemPath(p.path)}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

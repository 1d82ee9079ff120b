// Shown instead of failing when a file's layout is not recognised: the user says which report it is
// and which column holds each field, with the first rows as a preview. The page saves the mapping
// under the file's header signature and analyses again.
import { useEffect, useId, useRef, useState } from 'react';
import type { z } from 'zod';
import { buildMapping, mappingFields, type Picks, suggestPicks } from '@/lib/analyzer-ui/mapping-draft';
import type { fileReportSchema } from '@/lib/analyzer-ui/worker-protocol';
import type { ColumnMapping } from '@/lib/reports/columns';
import { REPORT_IDS, type ReportId, reportLabel } from '@/lib/reports/report-types';

type FileReport = z.infer<typeof fileReportSchema>;
export type Preview = { header: string[]; rows: string[][]; message: string | null };

type Props = {
  file: FileReport;
  preview: Preview | null;
  onSave(signature: string, mapping: ColumnMapping): void;
  onSkip(): void;
};

export function MappingScreen({ file, preview, onSave, onSkip }: Props) {
  const reportId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const closest = file.layout?.needed[0]?.report ?? 'es003';
  const [report, setReport] = useState<ReportId>(closest);
  const header = preview?.header ?? file.layout?.found ?? [];
  const [picks, setPicks] = useState<Picks>(() => suggestPicks(closest, header));
  const [messages, setMessages] = useState<string[]>([]);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  // The preview arrives after the screen opens: pre-fill again once the real header is known.
  // Only when the preview arrives; a report change re-suggests in the select's handler.
  // biome-ignore lint/correctness/useExhaustiveDependencies: deliberate, see the line above.
  useEffect(() => {
    if (preview) setPicks(suggestPicks(report, preview.header));
  }, [preview]);

  const save = () => {
    const check = buildMapping(report, picks, header);
    if (!check.ok) {
      setMessages(check.messages);
      return;
    }
    if (file.signature) onSave(file.signature, check.mapping);
  };

  return (
    <section className="aa-card aa-mapping" aria-labelledby="mapping-h" data-testid="mapping-screen">
      <h2 id="mapping-h" ref={headingRef} tabIndex={-1}>
        Map the columns of {file.name}
      </h2>
      <p>
        This file’s layout is not one ACE Assist recognises. Say which report it is and which column holds
        each field; the mapping is remembered for files with these same columns.
      </p>
      <div className="aa-field">
        <label htmlFor={reportId}>Report</label>
        <select
          id={reportId}
          value={report}
          data-testid="mapping-report"
          onChange={(e) => {
            const next = e.currentTarget.value as ReportId;
            setReport(next);
            setPicks(suggestPicks(next, header));
            setMessages([]);
          }}
        >
          {REPORT_IDS.map((id) => (
            <option key={id} value={id}>
              {reportLabel(id)}
            </option>
          ))}
        </select>
      </div>
      <div className="aa-mapping__fields">
        {mappingFields(report).map(({ field, label, required }) => (
          <FieldPick
            key={`${report}-${field}`}
            field={field}
            label={`${label}${required ? ' (required)' : ''}`}
            header={header}
            value={picks[field] ?? ''}
            onChange={(value) => setPicks((p) => ({ ...p, [field]: value }))}
          />
        ))}
      </div>
      {messages.length > 0 && (
        <ul role="alert" className="aa-notice aa-notice--error" data-testid="mapping-errors">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <div className="aa-buttons">
        <button
          type="button"
          className="aa-button aa-button--primary"
          onClick={save}
          data-testid="mapping-save"
        >
          Save mapping and analyse again
        </button>
        <button type="button" className="aa-button" onClick={onSkip} data-testid="mapping-skip">
          Skip this file
        </button>
      </div>
      <h3 className="aa-h3">First rows of the file</h3>
      {preview === null ? (
        <p className="aa-muted">Reading…</p>
      ) : preview.message ? (
        <p className="aa-muted">{preview.message}</p>
      ) : (
        <div className="aa-scroll aa-scroll--x">
          <table className="aa-table" data-testid="mapping-preview">
            <caption className="aa-visually-hidden">First rows of {file.name}</caption>
            <thead>
              <tr>
                {preview.header.map((h, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: header cells can repeat; position is the identity.
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: preview rows are static.
                <tr key={r}>
                  {preview.header.map((_, c) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional.
                    <td key={c}>{row[c] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function FieldPick({
  field,
  label,
  header,
  value,
  onChange,
}: {
  field: string;
  label: string;
  header: string[];
  value: string;
  onChange(value: string): void;
}) {
  const id = useId();
  return (
    <div className="aa-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)} data-field={field}>
        <option value="">— not in this file —</option>
        {[...new Set(header.filter((h) => h.trim() !== ''))].map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </div>
  );
}

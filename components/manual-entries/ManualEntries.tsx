// Manual entries for importers with paper 7501s and no ACE reports: add, list, edit, delete, and
// export (results CSV, CAPE file). Statuses come from the analysis engine (lib/manual-entries/
// convert.ts), recomputed for today on every render. Mount it in the popup or a full page:
//
//   <ManualEntries />                    IndexedDB 'ace-assist-manual', today in the user's zone
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SavePortfolio } from '@/components/portfolios/SavePortfolio';
import { type CalendarDate, todayIn } from '@/lib/deadlines/calendar-date';
import { STATUS_DISCLAIMER } from '@/lib/deadlines/status-text';
import { toAnalyzedEntry } from '@/lib/manual-entries/convert';
import { manualCapeDeclarations, manualResultsCsv } from '@/lib/manual-entries/export';
import {
  EMPTY_FORM,
  type FormField,
  type FormMessages,
  formFromInput,
  type ManualEntryForm,
  readManualEntryForm,
} from '@/lib/manual-entries/form';
import { createManualEntryRepo, type ManualEntryRepo } from '@/lib/manual-entries/repo';
import type { ManualEntry } from '@/lib/manual-entries/schema';
import { sendMessage } from '@/lib/messaging/client';
import { STATUS_LABELS } from '@/lib/reports/status-labels';
import { formatEntryNumber } from '@/lib/validation/entry-number';
import { downloadText } from './download';
import { EntryForm } from './EntryForm';
import { EntryList, type EntryRow } from './EntryList';
import './style.css';

export type ManualEntriesProps = {
  /** The entry store; IndexedDB 'ace-assist-manual' by default (tests pass their own). */
  repo?: ManualEntryRepo;
  /** Today's calendar date; the user's own time zone by default. */
  today?: () => CalendarDate;
};

const FIELD_ORDER: readonly FormField[] = [
  'entryNumber',
  'entryDate',
  'liquidationDate',
  'entryType',
  'ieepaDuty',
];
let defaultRepo: ManualEntryRepo | null = null;

/** One repository per page, so its IndexedDB connection is shared by every mount. */
function sharedRepo(): ManualEntryRepo {
  if (!defaultRepo) defaultRepo = createManualEntryRepo();
  return defaultRepo;
}

export function ManualEntries({ repo, today = todayIn }: ManualEntriesProps) {
  const store = useMemo(() => repo ?? sharedRepo(), [repo]);
  const asOf = useMemo(() => today(), [today]);
  const [entries, setEntries] = useState<ManualEntry[] | null>(null);
  const [damaged, setDamaged] = useState(0);
  const [form, setForm] = useState<ManualEntryForm>(EMPTY_FORM);
  const [errors, setErrors] = useState<FormMessages>({});
  const [warnings, setWarnings] = useState<FormMessages>({});
  const [tried, setTried] = useState(false);
  const [editing, setEditing] = useState<ManualEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement | null>(null);
  const rootRef = useRef<HTMLElement | null>(null);

  const reload = useCallback(async () => {
    const listed = await store.list();
    if (listed.ok) {
      setEntries(listed.value.entries);
      setDamaged(listed.value.damaged.length);
    } else {
      setEntries([]);
      setProblem(listed.error);
    }
  }, [store]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const rows: EntryRow[] = useMemo(
    () => (entries ?? []).map((entry) => ({ entry, analyzed: toAnalyzedEntry(entry, asOf) })),
    [entries, asOf],
  );
  const cape = useMemo(() => manualCapeDeclarations(entries ?? [], asOf), [entries, asOf]);

  const change = (patch: Partial<ManualEntryForm>) => {
    const next = { ...form, ...patch };
    setForm(next);
    // Once a save was tried, messages follow the typing, so a fixed field clears at once.
    if (tried) {
      const result = readManualEntryForm(next, asOf);
      setErrors(result.ok ? {} : result.errors);
      setWarnings(result.warnings);
    }
  };

  const resetForm = () => {
    setForm(EMPTY_FORM);
    setErrors({});
    setWarnings({});
    setTried(false);
    setEditing(null);
  };

  const submit = async () => {
    setTried(true);
    setProblem(null);
    const result = readManualEntryForm(form, asOf);
    setWarnings(result.warnings);
    if (!result.ok) {
      setErrors(result.errors);
      const first = FIELD_ORDER.find((f) => result.errors[f]);
      rootRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    const saved = editing ? await store.update(editing.id, result.value) : await store.create(result.value);
    setBusy(false);
    if (!saved.ok) {
      if (saved.code === 'duplicate') {
        setErrors({ entryNumber: saved.error });
        rootRef.current?.querySelector<HTMLElement>('[data-field="entryNumber"]')?.focus();
      } else setProblem(saved.error);
      return;
    }
    const status = toAnalyzedEntry(saved.value, asOf).status;
    setAnnouncement(
      `Entry ${formatEntryNumber(saved.value.entryNumber)} ${editing ? 'saved' : 'added'}: ${STATUS_LABELS[status]}.`,
    );
    resetForm();
    await reload();
    formHeading.current?.focus();
  };

  const edit = (entry: ManualEntry) => {
    setEditing(entry);
    setForm(formFromInput(entry));
    setErrors({});
    setWarnings({});
    setTried(false);
    formHeading.current?.focus();
  };

  const remove = async (entry: ManualEntry) => {
    setBusy(true);
    const removed = await store.remove(entry.id);
    setBusy(false);
    if (!removed.ok) {
      setProblem(removed.error);
      return;
    }
    if (editing?.id === entry.id) resetForm();
    setAnnouncement(`Entry ${formatEntryNumber(entry.entryNumber)} deleted.`);
    await reload();
    formHeading.current?.focus();
  };

  // Manual entries join a portfolio like analyzed ones: the background merges them by entry number
  // and reminders follow; each entry remembers its portfolio.
  const saveToPortfolio = async (target: { name: string } | { portfolioId: string }) => {
    const list = entries ?? [];
    try {
      const saved = await sendMessage('portfolios/save', {
        target,
        asOf,
        entries: list.map((entry) => toAnalyzedEntry(entry, asOf)),
      });
      for (const entry of list) await store.setPortfolio(entry.id, saved.portfolio.id);
      return { ok: true, portfolioName: saved.portfolio.name, messages: saved.changes.messages };
    } catch (error) {
      return {
        ok: false,
        portfolioName: null,
        messages: [error instanceof Error ? error.message : String(error)],
      };
    }
  };

  const exportCsv = () => {
    downloadText(`ace-assist-manual-entries-${asOf}.csv`, manualResultsCsv(entries ?? [], asOf));
    setAnnouncement(`Results CSV with ${entries?.length ?? 0} entries downloaded.`);
  };

  const exportCape = () => {
    for (const file of cape.files) downloadText(file.name, file.content);
    setAnnouncement(
      `CAPE file with ${cape.included} ${cape.included === 1 ? 'entry' : 'entries'} downloaded` +
        (cape.excluded.length > 0
          ? `; ${cape.excluded.length} left out (not eligible for CAPE Phase 1).`
          : '.'),
    );
  };

  return (
    <section className="manual" aria-label="Manual entries" data-testid="manual-entries" ref={rootRef}>
      <p role="status" className="manual-announce" data-testid="manual-announce">
        {announcement}
      </p>
      {problem ? (
        <p role="alert" className="manual-error">
          {problem}
        </p>
      ) : null}
      <EntryForm
        form={form}
        errors={errors}
        warnings={warnings}
        editingLabel={editing ? formatEntryNumber(editing.entryNumber) : null}
        busy={busy}
        headingRef={formHeading}
        onChange={change}
        onSubmit={() => void submit()}
        onCancel={resetForm}
      />
      <h3>Your entries{entries ? ` (${entries.length})` : ''}</h3>
      {damaged > 0 ? (
        <p role="alert" className="manual-error">
          {damaged} stored {damaged === 1 ? 'entry' : 'entries'} could not be read and{' '}
          {damaged === 1 ? 'is' : 'are'} not shown.
        </p>
      ) : null}
      {entries === null ? (
        <p>Loading…</p>
      ) : (
        <EntryList rows={rows} busy={busy} onEdit={edit} onDelete={(e) => void remove(e)} />
      )}
      <p className="manual-disclaimer">{STATUS_DISCLAIMER}</p>
      <div className="manual-actions">
        <button type="button" onClick={exportCsv} disabled={!entries?.length} data-testid="manual-export-csv">
          Download results CSV
        </button>
        <button
          type="button"
          onClick={exportCape}
          disabled={cape.included === 0}
          data-testid="manual-export-cape"
        >
          Download CAPE file ({cape.included} eligible)
        </button>
      </div>
      {entries && entries.length > 0 && <SavePortfolio save={saveToPortfolio} what="your manual entries" />}
    </section>
  );
}

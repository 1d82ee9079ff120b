// The drafts home, shared by the popup and the full-size page (entrypoints/drafts):
//
//   lock status ──locked──> UnlockForm
//        │ open / off
//        v
//   DraftList ──open──> DraftEditor (autosave)      TransferPanel, LockSettings below the list
//
// All storage goes through lib/form5106 (repo, lock); every failure is shown, none is swallowed.
import { useCallback, useEffect, useRef, useState } from 'react';
import { getActiveDraftId, setActiveDraftId } from '@/lib/form5106/active';
import type { Draft } from '@/lib/form5106/draft';
import type { LockStatus } from '@/lib/form5106/lock';
import { touchKey } from '@/lib/form5106/session-key';
import type { StoredDraft } from '@/lib/form5106/store';
import { DraftEditor } from './DraftEditor';
import { DraftList } from './DraftList';
import { LockSettings, UnlockForm } from './LockPanel';
import { PrintSummary } from './PrintSummary';
import { lock, repo } from './services';
import { TransferPanel } from './TransferPanel';

const LOCK_CHECK_MS = 15_000;
const UNDO_MS = 15_000;

type Undo = { record: StoredDraft; label: string; wasActive: boolean };

export function DraftsApp({
  mode,
  initialDraftId,
  view,
}: {
  mode: 'popup' | 'tab';
  initialDraftId?: string;
  view?: 'print';
}) {
  const [status, setStatus] = useState<LockStatus | null>(null);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [damaged, setDamaged] = useState<number>(0);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const opened = useRef(false);

  const open = useCallback(async (id: string) => {
    const got = await repo.get(id);
    if (got.ok) {
      setEditing(got.value);
      setError(null);
    } else setError(got.error);
  }, []);

  const reload = useCallback(async () => {
    const s = await lock.status().catch(() => null);
    setStatus(s ?? { enabled: false });
    if (s?.enabled && !s.unlocked) {
      setEditing(null);
      return;
    }
    const listed = await repo.list();
    if (listed.ok) {
      setDrafts(listed.value.drafts);
      setDamaged(listed.value.damaged.length);
    } else setError(listed.error);
    setActiveId(await getActiveDraftId().catch(() => null));
    if (initialDraftId && !opened.current) {
      opened.current = true;
      await open(initialDraftId);
    }
  }, [initialDraftId, open]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // Idle auto-lock: activity keeps the key alive; a periodic check notices when it expired.
  useEffect(() => {
    let last = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - last > 10_000) {
        last = now;
        void touchKey(now);
      }
    };
    const check = setInterval(async () => {
      const s = await lock.status().catch(() => null);
      if (s?.enabled && !s.unlocked) {
        setStatus(s);
        setEditing(null);
      }
    }, LOCK_CHECK_MS);
    window.addEventListener('keydown', onActivity);
    window.addEventListener('pointerdown', onActivity);
    window.addEventListener('input', onActivity);
    return () => {
      clearInterval(check);
      window.removeEventListener('keydown', onActivity);
      window.removeEventListener('pointerdown', onActivity);
      window.removeEventListener('input', onActivity);
    };
  }, []);

  const report = (r: { ok: boolean; error?: string }, success?: string) => {
    if (r.ok) {
      setError(null);
      if (success) setNotice(success);
    } else setError(r.error ?? 'Something went wrong.');
  };

  if (!status) return <p role="status">Loading drafts…</p>;
  if (status.enabled && !status.unlocked) return <UnlockForm onUnlocked={() => void reload()} />;

  if (view === 'print') {
    return editing ? <PrintSummary draft={editing} /> : <p role="alert">{error ?? 'Loading…'}</p>;
  }

  const list = (
    <DraftList
      drafts={drafts}
      activeId={activeId}
      actions={{
        onOpen: (id) => void open(id),
        onCreate: async () => {
          const r = await repo.create();
          report(r);
          if (r.ok) {
            await reload();
            setEditing(r.value);
          }
        },
        onDuplicate: async (id) => {
          const r = await repo.duplicate(id);
          report(r, r.ok ? `Created "${r.value.name}".` : undefined);
          await reload();
        },
        onRename: async (id, name) => {
          const r = await repo.rename(id, name);
          report(r, 'Renamed.');
          await reload();
        },
        onDelete: async (id) => {
          const d = drafts.find((x) => x.id === id);
          const r = await repo.remove(id);
          if (!r.ok) return report(r);
          const wasActive = activeId === id;
          if (wasActive) await setActiveDraftId(null);
          if (undoTimer.current) clearTimeout(undoTimer.current);
          setUndo({
            record: r.value,
            label: d?.name || d?.form.section1.name || 'Untitled draft',
            wasActive,
          });
          undoTimer.current = setTimeout(() => setUndo(null), UNDO_MS);
          await reload();
        },
        onActivate: async (id) => {
          await setActiveDraftId(id);
          setActiveId(id);
          setNotice(id ? 'Active draft set: ACE pages will use it.' : 'No active draft.');
        },
      }}
    />
  );

  return (
    <div className={`drafts-app drafts-${mode}`}>
      {error ? (
        <div role="alert" className="alert" data-testid="app-error">
          {error}
        </div>
      ) : null}
      <p role="status" className="sr-status" data-testid="app-notice">
        {notice}
      </p>
      {undo ? (
        <div role="status" className="undo" data-testid="undo-bar">
          Deleted "{undo.label}".{' '}
          <button
            type="button"
            data-testid="undo-delete"
            onClick={async () => {
              const r = await repo.restore(undo.record);
              if (r.ok && undo.wasActive) await setActiveDraftId(undo.record.id);
              report(r, `Restored "${undo.label}".`);
              setUndo(null);
              await reload();
            }}
          >
            Undo
          </button>
        </div>
      ) : null}
      {damaged ? (
        <p role="alert">{damaged} draft(s) could not be read and are not shown; they are kept as they are.</p>
      ) : null}
      {editing && mode === 'popup' ? (
        <DraftEditor
          key={editing.id}
          draft={editing}
          mode="popup"
          onClose={() => {
            setEditing(null);
            void reload();
          }}
        />
      ) : (
        <div className="home">
          <div className="home-list">
            {list}
            <details className="more">
              <summary>Export, import and lock</summary>
              <TransferPanel drafts={drafts} onImported={() => void reload()} />
              <LockSettings status={status} onChange={() => void reload()} />
            </details>
          </div>
          {editing ? (
            <div className="home-editor">
              <DraftEditor key={editing.id} draft={editing} mode="tab" />
            </div>
          ) : null}
        </div>
      )}
    </div>
  );
}

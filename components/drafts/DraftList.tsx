// The drafts home: name, masked EIN, completeness, last update, stale badge; create, duplicate,
// rename, delete with undo, and the active-draft choice the page assistant uses.
import { useState } from 'react';
import { completeness } from '@/lib/form5106/completeness';
import type { Draft } from '@/lib/form5106/draft';
import { maskedIdentity } from '@/lib/form5106/mask';
import { staleness } from '@/lib/form5106/stale';

export type ListActions = {
  onOpen: (id: string) => void;
  onCreate: () => void;
  onDuplicate: (id: string) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
  onActivate: (id: string | null) => void;
};

export function DraftList({
  drafts,
  activeId,
  actions,
}: {
  drafts: Draft[];
  activeId: string | null;
  actions: ListActions;
}) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  return (
    <section aria-labelledby="drafts-title" data-testid="draft-list">
      <div className="list-head">
        <h2 id="drafts-title">Form 5106 drafts</h2>
        <button type="button" onClick={actions.onCreate} data-testid="new-draft">
          New draft
        </button>
      </div>
      {drafts.length === 0 ? <p>No drafts yet. A draft is kept on this computer only.</p> : null}
      <ul className="drafts">
        {drafts.map((d) => {
          const c = completeness(d.form);
          const stale = staleness(d);
          const label = d.name || d.form.section1.name || 'Untitled draft';
          return (
            <li key={d.id} className="draft" data-testid="draft-item" data-id={d.id}>
              <div className="draft-main">
                {renaming === d.id ? (
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      actions.onRename(d.id, newName);
                      setRenaming(null);
                    }}
                  >
                    <label htmlFor={`rename-${d.id}`}>New name for {label}</label>
                    <input
                      id={`rename-${d.id}`}
                      // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this draft
                      autoFocus
                      value={newName}
                      onChange={(e) => setNewName(e.target.value)}
                      onKeyDown={(e) => {
                        if (e.key === 'Escape') setRenaming(null);
                      }}
                    />
                    <button type="submit">Save name</button>
                    <button type="button" onClick={() => setRenaming(null)}>
                      Cancel
                    </button>
                  </form>
                ) : (
                  <button
                    type="button"
                    className="link draft-name"
                    onClick={() => actions.onOpen(d.id)}
                    data-testid="open-draft"
                  >
                    {label}
                  </button>
                )}
                <span className="draft-id" data-testid="draft-identity">
                  {maskedIdentity(d.form)}
                </span>
                <span className="draft-complete">
                  {c.complete
                    ? 'Complete'
                    : `${c.percent}% · ${c.missingCount} missing${c.errorCount ? ` · ${c.errorCount} errors` : ''}`}
                </span>
                <span className="draft-updated">Updated {new Date(d.updatedAt).toLocaleDateString()}</span>
                {stale.stale ? (
                  <span className="badge badge-stale" title={stale.reason} data-testid="stale-badge">
                    Stale<span className="sr-only">: {stale.reason}</span>
                  </span>
                ) : null}
              </div>
              <div className="draft-actions">
                <label className="active-choice">
                  <input
                    type="radio"
                    name="active-draft"
                    checked={activeId === d.id}
                    onChange={() => actions.onActivate(d.id)}
                    data-testid="activate-draft"
                  />
                  Active on ACE pages
                </label>
                <button
                  type="button"
                  onClick={() => actions.onDuplicate(d.id)}
                  aria-label={`Duplicate ${label}`}
                >
                  Duplicate
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setNewName(d.name);
                    setRenaming(d.id);
                  }}
                  aria-label={`Rename ${label}`}
                >
                  Rename
                </button>
                <button
                  type="button"
                  onClick={() => actions.onDelete(d.id)}
                  aria-label={`Delete ${label}`}
                  data-testid="delete-draft"
                >
                  Delete
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {activeId ? (
        <button type="button" className="link" onClick={() => actions.onActivate(null)}>
          No active draft
        </button>
      ) : null}
    </section>
  );
}

// The sectioned 5106 editor, the same component in the popup (one section at a time, narrow) and in
// the full-size tab. Every change autosaves (useAutosave); issues come from lib/form5106 checks.
import { type ReactNode, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { checkForm, completeness } from '@/lib/form5106/completeness';
import type { Draft } from '@/lib/form5106/draft';
import { issuesAt } from '@/lib/form5106/issues';
import {
  fieldLabel,
  SECTION_IDS,
  SECTION_LABELS,
  SECTION_SHORT_LABELS,
  type SectionId,
} from '@/lib/form5106/labels';
import { setAt } from '@/lib/form5106/paths';
import { TextField } from './Field';
import { SaveStatus } from './SaveStatus';
import { Section1 } from './Section1';
import { Section2 } from './Section2';
import { Section3 } from './Section3';
import { SectionAction } from './SectionAction';
import { SectionCertification } from './SectionCertification';
import type { SectionProps } from './section-props';
import { useAutosave } from './useAutosave';

const SECTIONS: Record<SectionId, (p: SectionProps) => ReactNode> = {
  typeOfAction: SectionAction,
  section1: Section1,
  section2: Section2,
  section3: Section3,
  certification: SectionCertification,
};

export function DraftEditor({
  draft,
  mode,
  onClose,
}: {
  draft: Draft;
  mode: 'popup' | 'tab';
  onClose?: () => void;
}) {
  const { content, update, state, keepMine, takeTheirs, retry } = useAutosave(draft);
  const [section, setSection] = useState<SectionId>('typeOfAction');
  const issues = useMemo(() => checkForm(content.form), [content.form]);
  const status = useMemo(() => completeness(content.form, issues), [content.form, issues]);
  const props: SectionProps = {
    form: content.form,
    at: (path) => issuesAt(issues, path),
    set: (path, value) => update({ ...content, form: setAt(content.form, path, value) }),
  };
  const Current = SECTIONS[section];
  const current = status.sections.find((s) => s.id === section);
  const openInTab = () => {
    void browser.tabs.create({
      url: browser.runtime.getURL(`/drafts.html?id=${encodeURIComponent(draft.id)}`),
    });
    window.close();
  };
  const openPrint = () => {
    void browser.tabs.create({
      url: browser.runtime.getURL(`/drafts.html?id=${encodeURIComponent(draft.id)}&view=print`),
    });
  };

  return (
    <section className={`editor editor-${mode}`} data-testid="draft-editor" aria-labelledby="editor-title">
      <header className="editor-head">
        {onClose ? (
          <button type="button" onClick={onClose} data-testid="back-to-list">
            ← All drafts
          </button>
        ) : null}
        <h2 id="editor-title">{content.name || 'Untitled draft'}</h2>
        <SaveStatus state={state} onRetry={retry} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />
      </header>
      <div className="editor-meta">
        <TextField
          path="meta.name"
          label="Draft name (for your list)"
          issues={[]}
          value={content.name}
          onChange={(name) => update({ ...content, name })}
        />
        <TextField
          path="meta.onFileDate"
          label="Date this 5106 is on file with CBP"
          type="date"
          issues={[]}
          hint="For the 12-month review reminder; leave blank if never filed."
          value={content.onFileDate}
          onChange={(onFileDate) =>
            update({ ...content, onFileDate: onFileDate as typeof content.onFileDate })
          }
        />
        <TextField
          path="meta.notes"
          label="Notes"
          multiline
          issues={[]}
          value={content.notes}
          onChange={(notes) => update({ ...content, notes })}
        />
      </div>
      <nav aria-label="Form sections" className="section-nav">
        {SECTION_IDS.map((id) => {
          const s = status.sections.find((x) => x.id === id);
          const open = (s?.missing.length ?? 0) + (s?.errors.length ?? 0);
          return (
            <button
              key={id}
              type="button"
              aria-current={id === section ? 'step' : undefined}
              data-section={id}
              onClick={() => setSection(id)}
            >
              {SECTION_SHORT_LABELS[id]}
              <span className={open ? 'badge badge-open' : 'badge badge-done'}>
                {open ? `${open} open` : '✓'}
              </span>
            </button>
          );
        })}
      </nav>
      <p className="completeness" data-testid="completeness">
        {status.percent}% of required fields filled · {status.missingCount} missing · {status.errorCount}{' '}
        errors
      </p>
      <fieldset className="section" data-testid={`section-${section}`}>
        <legend>{SECTION_LABELS[section]}</legend>
        {current && current.missing.length > 0 ? (
          <details className="missing-list">
            <summary>Missing in this section: {current.missing.length}</summary>
            <ul>
              {current.missing.map((m) => (
                <li key={m.path}>
                  <a
                    href={`#f-${m.path.replace(/\./g, '-')}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(`f-${m.path.replace(/\./g, '-')}`)?.focus();
                    }}
                  >
                    {m.message.startsWith(fieldLabel(m.path)) ? fieldLabel(m.path) : m.message}
                  </a>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <Current {...props} />
      </fieldset>
      <footer className="editor-foot">
        {mode === 'popup' ? (
          <button type="button" onClick={openInTab} data-testid="open-in-tab">
            Open in a tab
          </button>
        ) : null}
        <button type="button" onClick={openPrint} data-testid="print-summary">
          Printable summary
        </button>
      </footer>
    </section>
  );
}

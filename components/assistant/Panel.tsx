// The assistant panel: small, movable, collapsible, keyboard reachable, dismissible per page.
// It lives in a shadow root (the page cannot restyle it), is position: fixed (no layout shift), and
// moves out of the way when it would cover the field that has focus.
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { type ChecklistState, DEFAULT_PANEL, type PanelState } from '@/lib/ace/assistant-store';
import { isChecklistOnly, pageTitle } from '@/lib/ace/pages';
import { Checklist } from './Checklist';
import { Hints } from './Hints';
import { type AssistantStore, useAssistant } from './store';
import { Tools } from './Tools';

export type PanelProps = {
  store: AssistantStore;
  loadPanel(): Promise<PanelState>;
  /** Panel state read before mounting (so the first render is the panel, not nothing). */
  initialPanel?: PanelState;
  initialChecklist?: ChecklistState;
  savePanel(state: PanelState): void;
  loadChecklist(): Promise<ChecklistState>;
  saveChecklist(state: ChecklistState): void;
  /** Subscribe to storage changes made elsewhere (other tabs, the popup). */
  onStorageChange(listener: (key: string) => void): () => void;
  saveReferenceEin(digits: string | null): void;
  fill(): number;
  today(): string;
};

const MARGIN = 8;
const TABS = ['checklist', 'hints', 'tools'] as const;

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The element that really has focus, through open shadow roots. */
function deepActiveElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

function pageIsDark(): boolean {
  const bg = getComputedStyle(document.body).backgroundColor;
  const m = bg.match(/rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/);
  if (!m || m[4] === '0') return matchMedia('(prefers-color-scheme: dark)').matches;
  const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
}

export function Panel(props: PanelProps) {
  const snap = useAssistant(props.store);
  const [panel, setPanel] = useState<PanelState | null>(props.initialPanel ?? null);
  const [checklist, setChecklist] = useState<ChecklistState>(props.initialChecklist ?? {});
  const preloaded = useRef(props.initialPanel !== undefined && props.initialChecklist !== undefined);
  const [dodge, setDodge] = useState(false);
  const [dark, setDark] = useState(false);
  const ref = useRef<HTMLElement>(null);
  const focusTab = useRef<string | null>(null);
  const { loadPanel, loadChecklist, onStorageChange } = props;

  useEffect(() => {
    if (!preloaded.current) {
      // Transitions: the first full render is sliced, never one long task on the page (bench:page).
      loadPanel().then((p) => startTransition(() => setPanel(p)));
      loadChecklist().then((c) => startTransition(() => setChecklist(c)));
    }
    setDark(pageIsDark());
    return onStorageChange((key) => {
      if (key === 'assistant.checklist') loadChecklist().then(setChecklist);
      if (key === 'assistant.panel') loadPanel().then(setPanel);
    });
  }, [loadPanel, loadChecklist, onStorageChange]);

  const update = useCallback(
    (patch: Partial<PanelState>) => {
      setPanel((prev) => {
        const next = { ...(prev ?? DEFAULT_PANEL), ...patch };
        props.savePanel(next);
        return next;
      });
    },
    [props.savePanel],
  );

  // Never cover the focused field: when it would, jump to the opposite vertical side.
  useEffect(() => {
    const check = () => {
      const el = deepActiveElement();
      const box = ref.current;
      if (!box || !el || box.getRootNode() === el.getRootNode()) return;
      if (
        !(el instanceof HTMLElement) ||
        (!/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) && !el.isContentEditable)
      )
        return;
      const field = el.getBoundingClientRect();
      // Compare with where the panel would be without dodging, so it does not flap.
      const mine = box.getBoundingClientRect();
      if (overlaps(mine, field)) setDodge((d) => !d);
    };
    document.addEventListener('focusin', check, true);
    window.addEventListener('scroll', check, { passive: true, capture: true });
    return () => {
      document.removeEventListener('focusin', check, true);
      window.removeEventListener('scroll', check, { capture: true });
    };
  }, []);

  // Drag by the grip (pointer); arrow keys on the grip move it from the keyboard.
  const drag = useRef<{ x: number; y: number; right: number; bottom: number } | null>(null);
  const onPointerDown = (e: React.PointerEvent) => {
    if (!panel) return;
    drag.current = { x: e.clientX, y: e.clientY, right: panel.right, bottom: panel.bottom };
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
  };
  const clamp = (v: number, max: number) => Math.max(0, Math.min(v, Math.max(0, max)));
  const onPointerMove = (e: React.PointerEvent) => {
    const d = drag.current;
    if (!d || !ref.current) return;
    const r = ref.current.getBoundingClientRect();
    setPanel((p) =>
      p
        ? {
            ...p,
            right: clamp(d.right - (e.clientX - d.x), innerWidth - r.width - MARGIN),
            bottom: clamp(d.bottom - (e.clientY - d.y), innerHeight - r.height - MARGIN),
          }
        : p,
    );
  };
  const onPointerUp = () => {
    if (drag.current && panel) props.savePanel(panel);
    drag.current = null;
  };
  const onGripKey = (e: React.KeyboardEvent) => {
    if (!panel) return;
    const step = 24;
    const moves: Record<string, Partial<PanelState>> = {
      ArrowLeft: { right: panel.right + step },
      ArrowRight: { right: Math.max(0, panel.right - step) },
      ArrowUp: { bottom: panel.bottom + step },
      ArrowDown: { bottom: Math.max(0, panel.bottom - step) },
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      update(move);
    }
  };

  // WAI-ARIA tabs: one tab in the Tab order, arrow keys (and Home/End) move between them; focus
  // follows once the newly selected tab is rendered.
  useEffect(() => {
    if (!panel || focusTab.current !== panel.tab) return;
    focusTab.current = null;
    (ref.current?.querySelector(`[data-tab="${panel.tab}"]`) as HTMLElement | null)?.focus();
  }, [panel]);
  const onTabKey = (e: React.KeyboardEvent) => {
    if (!panel) return;
    const i = TABS.indexOf(panel.tab);
    const next =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    focusTab.current = next;
    update({ tab: next });
  };

  if (!panel) return null;
  const dismissed = panel.dismissedPages.includes(snap.pageId);
  const checklistOnly = isChecklistOnly(snap.pageId);
  const tab = checklistOnly ? 'checklist' : panel.tab;
  const style: React.CSSProperties = dodge
    ? { right: panel.right, top: panel.bottom }
    : { right: panel.right, bottom: panel.bottom };

  if (dismissed) {
    return (
      <button
        type="button"
        className={`restore ${dark ? 'dark' : ''}`}
        style={style}
        data-testid="restore-panel"
        aria-label="Show ACE Assist on this page"
        onClick={() => update({ dismissedPages: panel.dismissedPages.filter((p) => p !== snap.pageId) })}
      >
        ACE
      </button>
    );
  }

  const toggle = (stepId: string, done: boolean) => {
    const next = { ...checklist, [stepId]: { done, at: props.today() } };
    setChecklist(next);
    props.saveChecklist(next);
  };

  const content = (
    <>
      {tab === 'checklist' && (
        <Checklist
          pageId={snap.pageId}
          state={checklist}
          onToggle={toggle}
          onReset={() => {
            setChecklist({});
            props.saveChecklist({});
          }}
        />
      )}
      {tab === 'hints' && <Hints pageId={snap.pageId} />}
      {tab === 'tools' && (
        <Tools
          referenceEin={snap.referenceEin}
          referenceLabel={snap.referenceLabel}
          onSaveReferenceEin={props.saveReferenceEin}
          fill={snap.fill}
          draftsLocked={snap.draftsLocked}
          fillableCount={snap.fillableCount}
          onFill={props.fill}
        />
      )}
    </>
  );

  return (
    <section
      ref={ref}
      className={`panel ${dark ? 'dark' : ''} ${panel.collapsed ? 'collapsed' : ''}`}
      style={style}
      data-testid="ace-assist-panel"
      data-dodging={dodge ? 'true' : 'false'}
      aria-label="ACE Assist"
    >
      <header className="bar">
        <button
          type="button"
          className="grip"
          aria-label="Move ACE Assist: drag, or use the arrow keys"
          title="Drag to move (arrow keys from the keyboard)"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onKeyDown={onGripKey}
        >
          ⠿
        </button>
        <span className="brand">ACE Assist</span>
        <span className="page" data-testid="page-title">
          {pageTitle(snap.pageId)}
        </span>
        <button
          type="button"
          aria-expanded={!panel.collapsed}
          aria-label={panel.collapsed ? 'Expand ACE Assist' : 'Collapse ACE Assist'}
          onClick={() => update({ collapsed: !panel.collapsed })}
        >
          {panel.collapsed ? '▴' : '▾'}
        </button>
        <button
          type="button"
          aria-label="Hide ACE Assist on this page"
          data-testid="dismiss-panel"
          onClick={() => update({ dismissedPages: [...panel.dismissedPages, snap.pageId] })}
        >
          ×
        </button>
      </header>
      {!panel.collapsed && (
        <div className="body">
          {!checklistOnly && (
            <div className="tabs" role="tablist" aria-label="ACE Assist sections" onKeyDown={onTabKey}>
              {TABS.map((t) => (
                <button
                  key={t}
                  type="button"
                  role="tab"
                  id={`ace-tab-${t}`}
                  aria-selected={tab === t}
                  aria-controls="ace-tabpanel"
                  data-tab={t}
                  tabIndex={tab === t ? 0 : -1}
                  onClick={() => update({ tab: t })}
                >
                  {t === 'checklist' ? 'Checklist' : t === 'hints' ? 'Hints' : 'Tools'}
                </button>
              ))}
            </div>
          )}
          {checklistOnly ? (
            <div className="content">{content}</div>
          ) : (
            <div className="content" id="ace-tabpanel" role="tabpanel" aria-labelledby={`ace-tab-${tab}`}>
              {content}
            </div>
          )}
          <footer className="foot">
            <span data-testid="bg-status" data-state={snap.background}>
              {snap.background === 'error'
                ? 'Extension not reachable: reload the page.'
                : 'Private: nothing leaves this computer.'}
            </span>
          </footer>
        </div>
      )}
    </section>
  );
}

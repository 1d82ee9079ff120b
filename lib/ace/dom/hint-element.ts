// <ace-assist-hint>: the inline message after a recognised field. Its text lives in its own shadow
// root so the page's CSS cannot restyle it and the page's scripts do not trip over our markup.
// (customElements is unavailable to content scripts, but attachShadow works on any valid custom
// element name.)
import type { Level } from '@/lib/validation/index';

const STYLE = `
:host { display: block; font: 12px/1.35 system-ui, sans-serif; margin: 2px 0 4px; }
:host([data-shown="false"]) { display: none; }
.msg { display: inline-block; padding: 1px 6px; border-radius: 4px; }
:host([data-state="error"]) .msg { color: #8a1c1c; background: #fde8e8; }
:host([data-state="warning"]) .msg { color: #6b4e00; background: #fff4d6; }
:host([data-state="ok"]) .msg { color: #1e5b2c; background: #e6f4ea; }
@media (prefers-color-scheme: dark) {
  :host([data-state="error"]) .msg { color: #ffd7d7; background: #5c1f1f; }
  :host([data-state="warning"]) .msg { color: #ffe9b0; background: #4d3b00; }
  :host([data-state="ok"]) .msg { color: #c9f0d3; background: #1d4026; }
}`;

/** One bare hint per document and kind, cloned: one call from the content script's world instead of five. */
const templates = new WeakMap<Document, Map<string, HTMLElement>>();

/**
 * The hint starts as a bare, hidden element: pages with thousands of fields would pay for thousands
 * of shadow roots and style sheets otherwise (bench:page). The shadow root is made on first show.
 */
export function createHint(doc: Document, kind: string): HTMLElement {
  let byKind = templates.get(doc);
  if (!byKind) {
    byKind = new Map();
    templates.set(doc, byKind);
  }
  let template = byKind.get(kind);
  if (!template) {
    template = doc.createElement('ace-assist-hint');
    // setAttribute, not dataset: dataset is several times slower from a content script's world.
    template.setAttribute('data-kind', kind);
    template.setAttribute('data-state', 'ok');
    template.setAttribute('data-shown', 'false');
    template.setAttribute('hidden', '');
    byKind.set(kind, template);
  }
  return template.cloneNode(false) as HTMLElement;
}

function messageNode(host: HTMLElement): Element {
  const existing = host.shadowRoot?.querySelector('.msg');
  if (existing) return existing;
  const doc = host.ownerDocument;
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const msg = doc.createElement('span');
  msg.className = 'msg';
  msg.setAttribute('part', 'message');
  // Polite: announced after the user stops typing, never interrupting.
  msg.setAttribute('role', 'status');
  msg.setAttribute('aria-live', 'polite');
  shadow.append(style, msg);
  return msg;
}

export function showHint(host: HTMLElement, level: Level, message: string | undefined): void {
  host.dataset.state = level;
  const text = level === 'ok' ? (message ?? 'Looks right.') : (message ?? '');
  host.dataset.shown = 'true';
  host.hidden = false;
  const msg = messageNode(host);
  if (msg.textContent !== text) msg.textContent = text;
}

export function hideHint(host: HTMLElement): void {
  host.dataset.state = 'ok';
  host.dataset.shown = 'false';
  host.hidden = true;
  const msg = host.shadowRoot?.querySelector('.msg');
  if (msg) msg.textContent = '';
}

// Inline validation next to every recognised field: shown on blur, then live while the user fixes
// it; never blocks typing or submit. Also the fill-from-draft writer, since it acts on the same fields.

import { type FieldElement, type FoundField, findFields, forEachRoot } from '@/lib/ace/dom/field-locator';
import { createHint, hideHint, showHint } from '@/lib/ace/dom/hint-element';
import type { Batch, SharedObserver } from '@/lib/ace/dom/shared-observer';
import type { FillKey } from '@/lib/ace/field-rules';
import { type ReferenceIdentity, withReference } from '@/lib/ace/reference';
import { validate } from '@/lib/validation/index';

type Tracked = FoundField & {
  hint: HTMLElement | null;
  touched: boolean;
  /** aria attributes we set, so we only ever remove our own. */
  ownAria: boolean;
};

export function initFieldChecks(opts: {
  signal: AbortSignal;
  observer: SharedObserver;
  reference: () => ReferenceIdentity | null;
  onFieldsChanged?: (count: number, fillable: number) => void;
}) {
  const { signal, observer } = opts;
  const tracked = new Map<FieldElement, Tracked>();
  const seen = new WeakSet<Element>();

  const evaluate = (t: Tracked) => {
    const kind = t.rule.kind;
    if (!kind || !t.hint) return;
    const raw = t.el.value;
    if (!raw.trim()) {
      hideHint(t.hint);
      clearAria(t);
      return;
    }
    const v = withReference(kind, validate(kind, raw), opts.reference());
    showHint(t.hint, v.level, v.message);
    if (v.level === 'error') {
      t.el.setAttribute('aria-invalid', 'true');
      t.el.setAttribute('aria-description', v.message ?? 'Check this value.');
      t.ownAria = true;
    } else if (v.level === 'warning') {
      clearAria(t);
      t.el.setAttribute('aria-description', v.message ?? '');
      t.ownAria = true;
    } else {
      clearAria(t);
    }
  };

  const clearAria = (t: Tracked) => {
    if (!t.ownAria) return;
    t.el.removeAttribute('aria-invalid');
    t.el.removeAttribute('aria-description');
    t.ownAria = false;
  };

  const placeHint = (t: Tracked) => {
    if (!t.hint) return;
    // After the field, or after its wrapping label so the label's layout stays intact.
    const anchor = t.el.parentElement?.tagName === 'LABEL' ? t.el.parentElement : t.el;
    if (anchor.nextElementSibling !== t.hint) anchor.after(t.hint);
  };

  const track = (f: FoundField) => {
    seen.add(f.el);
    const t: Tracked = {
      ...f,
      hint: f.rule.kind ? createHint(f.el.ownerDocument, f.rule.kind) : null,
      touched: false,
      ownAria: false,
    };
    tracked.set(f.el, t);
    placeHint(t);
    f.el.addEventListener(
      'blur',
      () => {
        t.touched = true;
        evaluate(t);
      },
      { signal },
    );
    f.el.addEventListener('input', () => t.touched && evaluate(t), { signal });
    f.el.addEventListener('change', () => t.touched && evaluate(t), { signal });
    // A value the page filled in before we came (browser autofill, a saved form) is checked at once.
    if (f.el.value.trim()) {
      t.touched = true;
      evaluate(t);
    }
  };

  const scan = (container: Document | ShadowRoot | Element) => {
    for (const f of findFields(container, seen)) track(f);
  };

  const framesSeen = new WeakSet<Element>();
  const watchFrame = (frame: HTMLIFrameElement) => {
    if (framesSeen.has(frame)) return;
    framesSeen.add(frame);
    // A frame's document is replaced when it loads: scan and observe each one it gets.
    const onLoad = () => {
      try {
        const doc = frame.contentDocument;
        if (!doc) return;
        scan(doc);
        observer.observe(doc);
        observeShadowRoots(doc);
        report();
      } catch {
        // Cross-origin: not ours to read.
      }
    };
    frame.addEventListener('load', onLoad, { signal });
    if (frame.contentDocument?.readyState === 'complete') onLoad();
  };

  function observeShadowRoots(container: Document | Element): void {
    // findFields already walked them; make sure the shared observer sees changes inside them too.
    forEachRoot(container, (c) => {
      if (c !== container && c.nodeType !== Node.ELEMENT_NODE) observer.observe(c);
      for (const frame of c.querySelectorAll('iframe')) watchFrame(frame);
    });
  }

  const report = () => {
    let fillable = 0;
    for (const t of tracked.values()) if (t.rule.fill) fillable++;
    opts.onFieldsChanged?.(tracked.size, fillable);
  };

  const onBatch = (batch: Batch) => {
    const before = tracked.size;
    for (const el of batch.added) {
      if (!el.isConnected) continue;
      scan(el);
      observeShadowRoots(el);
    }
    if (batch.removed) {
      for (const [el, t] of tracked) {
        if (!el.isConnected) {
          t.hint?.remove();
          tracked.delete(el);
        } else if (t.hint && !t.hint.isConnected) {
          // The page re-rendered around the field and dropped our hint: put it back.
          placeHint(t);
        }
      }
    }
    if (tracked.size !== before || batch.removed) report();
  };

  scan(document);
  observeShadowRoots(document);
  report();
  const unsubscribe = observer.subscribe(onBatch);

  signal.addEventListener('abort', () => {
    unsubscribe();
    for (const t of tracked.values()) {
      t.hint?.remove();
      clearAria(t);
    }
    tracked.clear();
  });

  return {
    /** Re-checks fields whose result depends on the 5106 reference. */
    referenceChanged() {
      for (const t of tracked.values()) {
        if ((t.rule.kind === 'ein' || t.rule.kind === 'importerNumber') && t.touched) evaluate(t);
      }
    },
    /** Fills mapped fields, only on the user's click; returns how many were filled. */
    fill(values: Partial<Record<FillKey, string>>): number {
      let filled = 0;
      for (const t of tracked.values()) {
        const key = t.rule.fill;
        const value = key ? values[key] : undefined;
        if (!key || value === undefined || value === '') continue;
        setValueLikeAUser(t.el, value);
        t.touched = true;
        evaluate(t);
        filled++;
      }
      return filled;
    },
  };
}

/**
 * Frameworks (React, Angular, Lightning) track values through their own setters and listen for
 * input/change: set through the native prototype setter, then dispatch the events they listen to.
 */
export function setValueLikeAUser(el: FieldElement, value: string): void {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  el.focus({ preventScroll: true });
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  el.blur();
}

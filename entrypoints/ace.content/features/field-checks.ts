// Inline validation next to every recognised field: shown on blur, then live while the user fixes
// it; never blocks typing or submit. Also the fill-from-draft writer, since it acts on the same fields.

import {
  type Candidate,
  CandidateWalk,
  classifyCandidate,
  type FieldElement,
  type FoundField,
  visitRemoved,
} from '@/lib/ace/dom/field-locator';
import { createHint, hideHint, showHint } from '@/lib/ace/dom/hint-element';
import type { Batch, SharedObserver } from '@/lib/ace/dom/shared-observer';
import type { FillKey } from '@/lib/ace/field-rules';
import { REFERENCE_KINDS, type ReferenceIdentity, withReference } from '@/lib/ace/reference';
import { validate } from '@/lib/validation/index';

const REPORT_EVERY_MS = 500;
/** Elements whose hint is their next sibling (a field, or the label wrapping one): a move needs it moved. */
const HINT_ANCHORS: ReadonlySet<string> = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'LABEL']);
/** The full sweep's safety net: a few ms on a page with thousands of fields, so rarely. */
const SWEEP_EVERY_MS = 10_000;

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
  const byHint = new WeakMap<Element, Tracked>();
  const seen = new WeakSet<Element>();
  // Counts kept as fields come and go: the panel is told only when they change.
  let fillable = 0;
  let reported = { count: -1, fillable: -1 };
  // Whether any open shadow root has been met: without, a removed subtree is searched natively.
  let shadowRoots = false;

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
      // Components that bind aria-invalid themselves (Salesforce's lightning-input does) write their
      // own "false" back when they re-render after the same blur or input event, a microtask later.
      // Set it once more after that render; a framework re-renders a binding only when its own value
      // changes, so it then stays, and there is no tug of war (one retry per check).
      setTimeout(() => {
        const stillError = t.ownAria && t.hint?.getAttribute('data-state') === 'error';
        if (stillError && t.el.getAttribute('aria-invalid') !== 'true' && !signal.aborted)
          t.el.setAttribute('aria-invalid', 'true');
      }, 0);
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

  /** Hints go after the field, or after its wrapping label so the label's layout stays intact. */
  const anchorOf = (el: FieldElement): Element => {
    const parent = el.parentElement;
    return parent?.tagName === 'LABEL' ? parent : el;
  };

  const placeHint = (t: Tracked) => {
    if (!t.hint) return;
    const anchor = anchorOf(t.el);
    if (anchor.nextElementSibling !== t.hint) anchor.after(t.hint);
  };

  const track = (f: FoundField) => {
    const anchor = anchorOf(f.el);
    // A hint after the field that nobody here tracks: the page took the field out and put it back
    // (a cached view) with the hint it had, maybe from an earlier run of these checks. Reuse it.
    const next = anchor.nextElementSibling;
    let hint: HTMLElement | null = null;
    if (next?.tagName === 'ACE-ASSIST-HINT' && !byHint.has(next)) {
      if (next.getAttribute('data-kind') === f.rule.kind) {
        hint = next as HTMLElement;
        hideHint(hint);
      } else next.remove();
    }
    if (!hint && f.rule.kind) {
      hint = createHint(f.el.ownerDocument, f.rule.kind);
      anchor.after(hint);
    }
    const t: Tracked = { ...f, hint, touched: false, ownAria: false };
    tracked.set(f.el, t);
    if (t.hint) byHint.set(t.hint, t);
    if (t.rule.fill) fillable++;
    // A value the page filled in before we came (browser autofill, a saved form) is checked at once.
    if (f.el.value.trim()) {
      t.touched = true;
      evaluate(t);
    }
  };

  /**
   * `removed`: the page removed the field. A hint that went with it (a row, a cached view) stays
   * where it is and is reused if the page puts the field back; one left in the page (only the field
   * was removed, or its label) goes.
   */
  const untrack = (t: Tracked, removed = false) => {
    if (t.hint) {
      byHint.delete(t.hint);
      if (!removed || t.hint.isConnected) t.hint.remove();
    }
    clearAria(t);
    tracked.delete(t.el);
    // A view the page detached and puts back later (tabs, cached routes) is found again.
    seen.delete(t.el);
    if (t.rule.fill) fillable--;
  };

  /**
   * Every tracked field checked: when a removed or reloaded frame took fields we cannot reach any
   * more, and now and then as a safety net (a field the page moved where no mutation is reported).
   * A frame's old document stays "connected" to itself: it is gone when it has no window.
   */
  let lastSweep = performance.now();
  const sweep = () => {
    lastSweep = performance.now();
    for (const t of tracked.values()) {
      if (!t.el.isConnected || !t.el.ownerDocument.defaultView) untrack(t, true);
      else if (t.hint && !t.hint.isConnected) placeHint(t);
    }
  };

  // Work is done in slices of a few milliseconds so a page with thousands of fields never gets a
  // long task from us: walks find candidates (walks), then candidates are classified (queue).
  const walks: { walk: CandidateWalk; start: Document | ShadowRoot | Element }[] = [];
  /**
   * Subtrees the page added that a walk went all the way through. Frameworks move rows by taking
   * them out and putting them back (LWC re-inserts most of a keyed list on each update: 38 rows a
   * tick on bench:page's stream); such a row, walked before, holds the same fields with their hints
   * beside them, and any change inside it comes as mutations of its own (its shadow roots have their
   * own observers), so it is not walked again.
   */
  const walked = new WeakSet<Node>();
  const queue: Candidate[] = [];
  let head = 0;
  let pumping = false;
  const pump = () => {
    if (signal.aborted) return;
    const deadline = performance.now() + 6;
    while (walks.length > 0 && performance.now() < deadline) {
      const w = walks[0] as (typeof walks)[number];
      if (w.walk.step(deadline)) {
        // Only a walk that ended with its subtree in the page went all through it (a walk skips
        // what the page took out before the slice reached it).
        if (w.start.isConnected) walked.add(w.start);
        walks.shift();
      }
    }
    while (head < queue.length && performance.now() < deadline) {
      const c = queue[head++] as Candidate;
      if (tracked.has(c.el)) continue;
      if (!c.el.isConnected) {
        // Gone before we got to it: found again if the page puts it back.
        seen.delete(c.el);
        continue;
      }
      const f = classifyCandidate(c);
      if (f) track(f);
    }
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    }
    if (walks.length > 0 || head < queue.length) setTimeout(pump, 0);
    else {
      pumping = false;
      report();
    }
  };
  const startPump = () => {
    if (!pumping) {
      pumping = true;
      pump();
    }
  };

  // One delegated listener per document instead of three per field. focusout and input are
  // composed, so composedPath()[0] is the real field even inside open shadow roots.
  const listenOn = (doc: Document) => {
    const target = (e: Event) => tracked.get(e.composedPath()[0] as FieldElement);
    doc.addEventListener(
      'focusout',
      (e) => {
        const t = target(e);
        if (!t) return;
        t.touched = true;
        evaluate(t);
      },
      { capture: true, signal },
    );
    const live = (e: Event) => {
      const t = target(e);
      if (t?.touched) evaluate(t);
    };
    doc.addEventListener('input', live, { capture: true, signal });
    doc.addEventListener('change', live, { capture: true, signal });
  };

  // One walk finds the fields and the shadow roots and frames to watch.
  const scan = (container: Document | ShadowRoot | Element) => {
    walks.push({
      start: container,
      walk: new CandidateWalk(container, {
        skip: seen,
        found(c) {
          seen.add(c.el);
          queue.push(c);
        },
        // A field the page moved: its hint follows it.
        known(el) {
          const t = tracked.get(el);
          if (t) placeHint(t);
        },
        onContainer(c) {
          if (c.nodeType === Node.DOCUMENT_FRAGMENT_NODE) shadowRoots = true;
          if (c !== container && c.nodeType !== Node.ELEMENT_NODE) observer.observe(c);
        },
        onFrame: watchFrame,
        // Looked at until defined; once upgraded it comes back to onBatch as added.
        onBareHost: observer.watchUpgrade,
      }),
    });
    startPump();
  };

  const framesSeen = new WeakSet<Element>();
  const watchFrame = (frame: HTMLIFrameElement) => {
    if (framesSeen.has(frame)) return;
    framesSeen.add(frame);
    // A frame's document is replaced when it loads: scan and observe each one it gets.
    let loads = 0;
    const onLoad = () => {
      // The fields of the document it had are gone with it.
      if (loads++ > 0) sweep();
      try {
        const doc = frame.contentDocument;
        if (!doc) return;
        listenOn(doc);
        observer.observe(doc);
        scan(doc);
      } catch {
        // Cross-origin: not ours to read.
      }
    };
    frame.addEventListener('load', onLoad, { signal });
    if (frame.contentDocument?.readyState === 'complete') onLoad();
  };

  // The panel re-renders on each report: on a page that adds and drops fields every frame that was
  // a third of our cost (bench:page). The counts are informational: at most two reports a second.
  let lastReport = Number.NEGATIVE_INFINITY;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const reportNow = () => {
    reportTimer = undefined;
    if (signal.aborted || (reported.count === tracked.size && reported.fillable === fillable)) return;
    lastReport = performance.now();
    reported = { count: tracked.size, fillable };
    opts.onFieldsChanged?.(tracked.size, fillable);
  };
  const report = () => {
    if (reportTimer !== undefined) return;
    const wait = lastReport + REPORT_EVERY_MS - performance.now();
    if (wait <= 0) reportNow();
    else reportTimer = setTimeout(reportNow, wait);
  };

  /** A field or one of our hints in a subtree the page removed. */
  const removedPart = (el: Element) => {
    if (el.tagName === 'ACE-ASSIST-HINT') {
      // The page re-rendered around a field and dropped our hint: put it back.
      // (byHint holds tracked fields only: untrack removes the entry.)
      const t = byHint.get(el);
      if (t?.el.isConnected) placeHint(t);
    } else {
      const t = tracked.get(el as FieldElement);
      if (t && !t.el.isConnected) untrack(t, true);
    }
  };

  const onBatch = (batch: Batch) => {
    let frameRemoved = false;
    for (const r of batch.removed) {
      // Still in the page: moved, not removed; the scan of what was added sees it.
      if (r.isConnected) continue;
      if (visitRemoved(r, removedPart, shadowRoots)) frameRemoved = true;
    }
    if (frameRemoved || (batch.removed.length > 0 && performance.now() - lastSweep > SWEEP_EVERY_MS)) sweep();
    // Taken out and put back in the same batch (moved), walked before, and not itself a field or the
    // label a hint follows (whose hint sits outside it): nothing to find.
    const moved = batch.removed.length > 0 && batch.added.length > 0 ? new Set<Node>(batch.removed) : null;
    for (const el of batch.added) {
      if (!el.isConnected) continue;
      if (moved?.has(el) && walked.has(el) && !HINT_ANCHORS.has(el.tagName)) continue;
      scan(el);
    }
    if (batch.removed.length > 0) report();
  };

  listenOn(document);
  scan(document);
  const unsubscribe = observer.subscribe(onBatch);

  signal.addEventListener('abort', () => {
    unsubscribe();
    clearTimeout(reportTimer);
    for (const t of tracked.values()) untrack(t);
  });

  return {
    /** Re-checks fields whose result depends on the 5106 reference. */
    referenceChanged() {
      for (const t of tracked.values()) {
        if (t.rule.kind && REFERENCE_KINDS.has(t.rule.kind) && t.touched) evaluate(t);
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

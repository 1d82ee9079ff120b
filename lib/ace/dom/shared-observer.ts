// One MutationObserver for the whole content script (uBlock Origin's discipline): the callback only
// queues records; work happens once per animation frame, never inside the callback. Open shadow
// roots are observed by the same instance as features discover them.
/**
 * Elements added and removed since the last frame. `removed` lists what the page took out (our own
 * hints included, so a feature can put back a hint the page dropped); features look inside the
 * removed subtrees, never sweep everything they track: on a page with thousands of fields and a
 * busy SPA, a full sweep per frame was most of our cost (bench:page).
 */
export type Batch = { added: Element[]; removed: Element[] };
type Listener = (batch: Batch) => void;

/** How often batches are handled when the tab is hidden (browsers throttle timers there anyway). */
const HIDDEN_FLUSH_MS = 1000;

export function createSharedObserver(signal: AbortSignal) {
  const listeners = new Set<Listener>();
  const observed = new WeakSet<Node>();
  let added: Element[] = [];
  let removed: Element[] = [];
  // A frame callback; and a timer, since hidden tabs get no frames and a page that keeps changing in
  // the background would pile up detached subtrees here until the tab is shown again.
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = undefined;
  };

  const flush = () => {
    cancel();
    const batch = { added, removed };
    added = [];
    removed = [];
    for (const l of listeners) {
      try {
        l(batch);
      } catch (error) {
        // One failing feature must not stop the others, nor break the page.
        console.warn('[ACE Assist]', error);
      }
    }
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes)
        if (n.nodeType === Node.ELEMENT_NODE && !isOurs(n as Element)) added.push(n as Element);
      for (const n of r.removedNodes) if (n.nodeType === Node.ELEMENT_NODE) removed.push(n as Element);
    }
    if ((added.length || removed.length) && !frame) {
      frame = requestAnimationFrame(flush);
      timer = setTimeout(flush, HIDDEN_FLUSH_MS);
    }
  });

  const observe = (root: Node) => {
    if (observed.has(root) || signal.aborted) return;
    observed.add(root);
    // childList + subtree only: observing attributes on a large form froze browsers (Bitwarden's note).
    observer.observe(root, { childList: true, subtree: true });
  };

  signal.addEventListener('abort', () => {
    observer.disconnect();
    cancel();
    listeners.clear();
  });

  return {
    observe,
    subscribe(l: Listener): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
export type SharedObserver = ReturnType<typeof createSharedObserver>;

/** Our own inserted elements never trigger our own work. */
export function isOurs(el: Element): boolean {
  return el.tagName === 'ACE-ASSIST-HINT' || el.tagName === 'ACE-ASSIST-OVERLAY';
}

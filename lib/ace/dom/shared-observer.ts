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
/** Custom elements not defined yet are looked at again after this, then less and less often. */
const UPGRADE_FIRST_MS = 250;
const UPGRADE_MAX_MS = 4_000;
/** Looks after a tag is defined, for elements that attach their shadow root later (async render). */
const UPGRADE_LOOKS_AFTER_DEFINE = 2;

type PendingTag = { roots: Set<Document | ShadowRoot>; looksAfterDefine: number };

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

  // Custom elements the page has not defined yet (their script loads later, or lazily; or a
  // framework's component tags, never defined): defining a tag upgrades its elements, and a shadow
  // root one attaches then appears without any mutation record, and content scripts have no
  // customElements to ask. So the tags met undefined are looked at on a backing-off timer, one
  // element per tag (definition is per tag), and the elements that got a shadow root are handed to
  // the features as added, like any new subtree. Kept per document and tag, with the roots (document
  // or shadow roots) they were met in, not per element: an Angular page has thousands of them.
  const pending = new Map<Document, Map<string, PendingTag>>();
  let upgradeTimer: ReturnType<typeof setTimeout> | undefined;
  let upgradeDelay = UPGRADE_FIRST_MS;
  const scheduleUpgrades = (ms: number) => {
    clearTimeout(upgradeTimer);
    upgradeDelay = ms;
    upgradeTimer = setTimeout(checkUpgrades, ms);
  };
  const liveRoot = (root: Node) =>
    root.nodeType === Node.DOCUMENT_NODE
      ? !!(root as Document).defaultView
      : root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && !!(root as ShadowRoot).host?.isConnected;
  const checkUpgrades = () => {
    upgradeTimer = undefined;
    if (signal.aborted) return;
    const before = added.length;
    for (const [doc, tags] of pending) {
      // A removed or reloaded frame's document: its scripts will never define anything.
      if (!doc.defaultView) {
        pending.delete(doc);
        continue;
      }
      for (const [tag, p] of tags) {
        try {
          if (lookForUpgrade(tag, p)) tags.delete(tag);
        } catch (error) {
          // Never into the page's console as an uncaught error; the other tags are still looked at.
          console.warn('[ACE Assist]', error);
          tags.delete(tag);
        }
      }
      if (tags.size === 0) pending.delete(doc);
    }
    if (added.length > before && !frame) {
      frame = requestAnimationFrame(flush);
      timer = setTimeout(flush, HIDDEN_FLUSH_MS);
    }
    if (pending.size > 0) scheduleUpgrades(Math.min(upgradeDelay * 2, UPGRADE_MAX_MS));
  };
  /** One look at a tag: its upgraded elements go to `added`; true when it needs no more looks. */
  const lookForUpgrade = (tag: string, p: PendingTag): boolean => {
    const selector = CSS.escape(tag);
    let sample: Element | null = null;
    for (const root of p.roots) {
      if (!liveRoot(root)) p.roots.delete(root);
      else sample ??= root.querySelector(selector);
    }
    // None left in the page: met again by a walk if the page brings one back.
    if (!sample) return true;
    if (!sample.matches(':defined')) return false;
    let still = false;
    for (const root of p.roots)
      for (const el of root.querySelectorAll(selector)) {
        // Some may have been walked since (made after the definition): the walk skips the fields
        // it knows, so handing them on again costs little. One push each: no spread of thousands.
        if (el.shadowRoot) added.push(el);
        else still = true;
      }
    return !still || ++p.looksAfterDefine >= UPGRADE_LOOKS_AFTER_DEFINE;
  };

  // ASCII only, as the parser lowercases tag names (String#toLowerCase would also fold other
  // letters, which custom element names may hold, and the selector would miss them). Cached: an
  // Angular page asks for the same few tags thousands of times.
  const tagKeys = new Map<string, string>();
  const tagKey = (tag: string) => {
    let key = tagKeys.get(tag);
    if (key === undefined) {
      key = tag.replace(/[A-Z]+/g, (c) => c.toLowerCase());
      tagKeys.set(tag, key);
    }
    return key;
  };

  /**
   * A custom element met with no shadow root (BareHost): waited for if its tag is not defined yet.
   * A tag already waited for in that root costs two map lookups, no call into the page.
   */
  const watchUpgrade = (el: Element, tag = el.tagName, root: Node = el.getRootNode()) => {
    if (signal.aborted) return;
    const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
    if (!doc) return;
    const name = tagKey(tag);
    const known = pending.get(doc)?.get(name);
    if (known?.roots.has(root as Document | ShadowRoot)) return;
    if (!known && el.matches(':defined')) return;
    // A walk may still go through a subtree the page removed meanwhile: nothing to wait for there.
    if (!el.isConnected || !liveRoot(root)) return;
    let tags = pending.get(doc);
    if (!tags) {
      tags = new Map();
      pending.set(doc, tags);
    }
    let p = tags.get(name);
    if (!p) {
      p = { roots: new Set(), looksAfterDefine: 0 };
      tags.set(name, p);
    }
    p.roots.add(root as Document | ShadowRoot);
    // A new view's elements are looked at soon, even when older ones are on the slow timer.
    if (upgradeTimer === undefined || upgradeDelay > UPGRADE_FIRST_MS) scheduleUpgrades(UPGRADE_FIRST_MS);
  };

  const observe = (root: Node) => {
    if (observed.has(root) || signal.aborted) return;
    observed.add(root);
    // childList + subtree only: observing attributes on a large form froze browsers (Bitwarden's note).
    observer.observe(root, { childList: true, subtree: true });
  };

  signal.addEventListener('abort', () => {
    observer.disconnect();
    cancel();
    clearTimeout(upgradeTimer);
    pending.clear();
    listeners.clear();
  });

  return {
    observe,
    watchUpgrade,
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

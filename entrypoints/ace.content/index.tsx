// Content script for CBP ACE hosts.
//
//   DOM mutations ──> shared observer (queue, 1 batch per animation frame)
//                          │
//   wxt:locationchange ──> detect page (lib/ace/pages) ──> page id changed? restart features
//                          │                                  │
//                          │                  login: checklist only, fields never touched
//                          ▼                                  ▼
//   <ace-assist-overlay> panel (React, shadow root)   field checks + fill (features/field-checks)
//                          │
//                          └──> extension storage (checklist, panel, saved EIN)
//
// Thin on purpose: detection, rules, validation and data live in lib/ and are unit-tested.
import { startTransition } from 'react';
import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Panel } from '@/components/assistant/Panel';
import { createAssistantStore } from '@/components/assistant/store';
import { assistantStore, KEYS } from '@/lib/ace/assistant-store';
import { queryComposed } from '@/lib/ace/dom/field-locator';
import { createSharedObserver, type SharedObserver } from '@/lib/ace/dom/shared-observer';
import { draftEinDigits, fillValues } from '@/lib/ace/draft-fill';
import {
  type DomProbe,
  detectPage,
  isAceHost,
  isChecklistOnly,
  type PageId,
  pageByUrl,
} from '@/lib/ace/pages';
import type { ReferenceIdentity } from '@/lib/ace/reference';
import { ACTIVE_DRAFT_KEY } from '@/lib/form5106/active-key';
import { sendContentMessage } from '@/lib/messaging/content-client';
import { hostMatches } from '@/lib/permissions/manifest-policy';
import { initFieldChecks } from './features/field-checks';
// Inlined, not fetched: no extension URL exposed to pages (no web_accessible_resources), one round trip less.
import panelCss from './style.css?inline';

const HEADINGS = 'h1, h2, h3, [role="heading"], [role="tab"][aria-selected="true"]';

/**
 * Reads the page for detection: its headings, open shadow roots included (a Lightning-built view
 * keeps its heading in one). The shadow roots met are observed, so a view swapped inside one is
 * seen, and custom elements not defined yet are watched, so a view that upgrades later is too.
 * Read only when the URL does not decide the page (pageByUrl). `complete` is false when the page
 * was too big to read whole.
 */
function createPageReader(observer: SharedObserver) {
  let complete = true;
  const found = { onRoot: observer.observe, onBareHost: observer.watchUpgrade };
  const probe: DomProbe = {
    headings() {
      const out = [document.title];
      const r = queryComposed(document, HEADINGS, found);
      complete = r.complete;
      for (const el of r.found) {
        const t = el.textContent?.replace(/\s+/g, ' ').trim();
        if (t && t.length < 120) out.push(t);
      }
      return out;
    },
    has: (selector) => document.querySelector(selector) !== null,
  };
  return {
    detect() {
      complete = true;
      return { id: detectPage(location, probe), complete };
    },
    /** Whether subtrees the page added bring a heading: shadow roots included, 2,000 elements a batch at most. */
    bringsHeading(added: readonly Element[]) {
      let budget = 2_000;
      for (const el of added) {
        if (!el.isConnected) continue;
        const r = queryComposed(el, HEADINGS, { ...found, budget });
        if (r.found.length > 0) return true;
        budget -= r.visited;
        // Out of budget: headings in the light DOM are still found (natively, before the walk).
        if (budget <= 0) budget = 1;
      }
      return false;
    },
  };
}

function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export default defineContentScript({
  matches: hostMatches,
  cssInjectionMode: 'manual',
  // document_start: the script is compiled and its stored state read while the page is still
  // parsing, so the panel can show at DOMContentLoaded (bench:page measures that); nothing touches
  // the page before then.
  runAt: 'document_start',
  allFrames: false,
  // WXT's "a newer copy of this script started" notice goes out as a DOM event only, not also as a
  // window.postMessage (kept by WXT for old versions we never shipped): the page's own message
  // listeners (Salesforce pages have several) never see a message of ours, and Chromium no longer
  // records where the postMessage came from, which meant re-parsing our whole script on every ACE
  // page view (10-17 ms inside the page's parsing task, bench:page).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const stored = Promise.all([assistantStore.panel(), assistantStore.checklist()]).catch(() => null);
    if (document.readyState === 'loading')
      await new Promise<void>((resolve) =>
        document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
      );
    if (!isAceHost(location.hostname)) return;
    const observer = createSharedObserver(ctx.signal);
    const reader = createPageReader(observer);
    const initial = reader.detect().id;
    if (!initial) return;
    const [initialPanel, initialChecklist] = (await stored) ?? [undefined, undefined];

    const store = createAssistantStore({
      pageId: initial,
      fieldCount: 0,
      fillableCount: 0,
      referenceLabel: null,
      referenceEin: null,
      background: 'pending',
      draftsLocked: false,
      fill: null,
    });
    let reference: ReferenceIdentity | null = null;
    let features: { ctl: AbortController; checks: ReturnType<typeof initFieldChecks> | null } | null = null;
    // One teardown for whichever feature set is running (SPA navigation replaces it).
    ctx.onInvalidated(() => features?.ctl.abort());

    // The EIN check's reference and the fill values: the active 5106 draft (asked of the
    // background; content scripts never open IndexedDB), else the EIN the user saved in the panel.
    const loadReference = async () => {
      const [active, savedEin] = await Promise.all([
        sendContentMessage('drafts/getActive', {}).catch(() => null),
        assistantStore.referenceEin(),
      ]);
      const draft = active?.draft ?? null;
      const draftEin = draftEinDigits(draft);
      reference = draftEin
        ? { label: `Form 5106 draft “${draft?.name}”`, einDigits: draftEin }
        : savedEin
          ? { label: 'the EIN you saved in ACE Assist', einDigits: savedEin }
          : null;
      store.set({
        // The draft request doubles as the check that the background answers: no separate ping.
        background: active ? 'ok' : 'error',
        referenceEin: savedEin,
        referenceLabel: reference?.label ?? null,
        draftsLocked: active?.locked ?? false,
        fill: draft ? { draftName: draft.name, values: fillValues(draft) } : null,
      });
      features?.checks?.referenceChanged();
    };

    const startFeatures = (pageId: PageId) => {
      features?.ctl.abort();
      const ctl = new AbortController();
      // On login pages (and pages we do not know) nothing on the page is read or touched.
      const checks = isChecklistOnly(pageId)
        ? null
        : initFieldChecks({
            signal: ctl.signal,
            observer,
            reference: () => reference,
            onFieldsChanged: (fieldCount, fillableCount) => store.set({ fieldCount, fillableCount }),
          });
      if (!checks) store.set({ fieldCount: 0, fillableCount: 0 });
      features = { ctl, checks };
    };

    let host: HTMLElement | null = null;
    /** `fromDom`: the page added headings, the URL did not change. */
    const reevaluate = (fromDom = false) => {
      const { id, complete } = reader.detect();
      if (!id || id === store.get().pageId) return;
      // A page too big to read whole: no heading matching may only mean it was past the cut. Keep
      // the specific page we have rather than tear its features down (a new URL always decides
      // afresh; between the two fallbacks, a positive portal-home heading match still counts).
      const fallback = (p: PageId) => p === 'unknown-ace' || p === 'portal-home';
      if (fromDom && !complete && fallback(id) && !fallback(store.get().pageId)) return;
      store.set({ pageId: id });
      host?.setAttribute('data-page-id', id);
      startFeatures(id);
    };
    // Observe before any await: an SPA may render its view while we set up. Only batches that add
    // a heading can change the page (or a new URL, below), and only when the URL does not decide
    // it: skip detection for the rest (on a busy page at a known route, every batch).
    observer.observe(document);
    ctx.onInvalidated(
      observer.subscribe((batch) => {
        if (pageByUrl(location)) return;
        if (reader.bringsHeading(batch.added)) reevaluate(true);
      }),
    );
    ctx.addEventListener(window, 'wxt:locationchange', () => reevaluate());

    const ui = await createShadowRootUi(ctx, {
      name: 'ace-assist-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      css: panelCss,
      onMount(container, _shadow, shadowHost) {
        host = shadowHost;
        shadowHost.setAttribute('data-page-id', store.get().pageId);
        const root = ReactDOM.createRoot(container);
        // A transition renders in 5 ms slices: the panel's first (cold) render never becomes a long
        // task on the page's main thread (bench:page).
        startTransition(() =>
          root.render(
            <Panel
              store={store}
              loadPanel={assistantStore.panel}
              initialPanel={initialPanel}
              initialChecklist={initialChecklist}
              savePanel={(s) => void assistantStore.setPanel(s)}
              loadChecklist={assistantStore.checklist}
              saveChecklist={(s) => void assistantStore.setChecklist(s)}
              onStorageChange={assistantStore.onChange}
              saveReferenceEin={(d) => void assistantStore.setReferenceEin(d)}
              fill={() => {
                const fill = store.get().fill;
                return fill && features?.checks ? features.checks.fill(fill.values) : 0;
              }}
              today={todayLocal}
            />,
          ),
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();

    // Let the page and the panel paint first, then start the field work (which runs in slices).
    // An idle callback, not a frame callback: nothing of ours runs inside the page's first frames.
    await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 250 }));
    // Invalidated meanwhile (the extension reloaded or updated): start nothing nobody would stop.
    if (ctx.isInvalid) return;
    // A mutation batch during setup may already have started them for a newer page id.
    if (!features) startFeatures(store.get().pageId);
    reevaluate();
    await loadReference();
    const offStorage = assistantStore.onChange((key) => {
      if (key === KEYS.referenceEin) void loadReference();
    });
    ctx.onInvalidated(offStorage);
    const onActiveDraft = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && ACTIVE_DRAFT_KEY in changes) void loadReference();
    };
    browser.storage.onChanged.addListener(onActiveDraft);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onActiveDraft));
    // Draft edits happen in the popup, over this tab: look again when the page gets focus back.
    ctx.addEventListener(window, 'focus', () => void loadReference());
  },
});

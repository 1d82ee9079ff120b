// What the page assistant remembers, in extension storage (shared by every ACE tab, kept across
// reloads and updates). Read through zod: a damaged value falls back to defaults instead of breaking
// the page.
import { browser } from 'wxt/browser';
// zod/mini: this module runs in the content script on every ACE page (see content-protocol.ts).
import * as z from 'zod/mini';
import { lazy } from '@/lib/messaging/lazy';
import { PAGE_IDS } from './pages';

export const KEYS = {
  checklist: 'assistant.checklist',
  panel: 'assistant.panel',
  referenceEin: 'assistant.referenceEin',
} as const;

// Schemas are built on first use (lib/messaging/lazy.ts says why).
export const checklistStateSchema = lazy(() =>
  z.record(z.string(), z.object({ done: z.boolean(), at: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)) })),
);
export type ChecklistState = z.infer<ReturnType<typeof checklistStateSchema>>;

export const panelStateSchema = lazy(() =>
  z.object({
    collapsed: z._default(z.boolean(), false),
    /** Offsets from the bottom-right corner in CSS pixels, so the panel stays on screen when the window shrinks. */
    right: z._default(z.number().check(z.minimum(0), z.maximum(10_000)), 16),
    bottom: z._default(z.number().check(z.minimum(0), z.maximum(10_000)), 16),
    dismissedPages: z._default(z.array(z.enum(PAGE_IDS)), []),
    tab: z._default(z.enum(['checklist', 'hints', 'tools']), 'checklist'),
  }),
);
export type PanelState = z.infer<ReturnType<typeof panelStateSchema>>;
/** What `panelStateSchema` gives for `{}` (assistant-store.test.ts checks they agree). */
export const DEFAULT_PANEL: PanelState = {
  collapsed: false,
  right: 16,
  bottom: 16,
  dismissedPages: [],
  tab: 'checklist',
};

/** 9 digits of the EIN on the user's 5106, used when no draft is active. */
export const referenceEinSchema = lazy(() => z.nullable(z.string().check(z.regex(/^\d{9}$/))));

/** `schema` is a factory, called after the read: the schema is built in the reply's task. */
async function read<T>(key: string, schema: () => z.ZodMiniType<T>, fallback: T): Promise<T> {
  const got = await browser.storage.local.get(key);
  const parsed = z.safeParse(schema(), got[key]);
  return parsed.success ? parsed.data : fallback;
}

export const assistantStore = {
  checklist: () => read(KEYS.checklist, checklistStateSchema, {}),
  setChecklist: (state: ChecklistState) => browser.storage.local.set({ [KEYS.checklist]: state }),
  panel: () => read(KEYS.panel, panelStateSchema, DEFAULT_PANEL),
  setPanel: (state: PanelState) => browser.storage.local.set({ [KEYS.panel]: state }),
  referenceEin: () => read(KEYS.referenceEin, referenceEinSchema, null),
  setReferenceEin: (digits: string | null) => browser.storage.local.set({ [KEYS.referenceEin]: digits }),
  /** Calls back with the key that changed, from any tab or extension page. */
  onChange(listener: (key: string) => void): () => void {
    const handler = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local') return;
      for (const key of Object.values(KEYS)) if (key in changes) listener(key);
    };
    browser.storage.onChanged.addListener(handler);
    return () => browser.storage.onChanged.removeListener(handler);
  },
};

// A tiny external store the content script writes and the panel reads (useSyncExternalStore):
// the page id and field counts change outside React, on DOM mutations and SPA navigation.
import { useSyncExternalStore } from 'react';
import type { PageId } from '@/lib/ace/pages';

export type AssistantSnapshot = {
  pageId: PageId;
  fieldCount: number;
  fillableCount: number;
  /** Where the EIN check's reference comes from, e.g. 'the EIN you saved in ACE Assist'; null when none. */
  referenceLabel: string | null;
  /** 9 digits the user saved as their 5106 EIN (used when no draft is active). */
  referenceEin: string | null;
  /** Whether the extension background answered (drafts and settings come through it). */
  background: 'pending' | 'ok' | 'error';
  /** Drafts are passphrase-locked: the active draft cannot be read until unlocked in the popup. */
  draftsLocked: boolean;
  /** The active draft's values for fill-from-draft, when a draft is active. */
  fill: { draftName: string; values: Record<string, string> } | null;
};

export function createAssistantStore(initial: AssistantSnapshot) {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => snapshot,
    set(patch: Partial<AssistantSnapshot>) {
      // Nothing changed, no render: the content script reports counts as a busy page mutates.
      const keys = Object.keys(patch) as (keyof AssistantSnapshot)[];
      if (keys.every((k) => Object.is(snapshot[k], patch[k]))) return;
      snapshot = { ...snapshot, ...patch };
      for (const l of listeners) l();
    },
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
export type AssistantStore = ReturnType<typeof createAssistantStore>;

export function useAssistant(store: AssistantStore): AssistantSnapshot {
  return useSyncExternalStore(store.subscribe, store.get);
}

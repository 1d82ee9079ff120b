import { describe, expect, it } from 'vitest';
import { createAssistantStore } from './store';

const initial = {
  pageId: 'portal-home' as const,
  fieldCount: 0,
  fillableCount: 0,
  referenceLabel: null,
  referenceEin: null,
  background: 'pending' as const,
  draftsLocked: false,
  fill: null,
};

describe('assistant store', () => {
  it('tells its listeners about changes, and only about changes', () => {
    const store = createAssistantStore(initial);
    let calls = 0;
    store.subscribe(() => calls++);
    const before = store.get();
    store.set({ fieldCount: 0, fillableCount: 0 });
    expect(calls).toBe(0);
    // Same snapshot object: useSyncExternalStore renders nothing.
    expect(store.get()).toBe(before);
    store.set({ fieldCount: 3, fillableCount: 0 });
    expect(calls).toBe(1);
    expect(store.get()).toMatchObject({ fieldCount: 3, fillableCount: 0 });
    expect(store.get()).not.toBe(before);
    // A new object with the same content is a change (the fill values are replaced as a whole).
    store.set({ fill: { draftName: 'A', values: {} } });
    store.set({ fill: { draftName: 'A', values: {} } });
    expect(calls).toBe(3);
  });
});

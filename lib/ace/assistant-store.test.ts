import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { assistantStore, DEFAULT_PANEL, KEYS, panelStateSchema } from './assistant-store';

beforeEach(() => fakeBrowser.reset());

describe('assistant store', () => {
  it('DEFAULT_PANEL is what the schema makes of an empty value', () => {
    expect(z.parse(panelStateSchema(), {})).toEqual(DEFAULT_PANEL);
  });

  it('round-trips checklist, panel and reference EIN', async () => {
    await assistantStore.setChecklist({ 'ach-refund': { done: true, at: '2026-11-25' } });
    await assistantStore.setPanel({ ...DEFAULT_PANEL, collapsed: true, dismissedPages: ['cape'] });
    await assistantStore.setReferenceEin('123456789');
    expect(await assistantStore.checklist()).toEqual({ 'ach-refund': { done: true, at: '2026-11-25' } });
    expect((await assistantStore.panel()).dismissedPages).toEqual(['cape']);
    expect(await assistantStore.referenceEin()).toBe('123456789');
  });

  it.each([
    [KEYS.checklist, 'not an object'],
    [KEYS.panel, { right: -5 }],
    [KEYS.referenceEin, '12-3456789'],
  ])('falls back to defaults when %s holds garbage', async (key, garbage) => {
    await fakeBrowser.storage.local.set({ [key]: garbage });
    expect(await assistantStore.checklist()).toEqual({});
    expect(await assistantStore.panel()).toEqual(DEFAULT_PANEL);
    expect(await assistantStore.referenceEin()).toBeNull();
  });

  it('reports changes by key', async () => {
    const seen: string[] = [];
    const off = assistantStore.onChange((k) => seen.push(k));
    await assistantStore.setReferenceEin('987654321');
    off();
    await assistantStore.setReferenceEin(null);
    expect(seen).toEqual([KEYS.referenceEin]);
  });
});

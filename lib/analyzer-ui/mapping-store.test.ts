import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetMapping, loadMappings, MAPPINGS_KEY, saveMapping } from './mapping-store';

describe('mapping store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers mappings per header signature', async () => {
    expect(await loadMappings()).toEqual({});
    await saveMapping('h4-aaaa0001', {
      report: 'es003',
      columns: { entryNumber: 'Entry #', hts: 'T', duty: 'D' },
    });
    await saveMapping('h2-bbbb0002', {
      report: 'es701',
      columns: { entryNumber: 'E', liquidationDate: 'L' },
    });
    const all = await loadMappings();
    expect(Object.keys(all).sort()).toEqual(['h2-bbbb0002', 'h4-aaaa0001']);
    expect(all['h4-aaaa0001']?.columns.duty).toBe('D');
    await forgetMapping('h2-bbbb0002');
    expect(Object.keys(await loadMappings())).toEqual(['h4-aaaa0001']);
  });

  it('drops damaged entries and keeps the good ones', async () => {
    await fakeBrowser.storage.local.set({
      [MAPPINGS_KEY]: { good: { report: 'es701', columns: { entryNumber: 'E' } }, bad: { report: 'nope' } },
    });
    expect(await loadMappings()).toEqual({ good: { report: 'es701', columns: { entryNumber: 'E' } } });
    await fakeBrowser.storage.local.set({ [MAPPINGS_KEY]: 'garbage' });
    expect(await loadMappings()).toEqual({});
  });
});

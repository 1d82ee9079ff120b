import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_STATE, READINESS_KEY, type ReadinessState, readinessStore, readState } from './store';

beforeEach(() => fakeBrowser.reset());

const STATE: ReadinessState = {
  schemaVersion: 1,
  answers: { imported: 'yes', importerOfRecord: 'self', aceAccount: 'no' },
  position: 3,
  completedOn: null,
};

describe('readiness store', () => {
  it('starts empty', async () => {
    expect(await readinessStore.load()).toEqual(EMPTY_STATE);
  });

  it('saves and loads the answers and the position', async () => {
    expect(await readinessStore.save(STATE)).toBeNull();
    expect(await readinessStore.load()).toEqual(STATE);
  });

  it('refuses to store an answer the table does not know, with a message', async () => {
    const bad = { ...STATE, answers: { imported: 'maybe' } } as unknown as ReadinessState;
    expect(await readinessStore.save(bad)).toMatch(/could not be saved/);
    expect(await readinessStore.load()).toEqual(EMPTY_STATE);
  });

  it.each([
    ['nothing', undefined, {}],
    ['garbage', 'x', {}],
    [
      'a wrong version, answers salvaged',
      { schemaVersion: 9, answers: { imported: 'no' } },
      { imported: 'no' },
    ],
    [
      'one retired option, the others kept',
      { ...STATE, answers: { imported: 'yes', aceAccount: 'perhaps' } },
      { imported: 'yes' },
    ],
    ['a position out of range', { ...STATE, position: 42 }, STATE.answers],
  ])('reads %s as a usable state', async (_name, raw, answers) => {
    await fakeBrowser.storage.local.set({ [READINESS_KEY]: raw });
    const state = await readinessStore.load();
    expect(state.answers).toEqual(answers);
    expect(readState(raw)).toEqual(state);
  });
});

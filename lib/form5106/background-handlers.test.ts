import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { protocol } from '@/lib/messaging/protocol';
import { ACTIVE_DRAFT_KEY, setActiveDraftId } from './active';
import { getActiveDraft, isExtensionPage, saveOnClose } from './background-handlers';
import { contentOf, createDraftRepo } from './repo';
import { filledForm, freshStorage } from './test-helpers';

beforeEach(freshStorage);

describe('drafts/getActive', () => {
  it('is null without an active draft', async () => {
    expect(await getActiveDraft()).toEqual({ draft: null, locked: false });
  });

  it('answers the active draft identity, valid under the protocol schema', async () => {
    const d = await createDraftRepo().create({ name: 'Acme', form: filledForm() });
    if (!d.ok) throw new Error(d.error);
    await setActiveDraftId(d.value.id);
    expect((await fakeBrowser.storage.local.get(ACTIVE_DRAFT_KEY))[ACTIVE_DRAFT_KEY]).toBe(d.value.id);
    const reply = await getActiveDraft();
    expect(protocol['drafts/getActive'].response.parse(reply)).toEqual(reply);
    expect(reply.draft).toMatchObject({
      id: d.value.id,
      name: 'Acme',
      importerName: 'Acme Imports LLC',
      idType: 'ein',
      ein: '12-3456789',
      mailing: { street1: '100 Market St', city: 'Wilmington', state: 'DE', zip: '19801' },
      email: 'ops@acme.example',
    });
  });

  it('is null when the active draft was deleted', async () => {
    await setActiveDraftId('gone');
    expect(await getActiveDraft()).toEqual({ draft: null, locked: false });
  });
});

describe('drafts/saveOnClose', () => {
  it('saves, and saving the same again is unchanged', async () => {
    const repo = createDraftRepo();
    const d = await repo.create({ name: 'A' });
    if (!d.ok) throw new Error(d.error);
    const content = { ...contentOf(d.value), name: 'A edited' };
    expect(await saveOnClose({ id: d.value.id, baseRevision: 1, content })).toEqual({
      status: 'saved',
      id: d.value.id,
    });
    expect(await saveOnClose({ id: d.value.id, baseRevision: 1, content })).toEqual({
      status: 'unchanged',
      id: d.value.id,
    });
  });

  it('keeps conflicting edits as a copy instead of overwriting', async () => {
    const repo = createDraftRepo();
    const d = await repo.create({ name: 'A' });
    if (!d.ok) throw new Error(d.error);
    await repo.save(d.value.id, { ...contentOf(d.value), name: 'Other window' }, 1);
    const r = await saveOnClose({
      id: d.value.id,
      baseRevision: 1,
      content: { ...contentOf(d.value), name: 'Mine' },
    });
    expect(r.status).toBe('copied');
    const listed = await repo.list();
    expect(listed.ok && listed.value.drafts).toHaveLength(2);
    expect(listed.ok && listed.value.drafts.some((x) => x.name === 'Other window')).toBe(true);
    expect(listed.ok && listed.value.drafts.some((x) => x.name.startsWith('Mine (unsaved edits'))).toBe(true);
  });

  it('accepts only extension pages as senders', () => {
    const origin = 'chrome-extension://abc/';
    expect(isExtensionPage({ url: 'chrome-extension://abc/popup.html' }, origin)).toBe(true);
    expect(
      isExtensionPage({ url: 'https://ace.cbp.gov/', tab: { url: 'https://ace.cbp.gov/' } } as never, origin),
    ).toBe(false);
  });
});

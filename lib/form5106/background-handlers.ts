// Background handlers of the drafts messages (lib/messaging/protocol.ts). The background opens the
// drafts database on behalf of content scripts, which never open IndexedDB themselves.
import type { Browser } from 'wxt/browser';
import { type ActiveDraftSummary, getActiveDraftId, summarizeForPage } from './active';
import { draftContentSchema } from './draft';
import { createDraftRepo, type DraftRepo } from './repo';
import { localIsoDate } from './stale';

export async function getActiveDraft(
  repo: DraftRepo = createDraftRepo(),
): Promise<{ draft: ActiveDraftSummary | null; locked: boolean }> {
  const id = await getActiveDraftId();
  if (!id) return { draft: null, locked: false };
  const got = await repo.get(id);
  if (got.ok) return { draft: summarizeForPage(got.value), locked: false };
  if (got.code === 'locked') return { draft: null, locked: true };
  if (got.code === 'not-found') return { draft: null, locked: false };
  throw new Error(got.error);
}

/** Only the extension's own pages (not content scripts in web pages) may write drafts. */
export function isExtensionPage(sender: Browser.runtime.MessageSender, extensionOrigin: string): boolean {
  return (
    typeof sender.url === 'string' &&
    sender.url.startsWith(extensionOrigin) &&
    !sender.tab?.url?.startsWith('http')
  );
}

export async function saveOnClose(
  request: { id: string; baseRevision: number; content: unknown; editor?: string },
  repo: DraftRepo = createDraftRepo(),
): Promise<{ status: 'saved' | 'unchanged' | 'copied'; id: string }> {
  const content = draftContentSchema.safeParse(request.content);
  if (!content.success) throw new Error('The closing page sent a malformed draft.');
  const saved = await repo.save(request.id, content.data, request.baseRevision, request.editor);
  if (saved.ok) return { status: saved.unchanged ? 'unchanged' : 'saved', id: request.id };
  if (saved.code === 'conflict' || saved.code === 'not-found') {
    // Someone saved in between (or deleted it): keep these edits as a copy rather than lose either.
    const label = content.data.name || 'untitled draft';
    const copy = await repo.create({
      ...content.data,
      name: `${label} (unsaved edits ${localIsoDate()})`,
    });
    if (copy.ok) return { status: 'copied', id: copy.value.id };
    throw new Error(copy.error);
  }
  throw new Error(saved.error);
}

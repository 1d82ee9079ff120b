// "Delete all data": every portfolio, Form 5106 draft (and the lock), manual entry, setting, the
// reminder ledger, the checklist and everything else ACE Assist keeps in extension storage. The
// options page asks for confirmation first; this function just does it, and says what failed.
import { browser } from 'wxt/browser';
import { forgetKey } from '../form5106/session-key';
import { openDraftsDb } from '../form5106/store';
import type { DataRepos } from './backup';

export type EraseResult = { ok: true } | { ok: false; error: string };

export async function eraseAllData(
  repos: DataRepos,
  options: { draftsDbName?: string } = {},
): Promise<EraseResult> {
  const problems: string[] = [];
  const cleared = await repos.portfolios.clear();
  if (!cleared.ok) problems.push(`Portfolios: ${cleared.error}`);
  try {
    // The drafts store and the lock record go together: a lock without drafts would be meaningless.
    const db = await openDraftsDb(options.draftsDbName);
    const tx = db.transaction(['drafts', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('drafts').clear(), tx.objectStore('meta').clear()]);
    await tx.done;
    await forgetKey();
  } catch (error) {
    problems.push(`Drafts: ${error instanceof Error ? error.message : String(error)}`);
  }
  const manual = await repos.manual.list();
  if (manual.ok) {
    for (const entry of manual.value.entries) {
      const removed = await repos.manual.remove(entry.id);
      if (!removed.ok) problems.push(`Manual entry ${entry.entryNumber}: ${removed.error}`);
    }
  } else problems.push(`Manual entries: ${manual.error}`);
  try {
    await browser.storage.local.clear();
  } catch (error) {
    problems.push(`Settings: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (problems.length > 0) {
    return { ok: false, error: `Some data could not be deleted; try again. ${problems.join(' ')}` };
  }
  return { ok: true };
}

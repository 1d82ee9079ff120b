// The repositories the options page uses (one IndexedDB connection each per page). Drafts and the
// lock come from the drafts UI's own services, so this page and the drafts pages share them.
import { repo as drafts, lock } from '@/components/drafts/services';
import { createManualEntryRepo } from '@/lib/manual-entries/repo';
import { sendMessage } from '@/lib/messaging/client';
import { createPortfolioRepo } from '@/lib/portfolios/repo';
import type { DataRepos } from '@/lib/settings/backup';

export const portfolios = createPortfolioRepo();
export const repos: DataRepos = { portfolios, drafts, manual: createManualEntryRepo() };
export { lock };

/** Asks the background to refresh the badge and reminders after this page changed data. */
export function recompute(): void {
  sendMessage('reminders/recompute', {}).catch(() => {
    // The background recomputes at the next alarm or start anyway; nothing for the user to do.
  });
}

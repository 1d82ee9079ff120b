// The messages content scripts send. Written with zod/mini: the content script runs on every ACE
// page view, and zod/mini is a fifth of the classic build's size (bench:page measures the script).
// protocol.ts merges these into the full protocol the background routes.
import * as z from 'zod/mini';
import { activeDraftSummarySchema } from '@/lib/form5106/active-summary';
import { lazy } from './lazy';

// Extension pages and content scripts run without eval (MV3 CSP): no `new Function` fast path.
z.config({ jitless: true });

/** Built on first use (lazy.ts says why). */
export const contentProtocol = lazy(() => ({
  ping: {
    request: z.strictObject({}),
    response: z.object({ pong: z.literal(true), version: z.string() }),
  },
  /**
   * The active Form 5106 draft (browser.storage.local 'activeDraftId') for the page assistant:
   * identity summary, or null when none is chosen or it was deleted; `locked` when the passphrase
   * lock is on and closed (the summary cannot be read then).
   */
  'drafts/getActive': {
    request: z.strictObject({}),
    response: z.object({ draft: z.nullable(activeDraftSummarySchema()), locked: z.boolean() }),
  },
}));

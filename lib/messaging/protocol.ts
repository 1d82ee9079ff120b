// The one message protocol between content scripts, extension pages and the background.
// Every message type has a zod schema for its request and its response; both ends validate,
// so a malformed or foreign message is rejected at the boundary instead of deep in a handler.
import { z } from 'zod';
import { isCalendarDate } from '@/lib/deadlines/calendar-date';
import { changeSummarySchema, portfolioMetaSchema } from '@/lib/portfolios/schema';
import { contentProtocol } from './content-protocol';

// Extension pages run under MV3's CSP (no eval): tell zod not to try its `new Function` fast path.
// Every entry point imports this module, so the setting is in place before any parse.
z.config({ jitless: true });

/**
 * Schemas may be classic zod or zod/mini (content-protocol.ts): both sides parse with the functional
 * z.safeParse / z.parse, which take either.
 */
export const protocol = {
  ...contentProtocol(),
  /**
   * Extension pages only: the last edits of a draft page that is closing (pagehide), saved by the
   * background because the page may be gone before its own write finishes. A conflicting newer
   * revision is never overwritten: the edits are kept as a copy instead.
   */
  'drafts/saveOnClose': {
    request: z
      .object({
        id: z.string().min(1),
        baseRevision: z.number().int().nonnegative(),
        content: z.unknown(),
        editor: z.string().optional(),
      })
      .strict(),
    response: z.object({ status: z.enum(['saved', 'unchanged', 'copied']), id: z.string() }),
  },
  /**
   * Extension pages only ("save as portfolio" in the analyzer, manual entries, tests): save entries
   * (AnalyzedEntry rows, see lib/portfolios/entries.ts) as a new portfolio ({ name }) or merge them
   * by entry number into one ({ portfolioId }); answers with what changed. The badge and reminders
   * are recomputed right after. asOf defaults to today.
   */
  'portfolios/save': {
    request: z
      .object({
        target: z.union([
          z.object({ name: z.string() }).strict(),
          z.object({ portfolioId: z.string().min(1) }).strict(),
        ]),
        asOf: z.string().refine(isCalendarDate, 'Expected a real date as YYYY-MM-DD').optional(),
        entries: z.array(z.unknown()).min(1, 'There are no entries to save.'),
      })
      .strict(),
    response: z.object({ portfolio: portfolioMetaSchema, changes: changeSummarySchema }),
  },
  /** The saved portfolios (no entries), by name: for a "merge into" picker. */
  'portfolios/list': {
    request: z.object({}).strict(),
    response: z.object({ portfolios: z.array(portfolioMetaSchema) }),
  },
  /**
   * Recompute the badge and send due reminders now (after a page changed portfolios or settings
   * through the repository directly). Runs are queued, so this never double-sends.
   */
  'reminders/recompute': {
    request: z.object({}).strict(),
    response: z.object({
      asOf: z.string(),
      badgeCount: z.number().int().min(0),
      notified: z.number().int().min(0),
      skipped: z.string().nullable(),
    }),
  },
} as const;

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.infer<(typeof protocol)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof protocol)[T]['response']>;

const messageTypes = Object.keys(protocol) as [MessageType, ...MessageType[]];

/** What travels over runtime messaging. `ace-assist` marks our own envelopes. */
export const envelopeSchema = z.object({
  channel: z.literal('ace-assist'),
  type: z.enum(messageTypes),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** Replies are always an object: either a result or an error a user can read. */
export type Reply<T> = { ok: true; result: T } | { ok: false; error: string };

// The one message protocol between content scripts, extension pages and the background.
// Every message type has a zod schema for its request and its response; both ends validate,
// so a malformed or foreign message is rejected at the boundary instead of deep in a handler.
import { z } from 'zod';
import { contentProtocol } from './content-protocol';

// Extension pages run under MV3's CSP (no eval): tell zod not to try its `new Function` fast path.
// Every entry point imports this module, so the setting is in place before any parse.
z.config({ jitless: true });

/**
 * Schemas may be classic zod or zod/mini (content-protocol.ts): both sides parse with the functional
 * z.safeParse / z.parse, which take either.
 */
export const protocol = {
  ...contentProtocol,
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

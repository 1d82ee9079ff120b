// Sender side of the protocol, shared by extension pages (client.ts, the full protocol) and content
// scripts (content-client.ts, only their messages). zod/mini only, so content scripts stay small;
// the functional z.safeParse validates classic and mini schemas alike.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { lazy } from './lazy';

export class MessageError extends Error {}

const replySchema = lazy(() =>
  z.union([
    z.object({ ok: z.literal(true), result: z.unknown() }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]),
);

type ProtocolMap = Record<string, { request: z.core.$ZodType; response: z.core.$ZodType }>;

/** `map` may be a factory (a lazy protocol): it is called on the first message. */
export function createSender<P extends ProtocolMap>(map: P | (() => P)) {
  const schemas = typeof map === 'function' ? map : () => map;
  return async function sendMessage<T extends keyof P & string>(
    type: T,
    payload: z.infer<P[T]['request']>,
  ): Promise<z.infer<P[T]['response']>> {
    const raw = await browser.runtime.sendMessage({ channel: 'ace-assist', type, payload });
    const reply = z.safeParse(replySchema(), raw);
    if (!reply.success) throw new MessageError(`No valid reply from the background for "${type}".`);
    if (!reply.data.ok) throw new MessageError(reply.data.error);
    const schema = schemas()[type]?.response;
    if (!schema) throw new MessageError(`Unknown message "${type}".`);
    const result = z.safeParse(schema, reply.data.result);
    if (!result.success) throw new MessageError(`The background's reply to "${type}" was malformed.`);
    return result.data as z.infer<P[T]['response']>;
  };
}

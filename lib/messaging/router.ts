// Background side of the protocol: validates envelope, sender and payload, then dispatches.
import type { Browser } from 'wxt/browser';
import { z } from 'zod';
import {
  envelopeSchema,
  type MessageType,
  protocol,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from './protocol';

export type Handlers = {
  [T in MessageType]: (
    request: RequestOf<T>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<ResponseOf<T>>;
};

/**
 * Only this extension's own pages and content scripts may talk to the background.
 * Content scripts share the extension id; web pages cannot reach runtime.onMessage at all
 * without externally_connectable, but we check anyway (defence in depth).
 */
export function isTrustedSender(sender: Browser.runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

export function createRouter(handlers: Handlers, ownId: string) {
  return async (
    message: unknown,
    sender: Browser.runtime.MessageSender,
  ): Promise<Reply<unknown> | undefined> => {
    const envelope = envelopeSchema.safeParse(message);
    // Not ours (or not an envelope): stay silent so other listeners can answer.
    if (!envelope.success) return undefined;
    if (!isTrustedSender(sender, ownId)) return { ok: false, error: 'Message refused: unknown sender.' };
    const { type, payload } = envelope.data;
    // Functional parse: content-script messages use zod/mini schemas, which have no methods.
    const request = z.safeParse(protocol[type].request, payload);
    if (!request.success) {
      return {
        ok: false,
        error: `Invalid "${type}" request: ${request.error.issues[0]?.message ?? 'bad payload'}`,
      };
    }
    try {
      const handler = handlers[type] as (r: unknown, s: Browser.runtime.MessageSender) => Promise<unknown>;
      const result = z.parse(protocol[type].response, await handler(request.data, sender));
      return { ok: true, result };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}

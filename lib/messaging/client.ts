// Sender side of the protocol, for content scripts and extension pages.
import { browser } from 'wxt/browser';
import { type MessageType, protocol, type RequestOf, type ResponseOf, replySchema } from './protocol';

export class MessageError extends Error {}

export async function sendMessage<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const raw = await browser.runtime.sendMessage({ channel: 'ace-assist', type, payload });
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(`No valid reply from the background for "${type}".`);
  if (!reply.data.ok) throw new MessageError(reply.data.error);
  return protocol[type].response.parse(reply.data.result) as ResponseOf<T>;
}

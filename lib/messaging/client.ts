// For extension pages: every message of the protocol.
import { protocol } from './protocol';
import { createSender } from './sender';

export { MessageError } from './sender';
export const sendMessage = createSender(protocol);

// For content scripts: only the messages they may send, without the classic zod build.
import { contentProtocol } from './content-protocol';
import { createSender } from './sender';

export { MessageError } from './sender';
export const sendContentMessage = createSender(contentProtocol);

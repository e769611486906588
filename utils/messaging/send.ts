/** How a page asks the background to write: `send('saveDraft', { draft })`, typed by the protocol. */
import { sendMessage } from '@/utils/browser/runtime';
import type { MessageName, ReplyOf, RequestOf } from './protocol';

export function send<Name extends MessageName>(name: Name, request: RequestOf<Name>): Promise<ReplyOf<Name>> {
  return sendMessage({ name, request }) as Promise<ReplyOf<Name>>;
}

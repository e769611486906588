import type { ActionRecord, TargetRecord } from '../feed/action';
import { sendMessage } from '../browser/runtime';
import type { Channel, LogEntry } from '../db/log';

/**
 * Logs an action taken through the background, which finishes the write even
 * when the popup closes the moment a mail client or a new tab takes focus.
 */
export function logAction(action: ActionRecord, target: TargetRecord, channel: Channel, now = new Date()): Promise<LogEntry> {
  return sendMessage<LogEntry>({
    type: 'log-action',
    entry: {
      actionKey: action.key,
      feedKey: action.feedKey,
      itemId: action.itemId,
      reference: action.reference,
      title: action.title,
      targetId: target.id,
      targetName: target.name,
      channel,
      outcome: channel === 'call' ? 'unknown' : undefined,
      at: now.toISOString(),
    },
  });
}

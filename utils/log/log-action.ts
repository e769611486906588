import type { ActionRecord, Channel, LogEntry, TargetRecord } from '@/utils/db/records';
import { send } from '@/utils/messaging/send';

/** Logs an action taken, through the background (the popup may close at once). */
export function logAction(action: ActionRecord, target: TargetRecord, channel: Channel, now = new Date()): Promise<LogEntry> {
  return send('logAction', {
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

import { t } from '../browser/i18n';
import type { LogEntry } from '../db/log';

const channelKeys = {
  email: 'channelEmail',
  tweet: 'channelTweet',
  call: 'channelCall',
  print: 'channelPrint',
  done: 'channelDone',
} as const;

/** "email to Mr. X": one entry in words, for summaries and tables. */
export function channelName(entry: Pick<LogEntry, 'channel'>): string {
  return t(channelKeys[entry.channel]);
}

export function describeLogEntry(entry: LogEntry): string {
  return t('entryToTarget', [channelName(entry), entry.targetName]);
}

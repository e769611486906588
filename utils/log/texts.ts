/** The log in words: one table of message names for each channel and call outcome. */
import { t } from '@/utils/browser/i18n';
import type { CallOutcome, Channel, LogEntry } from '@/utils/db/records';

const channelTexts = {
  email: { name: 'channelEmail', logged: 'loggedEmail' },
  tweet: { name: 'channelTweet', logged: 'loggedTweet' },
  call: { name: 'channelCall', logged: 'loggedCall' },
  print: { name: 'channelPrint', logged: 'loggedPrint' },
  done: { name: 'channelDone', logged: 'loggedDone' },
} as const satisfies Record<Channel, { name: string; logged: string }>;

const outcomeTexts = {
  unknown: 'outcomeUnknown',
  reached: 'outcomeReached',
  voicemail: 'outcomeVoicemail',
  'no-answer': 'outcomeNoAnswer',
} as const satisfies Record<CallOutcome, string>;

/** The answers a supporter can give after a call, in the order they are offered. */
export const callAnswers = ['reached', 'voicemail', 'no-answer'] as const satisfies readonly CallOutcome[];

/** "email", "tweet", … */
export function channelName(entry: Pick<LogEntry, 'channel'>): string {
  return t(channelTexts[entry.channel].name);
}

/** "Email to Mr. X logged for UA 1.23." */
export function loggedText(entry: Pick<LogEntry, 'channel' | 'targetName' | 'reference'>): string {
  return t(channelTexts[entry.channel].logged, [entry.targetName, entry.reference]);
}

export function outcomeName(outcome: CallOutcome): string {
  return t(outcomeTexts[outcome]);
}

/** "email to Mr. X": one entry in words, for summaries and tables. */
export function describeLogEntry(entry: LogEntry): string {
  return t('entryToTarget', [channelName(entry), entry.targetName]);
}

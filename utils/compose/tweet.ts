import { type ActionRecord, type TargetRecord, type Profile } from '@/utils/db/records';
import { type PromptFor, renderTemplate } from './template';
import { templateValues } from './template-values';

/**
 * The action's tweet for one official. A tweet starting with a handle would be
 * a reply that only the official's followers see, so it gets a leading ".".
 */
export function composeTweet(action: ActionRecord, target: TargetRecord, profile: Profile, promptFor: PromptFor): string {
  const text = renderTemplate(action.tweet, templateValues(action, target, profile), promptFor).text.trim();
  return publicTweet(text);
}

function publicTweet(text: string): string {
  return text.startsWith('@') ? `.${text}` : text;
}

/** The tweet shown for one official, moved over to another: the handle follows. */
export function readdressTweet(text: string, from: TargetRecord, to: TargetRecord): string {
  if (!from.twitter || !to.twitter) return text;
  return text.replace(new RegExp(`@${from.twitter}\\b`, 'g'), `@${to.twitter}`);
}

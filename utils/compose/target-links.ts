import { type ActionRecord, type TargetRecord, type Profile, type EmailApp } from '@/utils/db/records';
import { composeSubject, readdressLetter } from './letter';
import { type EmailLink, emailLink, telUrl, tweetIntentUrl } from './links';
import type { PromptFor } from './template';
import { readdressTweet } from './tweet';

export interface TargetLinks {
  email?: EmailLink;
  tweet?: string;
  call?: string;
  /** The letter as this official gets it. */
  letter: string;
}

export interface ShownTexts {
  target: TargetRecord;
  salutationOf: (target: TargetRecord) => string;
  letter: string;
  tweet: string;
}

/** Each channel's link for one official, carrying that official's letter. */
export function targetLinks(
  action: ActionRecord,
  target: TargetRecord,
  shown: ShownTexts,
  profile: Profile,
  emailApp: EmailApp,
  promptFor: PromptFor,
  pasteBody: string,
): TargetLinks {
  const letter = readdressLetter(shown.letter, shown.salutationOf(shown.target), shown.salutationOf(target));
  const subject = composeSubject(action, target, profile, promptFor);
  return {
    letter,
    email: target.email ? emailLink(emailApp, { to: target.email, subject, body: letter }, pasteBody) : undefined,
    tweet: target.twitter ? tweetIntentUrl(readdressTweet(shown.tweet, shown.target, target)) : undefined,
    call: target.phone ? telUrl(target.phone) : undefined,
  };
}

/**
 * The texts an action's view shows: the sample, or the supporter's draft made
 * out to the official chosen in "Write to". Pure, so the popup only wires it.
 */
import type { ActionRecord, Draft, Profile, TargetRecord } from '@/utils/db/records';
import type { SupporterPlaceholder } from '@/utils/feed/placeholders';
import { composeLetter, readdressLetter } from './letter';
import type { PromptFor } from './template';
import { composeTweet, readdressTweet } from './tweet';

export interface ComposerTexts {
  letter: string;
  tweet: string;
  /** Details the letter still shows a prompt for. */
  missing: SupporterPlaceholder[];
  letterEdited: boolean;
  tweetEdited: boolean;
}

export function findTarget(action: ActionRecord, targetId: string | undefined): TargetRecord {
  return action.targets.find((target) => target.id === targetId) ?? (action.targets[0] as TargetRecord);
}

export function composerTexts(
  action: ActionRecord,
  target: TargetRecord,
  profile: Profile,
  draft: Draft | undefined,
  promptFor: PromptFor,
): ComposerTexts {
  const sample = composeLetter(action, target, profile, promptFor);
  const draftTarget = findTarget(action, draft?.targetId);
  const letter =
    draft?.letter === undefined
      ? sample.text
      : readdressLetter(draft.letter, composeLetter(action, draftTarget, profile, promptFor).salutation, sample.salutation);
  const tweet =
    draft?.tweet === undefined ? composeTweet(action, target, profile, promptFor) : readdressTweet(draft.tweet, draftTarget, target);
  return {
    letter,
    tweet,
    missing: sample.missing.filter((name) => letter.includes(promptFor(name))),
    letterEdited: draft?.letter !== undefined,
    tweetEdited: draft?.tweet !== undefined,
  };
}

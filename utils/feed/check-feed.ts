/**
 * The publishers' pre-flight check (`npm run feed:check`): every schema problem
 * with its JSON path, then, per official, what the extension would send.
 */
import { type ActionRecord, emptyProfile, type Profile } from '@/utils/db/records';
import { composeLetter, composeSubject } from '@/utils/compose/letter';
import { mailtoUrl, maxMailtoLength } from '@/utils/compose/links';
import type { PromptFor } from '@/utils/compose/template';
import { composeTweet } from '@/utils/compose/tweet';
import { maxTweetLength, type TweetLength } from '@/utils/compose/tweet-length';
import { parseFeed } from './parse';
import { privatePlaceholdersIn } from './placeholders';

export interface CheckFinding {
  level: 'error' | 'warning';
  path: string;
  message: string;
}

/** A supporter with details of ordinary length, so lengths are what most people get. */
const typicalSupporter: Profile = {
  ...emptyProfile,
  firstName: 'Alexandra',
  lastName: 'Fernández García',
  email: 'alexandra.fernandez@example.org',
  city: 'San Sebastián',
  region: 'Gipuzkoa',
  country: 'Spain',
};

const promptFor: PromptFor = (name) => `[your ${name}]`;

function checkAction(action: ActionRecord, index: number, countTweet: (text: string) => TweetLength): CheckFinding[] {
  const findings: CheckFinding[] = [];
  action.targets.forEach((target, targetIndex) => {
    const path = `items[${index}]._urgent_action.targets[${targetIndex}]`;
    if (!target.email && !target.phone && !target.twitter && !target.fax && target.address.length === 0) {
      findings.push({
        level: 'warning',
        path,
        message: `${target.name} has no email, phone, fax, handle or postal address: supporters cannot reach them`,
      });
    }
    if (target.email) {
      const url = mailtoUrl({
        to: target.email,
        subject: composeSubject(action, target, typicalSupporter, promptFor),
        body: composeLetter(action, target, typicalSupporter, promptFor).text,
      });
      if (url.length > maxMailtoLength) {
        findings.push({
          level: 'warning',
          path: `${path}.email`,
          message: `the email link to ${target.name} is ${url.length} characters once encoded (over ${maxMailtoLength}): mail apps get a short body and supporters paste the letter`,
        });
      }
    }
    if (target.twitter) {
      const tweet = composeTweet(action, target, typicalSupporter, promptFor);
      const { weightedLength } = countTweet(tweet);
      if (weightedLength > maxTweetLength) {
        findings.push({
          level: 'error',
          path: `items[${index}]._urgent_action.tweet`,
          message: `the tweet to @${target.twitter} is ${weightedLength} weighted characters (over ${maxTweetLength})`,
        });
      }
    }
  });
  return findings;
}

/** A tweet with private details: the extension keeps the item and uses the default tweet. */
function checkPrivateTweet(item: unknown, index: number): CheckFinding[] {
  const tweet = (item as { _urgent_action?: { tweet?: unknown } })._urgent_action?.tweet;
  const names = typeof tweet === 'string' ? privatePlaceholdersIn(tweet) : [];
  if (names.length === 0) return [];
  const path = `items[${index}]._urgent_action.tweet`;
  const used = names.map((name) => `{{${name}}}`).join(', ');
  return [
    { level: 'error', path, message: `${path}: a tweet is public and may not use ${used}: the extension uses the default tweet instead` },
  ];
}

export function checkFeed(document: unknown, countTweet: (text: string) => TweetLength): CheckFinding[] {
  const parsed = parseFeed(document, 'check');
  if (!parsed.ok) return parsed.problems.map((problem) => ({ level: 'error', path: problem.split(':')[0] ?? '', message: problem }));
  const findings: CheckFinding[] = parsed.feed.skipped.flatMap((item) =>
    item.reasons.map((reason) => ({ level: 'error' as const, path: reason.split(':')[0] ?? '', message: reason })),
  );
  const items = (document as { items: { id?: unknown }[] }).items;
  for (const action of parsed.feed.actions) {
    const index = items.findIndex((item) => item.id === action.itemId);
    findings.push(...checkPrivateTweet(items[index], index), ...checkAction(action, index, countTweet));
  }
  return findings;
}

import { t } from '@/utils/browser/i18n';
import type { FeedProblem } from '@/utils/db/records';

const problemKeys = {
  offline: 'problemOffline',
  timeout: 'problemTimeout',
  'not-found': 'problemNotFound',
  'http-error': 'problemHttpError',
  'not-a-feed': 'problemNotAFeed',
  'too-large': 'problemTooLarge',
  invalid: 'problemInvalid',
  'not-allowed': 'problemNotAllowed',
  'needs-permission': 'problemNeedsPermission',
} as const satisfies Record<FeedProblem['code'], string>;

/** What went wrong with a feed, in the UI language. */
export function problemText(problem: Pick<FeedProblem, 'code'>): string {
  return t(problemKeys[problem.code]);
}

/**
 * Actions as a JSON Feed document in our format, the reverse of normalize.ts:
 * for a coordinator who shares imported actions with a local group, and for
 * `npm run feed:from-rss`. The document passes `npm run feed:check`.
 */
import type { ActionRecord } from '@/utils/db/records';

export interface FeedMeta {
  title: string;
  organization: string;
  homePageUrl?: string;
  language?: string;
}

function actionToItem(action: ActionRecord): Record<string, unknown> {
  return {
    id: action.itemId,
    ...(action.url && { url: action.url }),
    title: action.title,
    ...(action.summary && { summary: action.summary }),
    ...(action.datePublished && { date_published: action.datePublished }),
    ...(action.dateModified && { date_modified: action.dateModified }),
    ...(action.language && { language: action.language }),
    _urgent_action: {
      reference: action.reference,
      ...(action.sequence && { sequence: action.sequence }),
      ...(action.country && { country: action.country }),
      ...(action.endsAt && { ends_at: action.endsAt }),
      ...(action.status === 'ended' && { status: 'ended' }),
      ...(action.instructions && { instructions: action.instructions }),
      targets: action.targets.map((target) => ({
        id: target.id,
        name: target.name,
        ...(target.title && { title: target.title }),
        ...(target.organization && { organization: target.organization }),
        ...(target.address.length > 0 && { address: target.address }),
        ...(target.email && { email: target.email }),
        ...(target.phone && { phone: target.phone }),
        ...(target.fax && { fax: target.fax }),
        ...(target.twitter && { twitter: target.twitter }),
        salutation: target.salutation,
        ...(target.timezone && { timezone: target.timezone }),
      })),
      letter: action.letter,
      tweet: action.tweet,
      ...(action.callScript && { call_script: action.callScript }),
      ...(action.reportUrl && { report_url: action.reportUrl }),
    },
  };
}

export function actionsFeed(meta: FeedMeta, actions: readonly ActionRecord[]): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    ...(meta.homePageUrl && { home_page_url: meta.homePageUrl }),
    ...(meta.language && { language: meta.language }),
    _advocacy: { version: 1, organization: meta.organization },
    items: actions.map(actionToItem),
  };
}

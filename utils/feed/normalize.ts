import { actionKey } from '@/utils/feed/action';
import { type ActionRecord } from '@/utils/db/records';
import type { FeedItem } from './schema';

export const defaultTweet = '{{target_twitter}} {{title}} {{url}}';
const defaultClosing = 'Yours sincerely,';
const defaultSalutation = 'Dear {{target_name}},';

/** Turns a validated feed item into our own action record. */
export function normalizeItem(item: FeedItem, feed: { key: string; reportUrl?: string; language?: string }): ActionRecord {
  const ua = item._urgent_action;
  return {
    key: actionKey(feed.key, item.id),
    feedKey: feed.key,
    itemId: item.id,
    reference: ua.reference,
    sequence: ua.sequence,
    title: item.title,
    url: item.url,
    summary: item.summary ?? item.content_text,
    instructions: ua.instructions,
    country: ua.country,
    language: item.language ?? feed.language,
    endsAt: ua.ends_at,
    status: ua.status ?? 'active',
    datePublished: item.date_published,
    dateModified: item.date_modified,
    targets: ua.targets.map((target) => ({
      id: target.id,
      name: target.name,
      title: target.title,
      organization: target.organization,
      address: target.address ?? [],
      email: target.email,
      phone: target.phone,
      fax: target.fax,
      twitter: target.twitter,
      salutation: target.salutation ?? defaultSalutation,
      timezone: target.timezone,
    })),
    letter: {
      subject: ua.letter.subject,
      body: ua.letter.body,
      closing: ua.letter.closing ?? defaultClosing,
    },
    tweet: ua.tweet ?? defaultTweet,
    callScript: ua.call_script,
    reportUrl: ua.report_url ?? feed.reportUrl,
  };
}

import type { ActionRecord, EntryCache } from '@/utils/db/records';
import { feedItemParserDigest, feedItemParserFactory } from './feed-item-parser';
import { describeIssues } from './issues';
import { normalizeItem } from './normalize';
import { withPrecompiledParser } from './precompiled';
import { feedDocumentSchema, feedItemSchema } from './schema';

/** An item that could not be read, and why (each reason names its JSON path). */
interface SkippedItem {
  id?: string;
  reasons: string[];
  /** Items this entry stands for (those past the limit share one entry); 1 when absent. */
  count?: number;
}

/** Items read from a feed, in feed order (feed-format.md, "Limits"). */
const maxFeedItems = 500;

export interface ParsedFeed {
  title: string;
  organization: string;
  homePageUrl?: string;
  reportUrl?: string;
  language?: string;
  actions: ActionRecord[];
  skipped: SkippedItem[];
  /** RSS and Atom only: the entries read, kept so that they are not read again. */
  entries?: EntryCache[];
}

export type FeedParseResult = { ok: true; feed: ParsedFeed } | { ok: false; problems: string[] };

/**
 * feedItemSchema with zod's compiled parser in front (precompiled.ts): the same
 * answers, several times faster on valid items. Built on first use, not at import.
 */
let compiledItemSchema: typeof feedItemSchema | undefined;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a feed document item by item: a bad envelope rejects the feed, a
 * bad item is skipped and counted, an item without `_urgent_action` is an
 * ordinary post and is ignored. The first item with an id wins.
 */
export function parseFeed(document: unknown, feedKey: string): FeedParseResult {
  const envelope = feedDocumentSchema.safeParse(document);
  if (!envelope.success) return { ok: false, problems: describeIssues(envelope.error.issues) };
  const { title, home_page_url, language, _advocacy, items } = envelope.data;

  const actions: ActionRecord[] = [];
  const skipped: SkippedItem[] = [];
  const seenIds = new Set<string>();
  compiledItemSchema ??= withPrecompiledParser(feedItemSchema, feedItemParserFactory, feedItemParserDigest);
  const itemSchema = compiledItemSchema;
  items.slice(0, maxFeedItems).forEach((raw, index) => {
    if (isRecord(raw) && !('_urgent_action' in raw)) return;
    const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    if (id !== undefined && seenIds.has(id)) {
      skipped.push({ id, reasons: [`items[${index}].id: repeats the id "${id}" of an earlier item`] });
      return;
    }
    if (id !== undefined) seenIds.add(id);
    const item = itemSchema.safeParse(raw);
    if (!item.success) {
      skipped.push({ id, reasons: describeIssues(item.error.issues, `items[${index}]`) });
      return;
    }
    actions.push(normalizeItem(item.data, { key: feedKey, reportUrl: _advocacy.report_url, language }));
  });
  const unread = items.length - maxFeedItems;
  if (unread > 0) {
    skipped.push({
      reasons: [`items[${maxFeedItems}] to items[${items.length - 1}]: only the first ${maxFeedItems} items of a feed are read`],
      count: unread,
    });
  }

  return {
    ok: true,
    feed: {
      title,
      organization: _advocacy.organization,
      homePageUrl: home_page_url,
      reportUrl: _advocacy.report_url,
      language,
      actions,
      skipped,
    },
  };
}

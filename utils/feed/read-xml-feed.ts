/**
 * An RSS or Atom feed read through the importer: each entry's full content, or
 * else its linked page, becomes an action when it reads as an urgent action and
 * is skipped with the importer's reasons when not. An entry already read is
 * never fetched or parsed again unless it changed (id + updated date), and only
 * a few pages are fetched per refresh, one at a time. Loaded with import()
 * (xml-reading.ts): the XML parser and the importer stay out of the pages.
 */
import type { ActionRecord, EntryCache, FeedRecord } from '@/utils/db/records';
import { htmlFragmentText, htmlPageText } from '@/utils/import/html-text';
import { parseUrgentActionText } from '@/utils/import/parse-urgent-action-text';
import { normalizeItem } from './normalize';
import type { ParsedFeed } from './parse';
import { parseXmlFeed, type XmlEntry } from './xml-feed';

/** A page fetched for an entry: its HTML, or why it could not be read. */
export type FetchPage = (url: string) => Promise<{ html: string } | { problem: string }>;

export interface ReadXmlOptions {
  feedKey: string;
  feedUrl: string;
  /** The stored feed: its actions and entry cache are reused. */
  previous?: FeedRecord;
  now: Date;
  fetchPage: FetchPage;
  /** Linked pages fetched at most per read; the rest wait for the next refresh. */
  maxPages?: number;
}

export type ReadXmlResult = { ok: true; feed: ParsedFeed } | { ok: false; message: string };

const defaultMaxPages = 3;

/** A cheap fingerprint of an entry's content, for entries that carry no date. */
function fingerprint(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** What tells a changed entry from the one read before. */
function versionOf(entry: XmlEntry): string {
  return (
    entry.updated ??
    entry.published ??
    `#${fingerprint(`${entry.title}\n${entry.body?.value ?? entry.summary?.value ?? entry.link ?? ''}`)}`
  );
}

const asText = (body: NonNullable<XmlEntry['body']>) => (body.kind === 'html' ? htmlFragmentText(body.value) : body.value);

export async function readXmlFeed(xml: string, options: ReadXmlOptions): Promise<ReadXmlResult> {
  const parsed = parseXmlFeed(xml, options.feedUrl);
  if (!parsed.ok) return parsed;
  const { feed } = parsed;
  const cache = new Map((options.previous?.entries ?? []).map((entry) => [entry.id, entry]));
  const previousActions = new Map((options.previous?.actions ?? []).map((action) => [action.itemId, action]));
  const actions: ActionRecord[] = [];
  const skipped = [...feed.skipped];
  const entries: EntryCache[] = [];
  const taken = new Map<string, string>();
  let pagesLeft = options.maxPages ?? defaultMaxPages;

  // An entry read at an earlier refresh: its action, or its reasons, again.
  const keep = (entry: EntryCache) => {
    const action = entry.itemId ? previousActions.get(entry.itemId) : undefined;
    if (action && !taken.has(action.itemId)) {
      taken.set(action.itemId, entry.id);
      actions.push(action);
    } else if (entry.reasons) skipped.push({ id: entry.id, reasons: entry.reasons });
    entries.push(entry);
  };
  // An entry that does not read as an action, remembered with its reasons until it changes.
  const refuse = (id: string, version: string, reasons: string[]) => {
    skipped.push({ id, reasons });
    entries.push({ id, version, reasons });
  };

  for (const entry of feed.entries) {
    const version = versionOf(entry);
    const cached = cache.get(entry.id);
    if (cached && cached.version === version && (!cached.itemId || previousActions.has(cached.itemId))) {
      keep(cached);
      continue;
    }
    let text: string;
    if (entry.body) text = `${entry.title}\n\n${asText(entry.body)}`;
    else if (entry.link && pagesLeft > 0) {
      pagesLeft--;
      const page = await options.fetchPage(entry.link);
      if ('problem' in page) {
        // Not cached: tried again at the next refresh, and the last good reading stays.
        if (cached) keep(cached);
        else skipped.push({ id: entry.id, reasons: [`${entry.link}: ${page.problem}`] });
        continue;
      }
      text = htmlPageText(page.html);
    } else if (entry.link) {
      if (cached) keep(cached);
      else skipped.push({ id: entry.id, reasons: ['Not read yet: its page is fetched at a later refresh'] });
      continue;
    } else text = `${entry.title}\n\n${entry.summary ? asText(entry.summary) : ''}`;

    const result = parseUrgentActionText(text, { url: entry.link, now: options.now });
    if (!result.ok) {
      refuse(
        entry.id,
        version,
        result.problems.map((problem) => problem.message),
      );
      continue;
    }
    const earlier = taken.get(result.item.id);
    if (earlier !== undefined) {
      refuse(entry.id, version, [`Reads as the same urgent action (${result.item.id}) as the entry "${earlier}"`]);
      continue;
    }
    taken.set(result.item.id, entry.id);
    // The organization's own title for the post beats one the importer had to pick.
    const item = {
      ...result.item,
      ...(entry.title && { title: entry.title }),
      ...(entry.published && { date_published: entry.published }),
      ...((entry.updated ?? entry.published) && { date_modified: entry.updated ?? entry.published }),
    };
    actions.push({ ...normalizeItem(item, { key: options.feedKey, language: feed.language }), fromPage: true });
    entries.push({ id: entry.id, version, itemId: result.item.id });
  }

  return {
    ok: true,
    feed: {
      title: feed.title,
      organization: feed.title,
      homePageUrl: feed.homePageUrl,
      language: feed.language,
      actions,
      skipped,
      entries,
    },
  };
}

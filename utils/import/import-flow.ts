/**
 * Importing an action from the current tab or a pasted text: read, parse,
 * review, save. The parser and the feed schema are loaded only when an import
 * starts, never on the popup's start-up path.
 */
import type { ActionRecord } from '@/utils/action';
import { refreshBadge } from '@/utils/badge';
import type { FeedItem } from '@/utils/feed/schema';
import { saveImportedItem } from './imported-feed';
import type { ParseResult } from './parse-urgent-action-text';
import { readTab } from './read-tab';
import { type ReviewValues, type ReviewErrors, reviewErrors, reviewToItem } from './review';

export async function importFromText(text: string, now: Date, url?: string): Promise<ParseResult> {
  const [{ parseUrgentActionText }, { isAllowedFeedUrl }] = await Promise.all([
    import('./parse-urgent-action-text'),
    import('@/utils/feed/schema'),
  ]);
  // The feed format takes https pages only (http on loopback, for tests).
  return parseUrgentActionText(text, { now, url: url && isAllowedFeedUrl(url) ? url : undefined });
}

/**
 * Reads the tab (its structure and the contacts its links hold). The page becomes
 * the item's url; for an email opened in webmail, the organization's link in it.
 */
export async function importFromTab(tabId: number, now: Date): Promise<ParseResult> {
  const page = await readTab(tabId);
  return importFromText(page.text, now, page.url);
}

/**
 * Import from text: a pasted email (or its raw source) is read as an email, its
 * organization's link becoming the url unless the supporter gave one.
 */
export async function importFromPastedText(text: string, now: Date, url?: string): Promise<ParseResult> {
  const { readPastedText } = await import('./email/read-email');
  const email = readPastedText(text);
  return importFromText(email.text, now, url || email.url);
}

/** An email file (or a saved text) as the text and organization's link for Import from text; undefined if it is neither. */
export async function readImportFile(file: File): Promise<{ text: string; url?: string } | undefined> {
  const { readEmailFile } = await import('./email/read-email');
  const email = readEmailFile(file.name, file.type, new Uint8Array(await file.arrayBuffer()));
  return email && { text: email.text, ...(email.url && { url: email.url }) };
}

export type SaveResult = { ok: true; action: ActionRecord } | ({ ok: false } & ReviewErrors);

/** Validates the reviewed item like any feed item, stores it in the Imported feed and updates the badge. */
export async function saveReview(review: ReviewValues, parsed: FeedItem, now: Date): Promise<SaveResult> {
  const { feedItemSchema } = await import('@/utils/feed/schema');
  const checked = feedItemSchema.safeParse(reviewToItem(review, parsed));
  if (!checked.success) return { ok: false, ...reviewErrors(checked.error.issues) };
  const action = await saveImportedItem(checked.data, now);
  await refreshBadge(now);
  return { ok: true, action };
}

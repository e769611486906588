/**
 * Importing an action from the current tab or a pasted text: read, parse,
 * review, save. The parser and the feed schema are loaded only when an import
 * starts, never on the popup's start-up path.
 */
import type { ActionRecord } from '@/utils/db/records';
import type { FeedItem } from '@/utils/feed/schema';
import { isAllowedFeedUrl } from '@/utils/feed/feed-url';
import { send } from '@/utils/messaging/send';
import { cleanUrl } from './clean-url';
import type { ParseResult } from './parse-urgent-action-text';
import { readTab } from './read-tab';
import { type ReviewValues, type ReviewErrors, reviewErrors, reviewToItem } from './review';

export async function importFromText(text: string, now: Date, url?: string): Promise<ParseResult> {
  const { parseUrgentActionText } = await import('./parse-urgent-action-text');
  // The feed format takes https pages only (http on loopback, for tests); the
  // address is published through {{url}}, so it loses its tracking first.
  return parseUrgentActionText(text, { now, url: url && isAllowedFeedUrl(url) ? cleanUrl(url) : undefined });
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

/** Validates the reviewed item like any feed item (for the form's field errors); the background stores it in the Imported feed. */
export async function saveReview(review: ReviewValues, parsed: FeedItem): Promise<SaveResult> {
  const { feedItemSchema } = await import('@/utils/feed/schema');
  const checked = feedItemSchema.safeParse(reviewToItem(review, parsed));
  if (!checked.success) return { ok: false, ...reviewErrors(checked.error.issues) };
  return { ok: true, action: await send('saveImportedAction', { item: checked.data }) };
}

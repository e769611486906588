/**
 * Actions the supporter imported from a page or a pasted text live in one local
 * feed of their own: it has no URL, so refreshing never touches it.
 */
import type { ActionRecord } from '@/utils/db/records';
import { t } from '@/utils/browser/i18n';
import type { FeedItem } from '@/utils/feed/schema';
import { normalizeItem } from '@/utils/feed/normalize';
import { updateFeed } from '@/utils/db/feeds';

export const importedFeedKey = 'imported';

/** Stores a validated item in the Imported feed; an item with the same id is replaced. */
export async function saveImportedItem(item: FeedItem, now = new Date()): Promise<ActionRecord> {
  const action = normalizeItem(item, { key: importedFeedKey });
  // Read and write in one transaction: two imports saved at once both stay.
  await updateFeed(importedFeedKey, (previous) => ({
    key: importedFeedKey,
    title: t('importedFeedTitle'),
    organization: t('importedFeedOrganization'),
    actions: [...(previous?.actions ?? []).filter((stored) => stored.itemId !== item.id), action],
    skipped: [],
    lastSuccessAt: now.toISOString(),
    failures: 0,
    addedAt: previous?.addedAt ?? now.toISOString(),
  }));
  return action;
}

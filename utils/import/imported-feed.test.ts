import { describe, expect, it } from 'vitest';
import { actionKey } from '@/utils/feed/action';
import type { FeedItem } from '@/utils/feed/schema';
import { getFeed, listFeeds } from '@/utils/db/feeds';
import { importedFeedKey, saveImportedItem } from './imported-feed';

function item(id: string, title: string): FeedItem {
  return {
    id,
    url: 'https://example.org/ua',
    title,
    _urgent_action: {
      reference: 'UA 12.27',
      targets: [{ id: 'prosecutor', name: 'Prosecutor General', email: 'office@example.org' }],
      letter: { subject: 'Release him', body: 'Please release him.' },
    },
  };
}

describe('saveImportedItem', () => {
  it('stores the item, normalized, in a local Imported feed without a URL', async () => {
    const now = new Date('2027-01-05T10:00:00Z');
    const action = await saveImportedItem(item('ua-12-27', 'Release him'), now);
    expect(action).toMatchObject({
      key: actionKey(importedFeedKey, 'ua-12-27'),
      feedKey: 'imported',
      title: 'Release him',
      url: 'https://example.org/ua',
      status: 'active',
      letter: { closing: 'Yours sincerely,' },
    });
    expect(action.targets[0]).toMatchObject({ name: 'Prosecutor General', salutation: 'Dear {{target_name}},', address: [] });
    const feed = await getFeed(importedFeedKey);
    expect(feed).toMatchObject({
      key: 'imported',
      title: 'Imported',
      organization: 'Imported by you',
      failures: 0,
      skipped: [],
      addedAt: now.toISOString(),
    });
    expect(feed?.url).toBeUndefined();
    expect(feed?.actions).toEqual([action]);
  });

  it('replaces an earlier import of the same id and keeps the others', async () => {
    const first = new Date('2027-01-05T10:00:00Z');
    await saveImportedItem(item('ua-12-27', 'First reading'), first);
    await saveImportedItem(item('ua-1-27', 'Another action'), first);
    await saveImportedItem(item('ua-12-27', 'Fixed title'), new Date('2027-01-06T10:00:00Z'));
    const feeds = await listFeeds();
    expect(feeds).toHaveLength(1);
    expect(feeds[0]!.actions.map((action) => [action.itemId, action.title])).toEqual([
      ['ua-1-27', 'Another action'],
      ['ua-12-27', 'Fixed title'],
    ]);
    expect(feeds[0]!.addedAt).toBe(first.toISOString());
  });
});

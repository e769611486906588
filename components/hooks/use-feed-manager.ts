/** Adding, removing and restoring feeds from the options page; the background does the writing. */
import { useState } from 'preact/hooks';
import type { Status } from '@/components/StatusMessage';
import { t, tCount } from '@/utils/browser/i18n';
import type { FeedRecord } from '@/utils/db/records';
import { addFeed } from '@/utils/feed/add-feed';
import { ensureFeedPermission } from '@/utils/feed/feed-permission';
import { send } from '@/utils/messaging/send';

export function useFeedManager(onChanged: () => Promise<void>) {
  const [adding, setAdding] = useState(false);
  /** What Add feed, Remove or Restore did, in words; `problem` makes it an alert. */
  const [status, setStatus] = useState<Status>();
  /** The address whose site's permission the browser could not ask for in the Add click (Firefox). */
  const [needsPermission, setNeedsPermission] = useState<{ permissionUrl: string; address: string }>();

  const add = (url: string) => {
    setAdding(true);
    setNeedsPermission(undefined);
    setStatus({ text: t('addingFeed'), problem: false });
    // addFeed asks for the site's permission when the background needs it, still inside this click.
    void addFeed(url).then(async (result) => {
      setAdding(false);
      if (!result.ok && result.code === 'needs-permission')
        setNeedsPermission({ permissionUrl: result.permissionUrl ?? url, address: url });
      setStatus(
        result.ok
          ? {
              text: tCount(result.feed.actions.length, { one: 'feedAddedOne', other: 'feedAddedOther' }, [
                result.feed.title,
                String(result.feed.actions.length),
              ]),
              problem: false,
            }
          : { text: result.message, problem: true },
      );
      await onChanged();
    });
  };

  /** The prompt must open before any other await of this click. */
  const allow = () => {
    if (!needsPermission) return;
    const { permissionUrl, address } = needsPermission;
    void ensureFeedPermission(permissionUrl).then((allowed) => allowed && add(address));
  };

  const remove = async (feed: FeedRecord) => {
    await send('removeFeed', { key: feed.key });
    setStatus({ text: t('feedRemoved', feed.title), problem: false });
    await onChanged();
  };

  const restoreDefault = async () => {
    await send('restoreDefaultFeed', {});
    setStatus({ text: t('defaultFeedRestored'), problem: false });
    await onChanged();
  };

  return { adding, status, needsPermission, add, allow, remove, restoreDefault };
}

/** Add feed, from the page's click: the background fetches and stores, the page asks for a site's permission. */
import { send } from '@/utils/messaging/send';
import { ensureFeedPermission } from './feed-permission';
import type { FollowResult } from './follow-feed';

/**
 * Follows `address`. When the background could not read a site without its
 * permission, asks for it (still inside the click, where the browser allows a
 * prompt: Chrome keeps the gesture a few seconds, Firefox loses it at the first
 * await, and the result stays `needs-permission` for an "Allow access" button),
 * then tries once more.
 */
export async function addFeed(address: string): Promise<FollowResult> {
  const first = await send('followFeed', { url: address });
  if (first.ok || first.code !== 'needs-permission' || !first.permissionUrl) return first;
  if (!(await ensureFeedPermission(first.permissionUrl))) return first;
  return send('followFeed', { url: address });
}

/**
 * An imported action's address, as it will be published through `{{url}}`:
 * without the fragment and the tracking parameters a newsletter, an ad or a
 * social site added to the tab's address. The other parameters stay as they
 * were written, in their order.
 */

const trackingNames = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'yclid',
  'msclkid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  'ref_src',
  'ref_url',
  '_ga',
  '_gl',
  'srsltid',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  's_cid',
  'wickedid',
  'rb_clickid',
  'ncid',
  'sr_share',
]);

// utm_* (Google Analytics), mc_* (Mailchimp), pk_* and mtm_* (Matomo), hsa_* (HubSpot ads).
const trackingPrefixes = ['utm_', 'mc_', 'pk_', 'mtm_', 'hsa_'];

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return trackingNames.has(lower) || trackingPrefixes.some((prefix) => lower.startsWith(prefix));
}

function decodedName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** The address without its fragment and tracking parameters; text that is no URL comes back as it was. */
export function cleanUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return value;
  }
  url.hash = '';
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTracking(decodedName(pair)));
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return url.href;
}

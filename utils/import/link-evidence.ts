/**
 * What a link tells about a contact that its text may not show: the address of
 * a `mailto:` (or of Cloudflare's email protection), the number of a `tel:`,
 * the handle of an x.com or twitter.com profile.
 */
import { emailFromCloudflareHref } from './cfemail';

export type LinkEvidence = { kind: 'email'; value: string } | { kind: 'phone'; value: string } | { kind: 'twitter'; value: string };

// x.com paths that are pages of the site, not people.
const notHandles = new Set([
  'about',
  'account',
  'compose',
  'download',
  'explore',
  'hashtag',
  'home',
  'i',
  'intent',
  'login',
  'logout',
  'messages',
  'notifications',
  'privacy',
  'search',
  'settings',
  'share',
  'signup',
  'tos',
  'who_to_follow',
]);

const profileUrl = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/(?:#!\/)?@?([A-Za-z0-9_]{1,15})\/?(?:[?#].*)?$/i;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The handle of a profile link, with its `@`; share and search links are not profiles. */
export function twitterHandle(href: string): string | undefined {
  const handle = profileUrl.exec(href.trim())?.[1];
  return handle && !notHandles.has(handle.toLowerCase()) ? `@${handle}` : undefined;
}

export function linkEvidence(href: string): LinkEvidence | undefined {
  const trimmed = href.trim();
  const mailto = /^mailto:([^?]*)/i.exec(trimmed);
  if (mailto) {
    const addresses = safeDecode(mailto[1]!)
      .split(/[,;]/)
      .map((address) => address.trim())
      .filter((address) => /^[^@\s]+@[^@\s]+$/.test(address));
    return addresses.length > 0 ? { kind: 'email', value: addresses.join(', ') } : undefined;
  }
  const protectedAddress = emailFromCloudflareHref(trimmed);
  if (protectedAddress) return { kind: 'email', value: protectedAddress };
  const tel = /^tel:([^;?]*)/i.exec(trimmed);
  if (tel) {
    const number = safeDecode(tel[1]!).trim();
    return /\d{4,}|(?:\d[\s.()-]*){6,}/.test(number) ? { kind: 'phone', value: number } : undefined;
  }
  const handle = twitterHandle(trimmed);
  return handle ? { kind: 'twitter', value: handle } : undefined;
}

/**
 * The address a webmail's or mailer's redirect stands for: Outlook's Safe Links
 * (`…safelinks.protection.outlook.com/?url=`) and Google's `google.com/url?q=`.
 */
export function unwrapRedirect(href: string): string {
  try {
    const url = new URL(href);
    if (/(?:^|\.)safelinks\.protection\.outlook\.com$/i.test(url.hostname)) return url.searchParams.get('url') ?? href;
    if (/^(?:www\.)?google\.[a-z.]+$/i.test(url.hostname) && url.pathname === '/url') {
      return url.searchParams.get('q') ?? url.searchParams.get('url') ?? href;
    }
  } catch {
    // Not an absolute URL: nothing to unwrap.
  }
  return href;
}

/** A link's own address: Outlook on the web keeps the sender's in `originalsrc` when it rewrites `href`. */
export function linkTarget(link: { getAttribute(name: string): string | null }): string | undefined {
  const href = link.getAttribute('originalsrc') ?? link.getAttribute('href');
  return href ? unwrapRedirect(href.trim()) : undefined;
}

const digits = (text: string) => text.replace(/\D/g, '');

/**
 * Whether the link's text already shows what the link holds. A number counts as
 * shown when the text's digits end it, written nationally ("022 733 02 03" for
 * "+41227330203") or in full.
 */
export function isShown(evidence: LinkEvidence, text: string): boolean {
  const lower = text.toLowerCase();
  switch (evidence.kind) {
    case 'email':
      return evidence.value.split(', ').every((address) => lower.includes(address.toLowerCase()));
    case 'twitter':
      return new RegExp(`${evidence.value}(?![A-Za-z0-9_])`, 'i').test(text);
    case 'phone': {
      const shown = digits(text).replace(/^0+/, '');
      const number = digits(evidence.value);
      return shown.length >= 6 && (shown.includes(number) || number.endsWith(shown));
    }
  }
}

const placeholder = /^\[\s*email\s*protected\s*\]$/i;

/**
 * Whether the evidence should replace the text rather than follow it: the text is
 * Cloudflare's placeholder, the bare handle, or the link's own address.
 */
export function replacesText(evidence: LinkEvidence, text: string, href: string): boolean {
  const shown = text.trim();
  if (!shown) return true;
  if (placeholder.test(shown)) return true;
  const plain = (url: string) =>
    url
      .replace(/^(?:https?:\/\/)?(?:www\.)?/i, '')
      .replace(/\/$/, '')
      .toLowerCase();
  if (plain(shown) === plain(href)) return true;
  return evidence.kind === 'twitter' && shown.toLowerCase() === evidence.value.slice(1).toLowerCase();
}

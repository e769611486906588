/**
 * Which addresses the extension may fetch a feed from, and link to from one:
 * https, never a loopback address. Development and e2e builds also take plain
 * http on loopback, for local test servers; the shipped build has no such
 * allowance at all (Vite writes MODE into the bundle, and the branch is dropped).
 */

/** Command-line tools (feed:check) run without Vite, hence without import.meta.env. */
export const loopbackAllowed: boolean = import.meta.env?.MODE !== 'production';

const ipv4Loopback = /^(127|0)\.\d+\.\d+\.\d+$/;
// `::1`, `::`, and IPv4-mapped 127.0.0.0/8 or 0.0.0.0/8 (URL writes them in hex).
const ipv6Loopback = /^\[(::1?|::ffff:(7f[0-9a-f]{2}|0{1,4}):[0-9a-f]{1,4})\]$/;

/**
 * A host that names this machine, as URL writes it: URL already turns `127.1`,
 * `0x7f000001` and `2130706433` into `127.0.0.1`, and lower-cases names.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/\.$/, '');
  return host === 'localhost' || host.endsWith('.localhost') || ipv4Loopback.test(host) || ipv6Loopback.test(host);
}

/** https, not on loopback; plain http (or https) on loopback only where `allowLoopback`. */
export function isAllowedFeedUrl(value: string, allowLoopback = loopbackAllowed): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (isLoopbackHost(url.hostname)) return allowLoopback;
  return url.protocol === 'https:';
}

/**
 * Fetching a feed, for the background and for the popup's Refresh: https only,
 * a timeout, a size cap enforced while streaming, conditional requests, and the
 * body read defensively (feed-json.ts). Every failure resolves to a problem with
 * a stable code; only the caller's own `signal` makes it reject.
 */
import { discoverFeedUrl } from './discover-feed';
import { type FetchProblem, readFeedBody } from './feed-json';
import { isAllowedFeedUrl } from './feed-url';

export type FetchFeedResult =
  | { kind: 'not-modified' }
  | { kind: 'ok'; document: unknown; etag?: string; lastModified?: string; bytes: number; finalUrl: string }
  /** An RSS or Atom document, still to be read (read-xml-feed.ts). */
  | { kind: 'xml'; text: string; etag?: string; lastModified?: string; bytes: number; finalUrl: string }
  | { kind: 'error'; problem: FetchProblem };

/** What one request can bring back, a web page included (to look for its feed). */
export type FetchDocumentResult = FetchFeedResult | { kind: 'page'; html: string; finalUrl: string };

export interface FetchFeedOptions {
  /** From the last good response: sent as If-None-Match. */
  etag?: string;
  /** From the last good response: sent as If-Modified-Since. */
  lastModified?: string;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

const defaultTimeoutMs = 10_000;
const defaultMaxBytes = 5 * 1024 * 1024;

const failure = (code: FetchProblem['code'], message: string, status?: number): FetchFeedResult => ({
  kind: 'error',
  problem: status === undefined ? { code, message } : { code, message, status },
});

const offline = () => failure('offline', 'Could not reach the feed (offline?)');
const tooLarge = (maxBytes: number) => failure('too-large', `The feed is larger than ${formatBytes(maxBytes)}`);
const pageNotFeed = () => failure('not-a-feed', 'This address returned a web page, not a feed');

function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Number((bytes / 1024).toFixed(1))} KB`;
}

type Read = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'too-large' };

/** Reads at most maxBytes; past that it stops at once and drops the connection. */
async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number, stop: () => void): Promise<Read> {
  if (!body) return { kind: 'bytes', bytes: new Uint8Array() };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      stop();
      reader.cancel().catch(() => {});
      return { kind: 'too-large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { kind: 'bytes', bytes };
}

/**
 * The body as text. An XML document may declare another encoding than UTF-8
 * (ISO-8859-1, windows-1252); bytes that are not valid in the declared
 * encoding give undefined rather than a text silently full of U+FFFD.
 */
function decodeBody(bytes: Uint8Array, contentType: string): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  // JSON and pages keep the lenient UTF-8 reading; feeds in XML are read strictly.
  if (!/^(?:\xEF\xBB\xBF)?\s*<(?:\?xml|rss|feed|[\w-]+:(?:rss|feed))\b/.test(head)) return new TextDecoder().decode(bytes);
  const declared = /^(?:\xEF\xBB\xBF)?<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
  const label = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ?? declared ?? 'utf-8';
  try {
    // TextDecoder drops a UTF-8 byte-order mark by default.
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    // An unknown label, or bytes not valid in it.
    return undefined;
  }
}

async function request(url: string, options: FetchFeedOptions): Promise<FetchDocumentResult> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const timeout = AbortSignal.timeout(timeoutMs);
  // Aborted by us: a body too large, or left unread (a 304, an error page).
  const controller = new AbortController();
  const signal = AbortSignal.any([timeout, controller.signal, ...(options.signal ? [options.signal] : [])]);

  const headers: Record<string, string> = {
    Accept: 'application/feed+json, application/json;q=0.9, application/rss+xml;q=0.8, application/atom+xml;q=0.8, */*;q=0.1',
  };
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
  try {
    options.signal?.throwIfAborted();
    // A service worker cannot follow a redirect itself: with `redirect: 'manual'`
    // it gets an opaque response without the Location. So the browser follows,
    // the extension's CSP (connect-src, wxt.config.ts) refuses any hop to plain
    // http before it is requested, and the address it ended at is checked here.
    const response = await (options.fetch ?? fetch)(url, {
      headers,
      signal,
      credentials: 'omit',
      redirect: 'follow',
    });
    const finalUrl = response.url || url;
    if (!isAllowedFeedUrl(finalUrl)) return failure('not-allowed', 'The feed redirected to an address that is not allowed');
    if (response.status === 304) return { kind: 'not-modified' };
    if (response.status === 404 || response.status === 410) {
      return failure('not-found', 'There is no feed at this address', response.status);
    }
    if (!response.ok) return failure('http-error', `The server answered with an error (HTTP ${response.status})`, response.status);
    if (Number(response.headers.get('Content-Length')) > maxBytes) {
      controller.abort();
      return tooLarge(maxBytes);
    }

    const read = await readCapped(response.body, maxBytes, () => controller.abort());
    if (read.kind === 'too-large') return tooLarge(maxBytes);
    const contentType = response.headers.get('Content-Type') ?? '';
    const text = decodeBody(read.bytes, contentType);
    if (text === undefined) return failure('invalid', 'The feed is not valid text in the encoding it declares');
    const body = readFeedBody(text, contentType);
    if (body.kind === 'problem') return { kind: 'error', problem: body.problem };
    if (body.kind === 'page') return { kind: 'page', html: body.html, finalUrl };
    const meta = {
      etag: response.headers.get('ETag') ?? undefined,
      lastModified: response.headers.get('Last-Modified') ?? undefined,
      bytes: read.bytes.byteLength,
      finalUrl,
    };
    return body.kind === 'xml' ? { kind: 'xml', text: body.text, ...meta } : { kind: 'ok', document: body.document, ...meta };
  } catch (error) {
    if (timeout.aborted && !options.signal?.aborted)
      return failure('timeout', `The feed did not answer within ${timeoutMs / 1000} seconds`);
    if (options.signal?.aborted) throw options.signal.reason;
    // Network failures are TypeErrors; so is a request the browser blocked for CORS or the CSP.
    if (error instanceof TypeError) return offline();
    throw error;
  } finally {
    // Releases the connection of a body left unread (a 304, an error page).
    controller.abort();
  }
}

/**
 * One address, as it answers: a feed, a 304, a problem, or a web page.
 * Resolves to `not-allowed` without any request for an address that is not
 * https, or is on loopback (feed-url.ts).
 */
export async function fetchDocument(url: string, options: FetchFeedOptions = {}): Promise<FetchDocumentResult> {
  if (!isAllowedFeedUrl(url)) return failure('not-allowed', 'Feeds must use an https address, not on this machine');
  const result = await request(url, options);
  if (result.kind !== 'error' || result.problem.code !== 'offline' || !(options.etag || options.lastModified)) return result;
  // If-None-Match and If-Modified-Since make a cross-origin request need a CORS
  // preflight that many static hosts do not answer, although the plain request
  // works: the feed would never refresh again. Ask once more without them.
  return request(url, { ...options, etag: undefined, lastModified: undefined });
}

/** A feed at this exact address; a web page here is `not-a-feed`. */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const result = await fetchDocument(url, options);
  return result.kind === 'page' ? pageNotFeed() : result;
}

/**
 * A feed, or the feed an organization's web page names with `<link rel="alternate"
 * type="application/feed+json">`, followed once. Store `finalUrl`: it is the feed's
 * address, not the page's. `fetchAt` lets feed-permission.ts ask for each origin.
 */
export async function fetchFeedFollowingPage(
  url: string,
  options: FetchFeedOptions = {},
  fetchAt: (url: string, options: FetchFeedOptions) => Promise<FetchDocumentResult> = fetchDocument,
): Promise<FetchFeedResult> {
  const first = await fetchAt(url, options);
  if (first.kind !== 'page') return first;
  const feedUrl = discoverFeedUrl(first.html, first.finalUrl);
  if (!feedUrl) return pageNotFeed();
  // The validators belonged to the page.
  const second = await fetchAt(feedUrl, { ...options, etag: undefined, lastModified: undefined });
  return second.kind === 'page' ? pageNotFeed() : second;
}

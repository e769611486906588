/**
 * Fetching a feed, used by the background and by Refresh: https only, a
 * timeout, a size cap read as a stream, conditional requests, and JSON parsed
 * defensively. Every failure is a problem with a stable code, never a throw.
 */
import type { FeedProblem } from '@/utils/feeds';
import { discoverFeedUrl } from './discover-feed';
import { isAllowedFeedUrl } from './schema';

export type FetchProblem = Omit<FeedProblem, 'at'> & { status?: number };

export type FetchFeedResult =
  | { kind: 'not-modified' }
  | { kind: 'ok'; document: unknown; etag?: string; lastModified?: string; bytes: number; finalUrl: string }
  | { kind: 'error'; problem: FetchProblem };

export interface FetchFeedOptions {
  etag?: string;
  lastModified?: string;
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
}

export const defaultTimeoutMs = 10_000;
export const defaultMaxBytes = 5 * 1024 * 1024;
const maxNesting = 64;

const fail = (code: FeedProblem['code'], message: string, status?: number): FetchFeedResult => ({
  kind: 'error',
  problem: { code, message, ...(status === undefined ? {} : { status }) },
});

class TooLarge extends Error {}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Deeper than this is no feed but an attack on the parser; checked without recursion. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === '}' || char === ']') depth--;
  }
  return deepest;
}

const looksLikeHtml = (text: string) => /^\s*</.test(text);

type Body = { kind: 'json'; document: unknown } | { kind: 'html'; text: string } | { kind: 'error'; result: FetchFeedResult };

function parseBody(text: string, contentType: string): Body {
  if (contentType.includes('text/html') || looksLikeHtml(text)) return { kind: 'html', text };
  if (nestingDepth(text) > maxNesting) return { kind: 'error', result: fail('invalid', `The feed is nested deeper than ${maxNesting} levels.`) };
  try {
    return { kind: 'json', document: JSON.parse(text) };
  } catch (error) {
    return { kind: 'error', result: fail('not-a-feed', `The feed is not valid JSON (${(error as Error).message}).`) };
  }
}

async function fetchOnce(url: string, options: FetchFeedOptions): Promise<{ result: FetchFeedResult; html?: string }> {
  if (!isAllowedFeedUrl(url)) return { result: fail('not-allowed', 'Feeds must use https: (http: only on this computer).') };
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? defaultTimeoutMs);
  const headers: Record<string, string> = { Accept: 'application/feed+json, application/json;q=0.9, text/html;q=0.5' };
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
  try {
    const response = await (options.fetch ?? fetch)(url, {
      headers,
      signal: controller.signal,
      credentials: 'omit',
      redirect: 'follow',
    });
    if (response.status === 304) return { result: { kind: 'not-modified' } };
    if (response.status === 404 || response.status === 410) {
      return { result: fail('not-found', 'There is no feed at this address (not found).', response.status) };
    }
    if (!response.ok) return { result: fail('http-error', `The server answered with an error (HTTP ${response.status}).`, response.status) };
    if (Number(response.headers.get('Content-Length') ?? 0) > maxBytes) {
      await response.body?.cancel();
      return { result: fail('too-large', 'The feed is larger than 5 MB.') };
    }
    const bytes = await readCapped(response, maxBytes);
    // TextDecoder drops a UTF-8 byte-order mark.
    const text = new TextDecoder('utf-8').decode(bytes);
    const body = parseBody(text, response.headers.get('Content-Type') ?? '');
    if (body.kind === 'error') return { result: body.result };
    if (body.kind === 'html') {
      return { result: fail('not-a-feed', 'This address returned a web page, not a feed.'), html: body.text };
    }
    return {
      result: {
        kind: 'ok',
        document: body.document,
        etag: response.headers.get('ETag') ?? undefined,
        lastModified: response.headers.get('Last-Modified') ?? undefined,
        bytes: bytes.byteLength,
        finalUrl: response.url || url,
      },
    };
  } catch (error) {
    if (error instanceof TooLarge) return { result: fail('too-large', 'The feed is larger than 5 MB.') };
    if (controller.signal.aborted) return { result: fail('timeout', 'The feed did not answer within 10 seconds.') };
    return { result: fail('offline', 'Could not reach the feed (offline, or the site refused).') };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches a feed. An organization's web page that names its feed with
 * `<link rel="alternate" type="application/feed+json">` is followed to it, once.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const first = await fetchOnce(url, options);
  if (first.html === undefined) return first.result;
  const feedUrl = discoverFeedUrl(first.html, url);
  if (!feedUrl || feedUrl === url) return first.result;
  const second = await fetchOnce(feedUrl, { ...options, etag: undefined, lastModified: undefined });
  return second.result;
}

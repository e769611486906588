/**
 * Reading a fetched body as a JSON Feed document, defensively: a web page, a
 * cut-short download or a pathologically nested document each get their own problem.
 */
import type { FeedProblem } from '@/utils/db/records';

/** `code` is stable, for the UI to translate; `message` is one plain English sentence. */
export interface FetchProblem {
  code: FeedProblem['code'];
  message: string;
  status?: number;
  /** For `needs-permission`: the address whose site must be allowed. */
  url?: string;
}

/** Far deeper than any feed; deeper is an attack on whatever walks the document. */
export const maxNesting = 64;

interface JsonShape {
  deepest: number;
  /** Brackets or a string still open at the end: the download was cut short. */
  unclosed: boolean;
}

/** One pass over the text, counting brackets outside strings: no recursion, no parse. */
export function jsonShape(text: string): JsonShape {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // backslash: the next character is escaped
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (code === 0x5d || code === 0x7d) depth--;
  }
  return { deepest, unclosed: inString || depth > 0 };
}

export type FeedBody =
  | { kind: 'json'; document: unknown }
  /** RSS or Atom, read later by read-xml-feed.ts. */
  | { kind: 'xml'; text: string }
  | { kind: 'page'; html: string }
  | { kind: 'problem'; problem: FetchProblem };

const notAFeed = (message: string): FeedBody => ({ kind: 'problem', problem: { code: 'not-a-feed', message } });

/** Sorts a decoded body (TextDecoder has already dropped any byte-order mark). */
export function readFeedBody(text: string, contentType: string): FeedBody {
  const type = contentType.toLowerCase();
  const start = text.trimStart();
  if (start.startsWith('<') || type.includes('html')) {
    if (/^<rdf:rdf\b/im.test(start.slice(0, 4096)))
      return notAFeed('This address returned an RSS 1.0 feed, which is not read: only RSS 2.0, Atom and JSON feeds are');
    // An XML prolog, comments or a doctype may come before the root element.
    return /^(?:<\?xml[^>]*>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>|\s)*<(?:[\w-]+:)?(rss|feed)\b/i.test(start.slice(0, 4096))
      ? { kind: 'xml', text }
      : { kind: 'page', html: text };
  }
  if (start === '') return notAFeed('The feed is empty');
  const shape = jsonShape(text);
  if (shape.deepest > maxNesting) {
    return { kind: 'problem', problem: { code: 'invalid', message: `The feed is nested more than ${maxNesting} levels deep` } };
  }
  if (shape.unclosed) return notAFeed('The feed is cut short (incomplete JSON)');
  try {
    return { kind: 'json', document: JSON.parse(text) };
  } catch {
    return notAFeed('The feed is not valid JSON');
  }
}

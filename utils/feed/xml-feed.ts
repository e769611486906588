/**
 * RSS 2.0 and Atom documents as a list of entries, in the background (no
 * DOMParser in an MV3 service worker). @rgrove/parse-xml never expands an entity
 * a DTD declares: only the five predefined ones and numeric references are
 * decoded, and any other entity is an error. Loaded with import() from
 * read-xml-feed.ts only, so it stays out of the pages' bundles.
 */
import { parseXml, XmlCdata, XmlElement, type XmlNode, XmlText } from '@rgrove/parse-xml';
import { parseFeedDate } from './feed-date';

const atomNs = 'http://www.w3.org/2005/Atom';
const contentNs = 'http://purl.org/rss/1.0/modules/content/';
const dcNs = 'http://purl.org/dc/elements/1.1/';
const xhtmlNs = 'http://www.w3.org/1999/xhtml';

export interface XmlEntry {
  /** The guid or Atom id; the link when there is none. */
  id: string;
  title: string;
  /** Absolute. */
  link?: string;
  /** ISO 8601 instants. */
  updated?: string;
  published?: string;
  /** The entry's whole text when the feed carries it (content:encoded, Atom content). */
  body?: { kind: 'html' | 'text'; value: string };
  /** The short description or summary, for an entry without a body or a link. */
  summary?: { kind: 'html' | 'text'; value: string };
}

export interface XmlFeed {
  format: 'rss' | 'atom';
  title: string;
  homePageUrl?: string;
  language?: string;
  entries: XmlEntry[];
  /** Entries left out before reading, with why (a repeated id, no id at all). */
  skipped: { id?: string; reasons: string[] }[];
}

export type XmlFeedResult = { ok: true; feed: XmlFeed } | { ok: false; message: string };

const fail = (message: string): XmlFeedResult => ({ ok: false, message });

/** The namespace of a qualified name, looked up through the element and its ancestors. */
function namespaceOf(element: XmlElement, prefix: string): string | undefined {
  const attribute = prefix ? `xmlns:${prefix}` : 'xmlns';
  for (let node: XmlElement | null = element; node; node = node.parent instanceof XmlElement ? node.parent : null) {
    const value = node.attributes[attribute];
    if (value !== undefined) return value;
  }
  return undefined;
}

function expandedName(element: XmlElement): { ns?: string; local: string } {
  const colon = element.name.indexOf(':');
  const prefix = colon === -1 ? '' : element.name.slice(0, colon);
  return { ns: namespaceOf(element, prefix), local: colon === -1 ? element.name : element.name.slice(colon + 1) };
}

const elements = (node: XmlElement): XmlElement[] => node.children.filter((child) => child instanceof XmlElement);

function children(node: XmlElement, ns: string | undefined, local: string): XmlElement[] {
  return elements(node).filter((child) => {
    const name = expandedName(child);
    return name.local === local && (name.ns ?? '') === (ns ?? '');
  });
}

const child = (node: XmlElement, ns: string | undefined, local: string) => children(node, ns, local)[0];
const text = (node: XmlElement | undefined) => node?.text.trim() || undefined;

/** The element's xml:base, through its ancestors, resolved against the feed's address. */
function baseOf(element: XmlElement, feedUrl: string): string {
  const chain: string[] = [];
  for (let node: XmlElement | null = element; node; node = node.parent instanceof XmlElement ? node.parent : null) {
    const base = node.attributes['xml:base'];
    if (base) chain.unshift(base);
  }
  return chain.reduce((base, href) => resolve(href, base) ?? base, feedUrl);
}

function resolve(href: string | undefined, base: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Atom `type="xhtml"` content back to markup, for the same HTML reader as the rest. */
function serialize(nodes: readonly XmlNode[]): string {
  return nodes
    .map((node) => {
      if (node instanceof XmlText || node instanceof XmlCdata) return escapeHtml(node.text);
      if (!(node instanceof XmlElement)) return '';
      const attributes = Object.entries(node.attributes)
        .filter(([name]) => !name.startsWith('xmlns'))
        .map(([name, value]) => ` ${name}="${escapeHtml(value).replace(/"/g, '&quot;')}"`)
        .join('');
      const local = expandedName(node).local;
      return `<${local}${attributes}>${serialize(node.children)}</${local}>`;
    })
    .join('');
}

/** An Atom text construct (title, summary, content) as HTML or plain text. */
function atomText(element: XmlElement | undefined): XmlEntry['body'] {
  if (!element || element.attributes.src) return undefined;
  const type = element.attributes.type ?? 'text';
  if (type === 'xhtml') {
    const div = elements(element).find((node) => expandedName(node).local === 'div' && expandedName(node).ns === xhtmlNs);
    const value = serialize(div ? div.children : element.children).trim();
    return value ? { kind: 'html', value } : undefined;
  }
  const value = element.text.trim();
  if (!value) return undefined;
  return { kind: type === 'html' || type === 'text/html' ? 'html' : 'text', value };
}

function plainTitle(body: XmlEntry['body']): string {
  if (!body) return '';
  if (body.kind === 'text') return body.value;
  return body.value
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(amp|lt|gt|quot|#39|apos);/g,
      (entity) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" })[entity] ?? entity,
    );
}

function date(value: string | undefined): string | undefined {
  return value ? parseFeedDate(value) : undefined;
}

function readRss(channel: XmlElement, feedUrl: string): XmlFeed {
  const entries = children(channel, undefined, 'item').map((item): XmlEntry => {
    const link = resolve(text(child(item, undefined, 'link')), feedUrl);
    const guid = text(child(item, undefined, 'guid'));
    const encoded = text(child(item, contentNs, 'encoded'));
    const description = text(child(item, undefined, 'description'));
    const published = date(text(child(item, undefined, 'pubDate')) ?? text(child(item, dcNs, 'date')));
    return {
      id: guid ?? link ?? '',
      title: text(child(item, undefined, 'title')) ?? '',
      ...(link && { link }),
      ...(published && { published }),
      ...(encoded && { body: { kind: 'html' as const, value: encoded } }),
      ...(description && { summary: { kind: 'html' as const, value: description } }),
    };
  });
  return withUniqueIds('rss', {
    title: text(child(channel, undefined, 'title')) ?? new URL(feedUrl).hostname,
    homePageUrl: resolve(text(child(channel, undefined, 'link')), feedUrl),
    language: text(child(channel, undefined, 'language')),
    entries,
  });
}

function atomLink(element: XmlElement, feedUrl: string): string | undefined {
  const links = children(element, atomNs, 'link');
  const alternate = links.find((link) => (link.attributes.rel ?? 'alternate') === 'alternate') ?? links[0];
  return alternate ? resolve(alternate.attributes.href, baseOf(alternate, feedUrl)) : undefined;
}

function readAtom(feed: XmlElement, feedUrl: string): XmlFeed {
  const entries = children(feed, atomNs, 'entry').map((entry): XmlEntry => {
    const link = atomLink(entry, feedUrl);
    const id = text(child(entry, atomNs, 'id'));
    const updated = date(text(child(entry, atomNs, 'updated')));
    const published = date(text(child(entry, atomNs, 'published')));
    const body = atomText(child(entry, atomNs, 'content'));
    const summary = atomText(child(entry, atomNs, 'summary'));
    return {
      id: id ?? link ?? '',
      title: plainTitle(atomText(child(entry, atomNs, 'title'))).trim(),
      ...(link && { link }),
      ...(updated && { updated }),
      ...(published && { published }),
      ...(body && { body }),
      ...(summary && { summary }),
    };
  });
  return withUniqueIds('atom', {
    title: plainTitle(atomText(child(feed, atomNs, 'title'))).trim() || new URL(feedUrl).hostname,
    homePageUrl: atomLink(feed, feedUrl),
    language: feed.attributes['xml:lang'],
    entries,
  });
}

/** The first entry with an id wins; one without any id cannot be told apart from the next. */
function withUniqueIds(format: XmlFeed['format'], feed: Omit<XmlFeed, 'format' | 'skipped'>): XmlFeed {
  const seen = new Set<string>();
  const entries: XmlEntry[] = [];
  const skipped: XmlFeed['skipped'] = [];
  feed.entries.forEach((entry, index) => {
    if (!entry.id) skipped.push({ reasons: [`entry ${index + 1} ("${entry.title}"): has no id and no link`] });
    else if (seen.has(entry.id))
      skipped.push({ id: entry.id, reasons: [`entry ${index + 1}: repeats the id "${entry.id}" of an earlier entry`] });
    else {
      seen.add(entry.id);
      entries.push(entry);
    }
  });
  return { format, ...feed, entries, skipped };
}

/** A document type with declarations: entities we will not expand, so we do not read it at all. */
const declaresEntities = /<!DOCTYPE[^>[]*\[[\s\S]*?<!ENTITY/i;

/** Reads an RSS 2.0 or Atom document; every failure is one plain sentence. */
export function parseXmlFeed(xml: string, feedUrl: string): XmlFeedResult {
  if (declaresEntities.test(xml.slice(0, 64 * 1024))) return fail('The feed declares its own XML entities, which are not read for safety');
  let root: XmlElement | null;
  try {
    root = parseXml(xml).root;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(`The feed is not well-formed XML: ${message}`);
  }
  if (!root) return fail('The feed is empty');
  const name = expandedName(root);
  if (name.local === 'rss') {
    const channel = child(root, undefined, 'channel');
    return channel ? { ok: true, feed: readRss(channel, feedUrl) } : fail('The RSS feed has no channel');
  }
  if (name.local === 'feed' && name.ns === atomNs) return { ok: true, feed: readAtom(root, feedUrl) };
  return fail(`The document is <${root.name}>, not an RSS 2.0 or Atom feed`);
}

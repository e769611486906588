/**
 * Finds the feed an organization's web page names with `<link rel="alternate"
 * type="application/feed+json" href="...">` (or `application/rss+xml`, `application/atom+xml`).
 * A small tokenizer rather than DOMParser, which the background service worker
 * lacks. It reads the page once from start to end, as HTML does, so a page with
 * unbalanced quotes costs linear time, not a regex backtracking over every tag.
 */

interface Tag {
  name: string;
  attributes: Map<string, string>;
}

// Elements whose content is text, not markup: a link inside them is no link.
const rawTextElements = new Set(['script', 'style', 'template', 'textarea', 'title', 'noscript']);
const tagName = /[a-zA-Z][^\s/>]*/y;
const space = /[\t\n\f\r ]/;

const namedEntities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return namedEntities[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** Attributes from `from` to the tag's `>`; undefined when the page ends inside the tag. */
function readAttributes(html: string, from: number): { attributes: Map<string, string>; end: number } | undefined {
  const attributes = new Map<string, string>();
  let i = from;
  const skipSpace = () => {
    while (i < html.length && space.test(html[i]!)) i++;
  };
  while (i < html.length) {
    skipSpace();
    const char = html[i];
    if (char === '>') return { attributes, end: i + 1 };
    if (char === '/') {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < html.length && !/[\t\n\f\r />=]/.test(html[i]!)) i++;
    if (i === nameStart) i++; // a stray `=`
    const name = html.slice(nameStart, i).toLowerCase();
    skipSpace();
    let value = '';
    if (html[i] === '=') {
      i++;
      skipSpace();
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close === -1) return undefined;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < html.length && !/[\t\n\f\r >]/.test(html[i]!)) i++;
        value = html.slice(valueStart, i);
      }
    }
    // As in HTML, the first of a repeated attribute wins.
    if (name && !attributes.has(name)) attributes.set(name, decodeEntities(value));
  }
  return undefined;
}

/** The start tags of a page, in order, outside comments and raw-text elements. */
function* startTags(html: string): Generator<Tag> {
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open === -1) return;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      if (close === -1) return;
      i = close + 3;
      continue;
    }
    const isEndTag = html[open + 1] === '/';
    tagName.lastIndex = open + (isEndTag ? 2 : 1);
    const name = tagName.exec(html)?.[0].toLowerCase();
    if (!name) {
      // `<!doctype>`, `<?xml ?>` and the like end at the next `>`; a lone `<` is text.
      const bogus = html[open + 1] === '!' || html[open + 1] === '?' || isEndTag;
      i = bogus ? html.indexOf('>', open) + 1 || html.length : open + 1;
      continue;
    }
    const tag = readAttributes(html, tagName.lastIndex);
    if (!tag) return;
    i = tag.end;
    if (isEndTag) continue;
    yield { name, attributes: tag.attributes };
    if (rawTextElements.has(name)) {
      const closing = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
      closing.lastIndex = i;
      const match = closing.exec(html);
      if (!match) return;
      i = match.index;
    }
  }
}

function resolve(href: string, base: string): string | undefined {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

const mimeEssence = (type: string) => (type.split(';')[0] ?? '').trim().toLowerCase();

const feedTypes = ['application/feed+json', 'application/rss+xml', 'application/atom+xml'];

/**
 * The feed the page links to, as an absolute URL: our JSON Feed when it names
 * one, else its first RSS or Atom feed; undefined when it names none.
 */
export function discoverFeedUrl(html: string, pageUrl: string): string | undefined {
  let base = pageUrl;
  let baseSeen = false;
  const found = new Map<string, string>();
  for (const { name, attributes } of startTags(html)) {
    const href = attributes.get('href');
    if (name === 'base' && !baseSeen && href !== undefined) {
      baseSeen = true;
      base = resolve(href, pageUrl) ?? pageUrl;
      continue;
    }
    if (name !== 'link' || !href) continue;
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/);
    const type = mimeEssence(attributes.get('type') ?? '');
    if (!rel.includes('alternate') || !feedTypes.includes(type)) continue;
    const url = resolve(href, base);
    const kind = type === 'application/feed+json' ? 'json' : 'xml';
    if (url && !found.has(kind)) found.set(kind, url);
  }
  return found.get('json') ?? found.get('xml');
}

/**
 * Finds the JSON Feed an organization's web page names with
 * `<link rel="alternate" type="application/feed+json" href="...">`.
 * A small tokenizer rather than DOMParser: the background service worker has no DOM.
 */

// A tag whose quoted attribute values may hold `>`.
const linkTag = /<link\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const baseTag = /<base\b(?:[^>"']|"[^"]*"|'[^']*')*>/i;
const attribute = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
// Markup that is not the page's own links: commented out, or text of scripts and styles.
const inert = /<!--[\s\S]*?-->|<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi;

const namedEntities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return namedEntities[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

function attributesOf(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  // Skip `<link` / `<base` itself; the first value of a repeated attribute wins, as in HTML.
  for (const match of tag.slice(5, -1).matchAll(attribute)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!found.has(name)) found.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return found;
}

const mimeEssence = (type: string) => (type.split(';')[0] ?? '').trim().toLowerCase();

function resolve(href: string, base: string): string | undefined {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

/** The first feed the page links to, as an absolute URL; undefined when it names none. */
export function discoverFeedUrl(html: string, pageUrl: string): string | undefined {
  const markup = html.replace(inert, '');
  const baseHref = baseTag.exec(markup)?.[0];
  const base = (baseHref && resolve(attributesOf(baseHref).get('href') ?? '', pageUrl)) || pageUrl;
  for (const [tag] of markup.matchAll(linkTag)) {
    const attrs = attributesOf(tag);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/);
    const href = attrs.get('href');
    if (!rel.includes('alternate') || mimeEssence(attrs.get('type') ?? '') !== 'application/feed+json' || !href) continue;
    const url = resolve(href, base);
    if (url) return url;
  }
  return undefined;
}

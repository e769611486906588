/**
 * An entry's HTML as the lines of text the importer reads, without a DOM: the
 * MV3 service worker has no DOMParser. Block elements and `<br>` break lines,
 * list items become "• " bullets, script and style are dropped, entities are
 * decoded, and the addresses behind mailto:, tel: and x.com links are written
 * out, since a contact's email is often only in the link.
 * (To be unified with the tab reader in utils/import/ later.)
 */

const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);
// Paragraph-like elements leave a blank line, so the importer sees paragraphs.
const paragraphElements = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table', 'pre']);
const droppedElements = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'head', 'nav', 'form']);

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  iacute: 'í',
  oacute: 'ó',
  ocirc: 'ô',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  Eacute: 'É',
  Aacute: 'Á',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  Ntilde: 'Ñ',
  Ccedil: 'Ç',
  iquest: '¿',
  iexcl: '¡',
};

function decodeHtmlEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (entity, name: string) => {
    if (name[0] !== '#') return namedEntities[name] ?? namedEntities[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

const attribute = /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function hrefOf(attributes: string): string | undefined {
  for (const match of attributes.matchAll(attribute)) {
    if (match[1]?.toLowerCase() === 'href') return decodeHtmlEntities(match[2] ?? match[3] ?? match[4] ?? '').trim();
  }
  return undefined;
}

/** What a link adds as evidence: a mailbox, a phone number, an X handle's address. */
function linkEvidence(href: string): string | undefined {
  const mailto = /^mailto:([^?]+)/i.exec(href);
  if (mailto) return `Email: ${decodeURIComponent(mailto[1]!)}`;
  const tel = /^tel:(.+)/i.exec(href);
  if (tel) return `Phone: ${decodeURIComponent(tel[1]!)}`;
  if (/^https?:\/\/(?:www\.)?(?:x|twitter)\.com\/[A-Za-z0-9_]{1,15}\/?$/i.test(href)) return `Twitter: ${href}`;
  return undefined;
}

type Token = { kind: 'text'; text: string } | { kind: 'tag'; name: string; closing: boolean; attributes: string };

const tagName = /[a-zA-Z][a-zA-Z0-9:-]*/y;

/**
 * Text and tags, from start to end once. As in HTML, a tag the page never
 * closes (an unbalanced quote) ends the page: no rescanning, so linear time.
 */
function* tokens(html: string): Generator<Token> {
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open === -1) break;
    if (open > i) yield { kind: 'text', text: html.slice(i, open) };
    const next = html[open + 1];
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      if (close === -1) return;
      i = close + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      const close = html.indexOf('>', open);
      if (close === -1) return;
      i = close + 1;
      continue;
    }
    const closing = next === '/';
    tagName.lastIndex = open + (closing ? 2 : 1);
    const name = tagName.exec(html)?.[0].toLowerCase();
    if (!name) {
      yield { kind: 'text', text: '<' };
      i = open + 1;
      continue;
    }
    let end = tagName.lastIndex;
    while (end < html.length && html[end] !== '>') {
      const char = html[end];
      if (char === '"' || char === "'") {
        const close = html.indexOf(char, end + 1);
        if (close === -1) return;
        end = close;
      }
      end++;
    }
    if (end >= html.length) return;
    yield { kind: 'tag', name, closing, attributes: html.slice(tagName.lastIndex, end) };
    i = end + 1;
    if (!closing && droppedElements.has(name)) {
      const close = lower.indexOf(`</${name}`, i);
      if (close === -1) return;
      i = close;
    }
  }
  if (i < html.length) yield { kind: 'text', text: html.slice(i) };
}

/**
 * The text of an HTML fragment or page, one block per line, paragraphs apart.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let line = '';
  const pending: (string | undefined)[] = [];
  const flush = (blank: boolean) => {
    const text = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (text && text !== '•') out.push(text);
    if (blank && out.length > 0 && out.at(-1) !== '') out.push('');
    line = '';
  };
  for (const token of tokens(html)) {
    if (token.kind === 'text') {
      line += decodeHtmlEntities(token.text.replace(/\s+/g, ' '));
      continue;
    }
    const { name, closing } = token;
    if (droppedElements.has(name)) continue;
    if (name === 'br') flush(false);
    else if (name === 'a') {
      if (closing) {
        const evidence = pending.pop();
        if (evidence && !line.includes(evidence.replace(/^\w+: /, '').replace(/^https?:\/\/(?:www\.)?/, ''))) {
          flush(false);
          out.push(evidence);
        }
      } else pending.push(linkEvidence(hrefOf(token.attributes) ?? ''));
    } else if (blockElements.has(name)) {
      flush(paragraphElements.has(name));
      if (name === 'li' && !closing) line = '• ';
    }
  }
  flush(false);
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}

/**
 * The part of a whole page that holds the post: its first `<article>`, else its
 * `<main>`, else the body. Menus and sidebars above it would hide the action's
 * header from the importer, which looks for it in the first lines.
 */
export function mainHtml(html: string): string {
  const lower = html.toLowerCase();
  for (const name of ['article', 'main']) {
    const start = lower.search(new RegExp(`<${name}[\\s>]`));
    if (start === -1) continue;
    const end = lower.lastIndexOf(`</${name}>`);
    return html.slice(start, end > start ? end : undefined);
  }
  return html;
}

/**
 * A small HTML parser for email bodies, with no DOM needed (the background, Node
 * and the options page all run it alike). It builds just the tree the
 * structured text reader walks: elements with attributes, text with entities
 * decoded, the end tags HTML lets authors leave out (p, li, td, tr…) implied.
 * It is lenient the way mail HTML needs: a stray end tag is ignored, comments
 * (and Outlook's conditional comments with their duplicates) are dropped.
 */
import type { MarkupElement, MarkupNode } from '../markup';
import { c1Characters } from './windows-1252';

class HtmlText implements MarkupNode {
  readonly nodeType = 3;
  readonly childNodes: MarkupNode[] = [];
  constructor(readonly nodeValue: string) {}
}

export class HtmlElement implements MarkupElement {
  readonly nodeType = 1;
  readonly nodeValue = null;
  readonly childNodes: (HtmlElement | HtmlText)[] = [];
  constructor(
    readonly localName: string,
    private readonly attributes: ReadonlyMap<string, string>,
  ) {}

  getAttribute(name: string): string | null {
    return this.attributes.get(name.toLowerCase()) ?? null;
  }
}

const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Their content is text up to their end tag, never markup.
const rawTextTags = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
// Opening one of these closes an open <p>.
const closesParagraph = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
]);
// A new element of the key's kind closes the nearest open one of `closes` (and all opened
// inside it), unless one of the stoppers is nearer: a new <tr> ends the row before, not an outer table's.
const impliedEnds: Record<string, { closes: string[]; stoppers: string[] }> = {
  li: { closes: ['li'], stoppers: ['ul', 'ol', 'menu', 'table'] },
  dt: { closes: ['dt', 'dd'], stoppers: ['dl', 'table'] },
  dd: { closes: ['dt', 'dd'], stoppers: ['dl', 'table'] },
  tr: { closes: ['tr'], stoppers: ['table'] },
  td: { closes: ['td', 'th'], stoppers: ['tr', 'table'] },
  th: { closes: ['td', 'th'], stoppers: ['tr', 'table'] },
  tbody: { closes: ['tbody', 'thead', 'tfoot'], stoppers: ['table'] },
  thead: { closes: ['tbody', 'thead', 'tfoot'], stoppers: ['table'] },
  tfoot: { closes: ['tbody', 'thead', 'tfoot'], stoppers: ['table'] },
  option: { closes: ['option'], stoppers: ['select', 'datalist'] },
};
// An open <p> beyond these is out of reach of a block opened inside them (HTML's "button scope").
const paragraphScope = ['table', 'td', 'th', 'caption', 'button', 'object', 'template'];
// An end tag does not reach past a table cell into the page around the table.
const tableBoundary = ['table', 'td', 'th', 'caption'];

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  middot: '·',
  deg: '°',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  iexcl: '¡',
  iquest: '¿',
  ordf: 'ª',
  ordm: 'º',
  times: '×',
  divide: '÷',
  dagger: '†',
  Dagger: '‡',
  permil: '‰',
  prime: '′',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oelig: 'œ',
  OElig: 'Œ',
  oslash: 'ø',
  Oslash: 'Ø',
  eth: 'ð',
  ETH: 'Ð',
  thorn: 'þ',
  THORN: 'Þ',
  micro: 'µ',
  plusmn: '±',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  acute: '´',
  uml: '¨',
  cedil: '¸',
  macr: '¯',
  not: '¬',
  brvbar: '¦',
  curren: '¤',
  check: '✓',
  rarr: '→',
  larr: '←',
};
// Accented letters are a letter and a mark: &eacute; is "e" + acute, composed.
const marks: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  cedil: '\u0327',
  caron: '\u030c',
};

function entity(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return '\ufffd';
    if (code >= 0x80 && code <= 0x9f) return c1Characters[code - 0x80]; // HTML reads &#146; as Windows-1252's ’.
    return String.fromCodePoint(code);
  }
  if (named[name]) return named[name];
  const accented = /^([A-Za-z])(acute|grave|circ|tilde|uml|ring|cedil|caron)$/.exec(name);
  if (!accented) return undefined;
  const composed = (accented[1]! + marks[accented[2]!]!).normalize('NFC');
  return composed.length === 1 ? composed : undefined;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (whole, name: string) => entity(name) ?? whole);
}

const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';
const isLetter = (char: string | undefined) => char !== undefined && /[A-Za-z]/.test(char);

interface Tag {
  name: string;
  attributes: Map<string, string>;
  selfClosing: boolean;
  /** Just after its `>`. */
  end: number;
}

/**
 * The tag whose name starts at `from` (after `<` or `</`), read the way HTML's
 * tokenizer reads it, in one pass: undefined when the document ends inside it.
 * A regular expression here backtracked: a hostile message of unclosed tags
 * took minutes.
 */
function readTag(html: string, from: number): Tag | undefined {
  let index = from;
  while (index < html.length && !isSpace(html[index]) && html[index] !== '/' && html[index] !== '>') index++;
  const name = html.slice(from, index).toLowerCase();
  const attributes = new Map<string, string>();
  let selfClosing = false;
  for (;;) {
    while (isSpace(html[index]) || html[index] === '/') selfClosing = html[index++] === '/';
    if (index >= html.length) return undefined;
    if (html[index] === '>') return { name, attributes, selfClosing, end: index + 1 };
    selfClosing = false;
    const nameStart = index++;
    while (index < html.length && !isSpace(html[index]) && !'/>='.includes(html[index]!)) index++;
    const attribute = html.slice(nameStart, index).toLowerCase();
    let valueStart = index;
    while (isSpace(html[valueStart])) valueStart++;
    let value = '';
    if (html[valueStart] === '=') {
      index = valueStart + 1;
      while (isSpace(html[index])) index++;
      const quote = html[index];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, index + 1);
        if (close === -1) return undefined;
        value = html.slice(index + 1, close);
        index = close + 1;
      } else {
        const valueFrom = index;
        while (index < html.length && !isSpace(html[index]) && html[index] !== '>') index++;
        value = html.slice(valueFrom, index);
      }
    }
    if (!attributes.has(attribute)) attributes.set(attribute, decodeEntities(value));
  }
}

// Deeper elements are kept at this depth, as browsers do, so that a hostile nesting costs no more than a flat one.
const maxDepth = 512;

/** The document's tree, under a root element of its own. */
export function parseHtml(html: string): HtmlElement {
  const root = new HtmlElement('#document', new Map());
  const stack: HtmlElement[] = [root];
  const current = () => stack[stack.length - 1]!;
  const addText = (text: string) => {
    if (text) current().childNodes.push(new HtmlText(decodeEntities(text)));
  };
  // How many of each tag are open, so that looking for one that is not costs nothing.
  const open = new Map<string, number>();
  const push = (element: HtmlElement) => {
    stack.push(element);
    open.set(element.localName, (open.get(element.localName) ?? 0) + 1);
  };
  const indexOf = (tags: readonly string[], stoppers: readonly string[]) => {
    if (!tags.some((tag) => open.get(tag))) return -1;
    for (let index = stack.length - 1; index > 0; index--) {
      const tag = stack[index]!.localName;
      if (tags.includes(tag)) return index;
      if (stoppers.includes(tag)) return -1;
    }
    return -1;
  };
  const closeAt = (index: number) => {
    while (index > 0 && stack.length > index) {
      const closed = stack.pop()!;
      open.set(closed.localName, open.get(closed.localName)! - 1);
    }
  };
  const openTag = (tag: Tag) => {
    if (closesParagraph.has(tag.name)) closeAt(indexOf(['p'], paragraphScope));
    const implied = impliedEnds[tag.name];
    if (implied) closeAt(indexOf(implied.closes, implied.stoppers));
    const element = new HtmlElement(tag.name, tag.attributes);
    current().childNodes.push(element);
    if (rawTextTags.has(tag.name)) {
      const end = new RegExp(`</${tag.name}\\s*>`, 'ig');
      end.lastIndex = tag.end;
      const closing = end.exec(html);
      element.childNodes.push(new HtmlText(html.slice(tag.end, closing ? closing.index : html.length)));
      return closing ? end.lastIndex : html.length;
    }
    if (!voidTags.has(tag.name) && !tag.selfClosing && stack.length < maxDepth) push(element);
    return tag.end;
  };
  const closeTag = (tag: Tag) => {
    if (tag.name === 'br') current().childNodes.push(new HtmlElement('br', new Map()));
    else closeAt(indexOf([tag.name], tableBoundary.includes(tag.name) ? ['table'] : tableBoundary));
    return tag.end;
  };
  /** Past the end of what starts at `from` and ends with `close`; the document's end when it never does. */
  const skipPast = (from: number, close: string) => {
    const at = html.indexOf(close, from);
    return at === -1 ? html.length : at + close.length;
  };

  /** Past the markup that starts at `at`: a comment, a declaration or a tag; undefined when this `<` is text. */
  const markupEnd = (at: number): number | undefined => {
    const next = html[at + 1];
    if (html.startsWith('<!--', at)) return skipPast(at + 4, '-->');
    if (html.startsWith('<![CDATA[', at)) return skipPast(at + 9, ']]>');
    if (next === '!' || next === '?') return skipPast(at + 2, '>'); // Doctypes, processing instructions.
    const closing = next === '/';
    if (!isLetter(closing ? html[at + 2] : next)) return undefined;
    const tag = readTag(html, at + (closing ? 2 : 1));
    // A document that ends inside a tag ends there, as in a browser.
    if (!tag) return html.length;
    return closing ? closeTag(tag) : openTag(tag);
  };

  let text = 0; // Where the text not yet added starts.
  for (let position = html.indexOf('<'); position !== -1;) {
    addText(html.slice(text, position));
    text = position;
    const end = markupEnd(position);
    if (end !== undefined) text = end;
    position = html.indexOf('<', end ?? position + 1);
  }
  addText(html.slice(text));
  return root;
}

/**
 * The little of the DOM that the text readers use. A live page's nodes have it,
 * and so has the small tree the email reader builds from an HTML part, so one
 * reader serves both, in a page, a service worker or Node.
 */
export interface MarkupNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<MarkupNode>;
}

export interface MarkupElement extends MarkupNode {
  /** Lower case for HTML elements. */
  readonly localName: string;
  getAttribute(name: string): string | null;
}

export function isElement(node: MarkupNode): node is MarkupElement {
  return node.nodeType === 1;
}

export function isTextNode(node: MarkupNode): boolean {
  return node.nodeType === 3;
}

/**
 * How an element is laid out, as a CSS `display` value; `none` when it is not
 * shown at all. A live page asks the browser (see `liveLayout` in read-page.ts);
 * elsewhere the tag and its inline style decide (`tagLayout`).
 */
export type Layout = (element: MarkupElement) => string;

// Never text: code, styles, media, form controls, the document's head.
const unreadTags = new Set([
  'head',
  'title',
  'meta',
  'link',
  'base',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'object',
  'embed',
  'video',
  'audio',
  'img',
  'picture',
  'map',
  'select',
  'option',
  'datalist',
  'input',
  'textarea',
]);

const blockTags = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
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
  'html',
  'legend',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'search',
  'section',
  'summary',
  'ul',
  'xmp',
]);

const tableTags: Record<string, string> = {
  table: 'table',
  caption: 'table-caption',
  thead: 'table-header-group',
  tbody: 'table-row-group',
  tfoot: 'table-footer-group',
  tr: 'table-row',
  td: 'table-cell',
  th: 'table-cell',
};

/** Hidden by the markup itself: `hidden`, `aria-hidden`, or an inline `display: none`. */
function hiddenByMarkup(element: MarkupElement): boolean {
  if (unreadTags.has(element.localName)) return true;
  if (element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\b/i.test(style);
}

/** The layout the tag and its inline style give, without any style sheet. */
export const tagLayout: Layout = (element) => {
  if (hiddenByMarkup(element)) return 'none';
  const inline = /(?:^|;)\s*display\s*:\s*([a-z-]+)/i.exec(element.getAttribute('style') ?? '')?.[1];
  if (inline) return inline.toLowerCase();
  const tag = element.localName;
  if (tag === 'li') return 'list-item';
  return tableTags[tag] ?? (blockTags.has(tag) ? 'block' : 'inline');
};

// Cookie and consent banners go by these names in ids and classes (OneTrust, Cookiebot, …).
const consentName = /cookie|consent|gdpr|onetrust|cookiebot/i;
const chromeRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog']);

/**
 * Site chrome around a page's content: navigation, asides, dialogs, cookie
 * banners, and the page's own header and footer (one inside an article or a
 * section belongs to that content and is kept). Forms are judged by the reader,
 * which knows how much of the text they hold.
 */
export function isChrome(element: MarkupElement, inSection: boolean): boolean {
  const tag = element.localName;
  if (tag === 'nav' || tag === 'aside' || tag === 'dialog') return true;
  if ((tag === 'header' || tag === 'footer') && !inSection) return true;
  const role = element.getAttribute('role');
  if (role && chromeRoles.has(role.toLowerCase())) return true;
  if (element.getAttribute('aria-modal') === 'true') return true;
  return consentName.test(`${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`);
}

/** Elements that start a part of the content: a header or footer inside them is theirs, not the site's. */
export function isSectioning(element: MarkupElement): boolean {
  const role = element.getAttribute('role');
  return ['article', 'main', 'section'].includes(element.localName) || role === 'main' || role === 'article';
}

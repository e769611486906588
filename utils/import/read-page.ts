/**
 * Reads the page in the supporter's tab (run there by entrypoints/page-reader.ts):
 * the main content's text with its structure, or, in Gmail or Outlook on the
 * web, the opened message. Pure over the document it is given, so unit tests
 * read happy-dom documents with it.
 */
import { chooseActionLink, linksInMarkup } from './email/action-link';
import { cleanEmailBody, plainSubject, withSubject } from './email/pasted-email';
import { isElement, type Layout, type MarkupElement, tagLayout } from './markup';
import { measureText, structuredText } from './structured-text';
import { findWebmailMessage } from './webmail';

export interface PageText {
  /** The action's page: the tab's address, or for an email the organization's link in it, if any. */
  url?: string;
  title: string;
  text: string;
  source: 'page' | 'gmail' | 'outlook';
}

/**
 * Layout as the browser computed it, so that CSS-made blocks and hidden parts
 * count. Remembered per element: the reader asks again on each of its passes.
 */
export function liveLayout(view: Pick<Window, 'getComputedStyle'>): Layout {
  const known = new WeakMap<MarkupElement, string>();
  const compute: Layout = (element) => {
    const byMarkup = tagLayout(element);
    if (byMarkup === 'none') return 'none';
    const style = view.getComputedStyle(element as unknown as Element);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return 'none';
    // happy-dom leaves the display of inline and table elements empty; browsers never do.
    return style.display || byMarkup;
  };
  return (element) => {
    let display = known.get(element);
    if (display === undefined) {
      display = compute(element);
      known.set(element, display);
    }
    return display;
  };
}

// A main region holding less than this share of the page's text is not its content.
const mainShare = 0.25;
// A wrapper is only left for a child holding at least this share of its text.
const wrapperShare = 0.9;
// The layout blocks a page's content sits in; a paragraph or a list is content itself.
const wrappers = new Set(['div', 'section', 'center', 'table', 'tbody', 'tr', 'td', 'th', 'form']);

/**
 * The page's main content: `main` or `[role=main]`, else the `article`, else
 * the largest block: from the body down, into the one child that holds nearly
 * all the text while its siblings hold no contact (an `@`).
 */
export function mainContent(body: Element, layout: Layout): Element {
  const lengths = measureText(body, { layout, skipChrome: true });
  const length = (element: Element) => lengths.get(element as unknown as MarkupElement) ?? 0;
  const total = length(body);
  for (const selector of ['main, [role="main"]', 'article']) {
    const best = Array.from(body.querySelectorAll(selector)).reduce<Element | undefined>(
      (found, element) => (found && length(found) >= length(element) ? found : element),
      undefined,
    );
    if (best && total > 0 && length(best) >= mainShare * total) return best;
  }
  let root = body;
  for (;;) {
    const children = Array.from(root.children).filter((child) => length(child) > 0);
    const biggest = children.find((child) => wrappers.has(child.localName) && length(child) >= wrapperShare * length(root));
    if (!biggest) return root;
    const siblings = children.filter((child) => child !== biggest);
    if (siblings.some((child) => structuredText(child, { layout, skipChrome: true }).includes('@'))) return root;
    root = biggest;
  }
}

/** The page's `h1` when the content does not hold one (a title set above the main region). */
function headingOutside(root: Element, body: Element, layout: Layout): string | undefined {
  if (root === body || root.querySelector('h1')) return undefined;
  const shown = measureText(body, { layout, skipChrome: true });
  const heading = Array.from(body.querySelectorAll('h1')).find((element) => (shown.get(element as unknown as MarkupElement) ?? 0) > 0);
  return heading ? structuredText(heading, { layout }) : undefined;
}

export function readPage(doc: Document, layout: Layout = liveLayout(doc.defaultView ?? window)): PageText {
  const url = doc.location?.href ?? '';
  const message = findWebmailMessage(doc, layout);
  if (message) {
    const body = cleanEmailBody(structuredText(message.body, { layout }));
    const subject = body.subject ?? (message.subject ? plainSubject(message.subject) : undefined);
    const link = chooseActionLink(linksInMarkup(message.body, layout), doc.location?.hostname);
    return {
      ...(link && { url: link }),
      title: subject ?? doc.title,
      text: withSubject(subject, body.text),
      source: message.service,
    };
  }
  const body = doc.body;
  if (!body || !isElement(body as unknown as MarkupElement)) return { url, title: doc.title, text: '', source: 'page' };
  const root = mainContent(body, layout);
  const heading = headingOutside(root, body, layout);
  const text = structuredText(root, { layout, skipChrome: true, contentRoot: root !== body });
  return { url, title: doc.title, text: heading ? `${heading}\n\n${text}` : text, source: 'page' };
}

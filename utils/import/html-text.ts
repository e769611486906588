/**
 * HTML that is not a live page (a feed entry's content, a page fetched for an
 * entry) read as the same structured text that Import this page reads from a
 * tab: parsed by the small parser the email reader uses, since Chrome's
 * service worker has no DOMParser, and laid out by its tags.
 */
import { parseHtml } from './email/html-tree';
import { isElement, type MarkupElement, type MarkupNode } from './markup';
import { structuredText } from './structured-text';

/** A fragment of HTML, such as a feed entry's content. */
export function htmlFragmentText(html: string): string {
  return structuredText(parseHtml(html));
}

function firstElement(node: MarkupNode, matches: (element: MarkupElement) => boolean): MarkupElement | undefined {
  for (const child of Array.from(node.childNodes)) {
    if (!isElement(child)) continue;
    if (matches(child)) return child;
    const found = firstElement(child, matches);
    if (found) return found;
  }
  return undefined;
}

/**
 * A whole page: its main region (`main` or `role=main`, else its first
 * `article`), without the site's menus, banners, asides and footer, which would
 * hide the action's header from the importer.
 */
export function htmlPageText(html: string): string {
  const document = parseHtml(html);
  const main =
    firstElement(document, (element) => element.localName === 'main' || element.getAttribute('role') === 'main') ??
    firstElement(document, (element) => element.localName === 'article');
  return structuredText(main ?? document, { skipChrome: true, contentRoot: main !== undefined });
}

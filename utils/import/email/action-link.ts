/**
 * The organization's link in an email: the page of the action on its site,
 * which becomes the imported action's `url` (and so `{{url}}`). Never the
 * webmail's own address, a social network, or the mailer's unsubscribe page.
 */
import { cleanUrl } from '../clean-url';
import { linkTarget, unwrapRedirect } from '../link-evidence';
import { isElement, type Layout, type MarkupElement, type MarkupNode, tagLayout } from '../markup';
import { structuredText } from '../structured-text';

export interface LinkCandidate {
  href: string;
  /** What the link shows (an image's `alt` when it is a picture). */
  text: string;
  /** The line or block the link stands in. */
  context: string;
}

// Said next to the link to the full action, in English, Spanish and French.
const actionWords =
  /\b(?:read\s+(?:more|the\s+full)|full\s+(?:details|action|text|story|appeal)|take\s+action|act\s+now|learn\s+more|more\s+(?:info|information|details)|see\s+the\s+(?:full\s+)?action)\b|\b(?:le[ea]\s+m[aá]s|m[aá]s\s+informaci[oó]n|act[uú]a\b|actuar|toma\s+acci[oó]n|pasa\s+a\s+la\s+acci[oó]n|en\s+savoir\s+plus|lire\s+la\s+suite|agi(?:r|ssez)\b|passe[rz]\s+à\s+l['’]action|plus\s+d['’]informations?)/i;

// Mailer and list links that are never the action.
const listWords =
  /unsubscribe|opt[\s-]?out|preferences|view\s+(?:this\s+email\s+)?in\s+(?:your\s+)?browser|privacy|darse\s+de\s+baja|dar\s+de\s+baja|cancelar\s+(?:la\s+)?suscripci[oó]n|d[ée]sabonner|d[ée]sinscri|confidentialit[ée]|privacidad/i;

const webmailHosts =
  /(?:^|\.)(?:mail\.google\.com|google\.com|outlook\.live\.com|outlook\.office\.com|outlook\.office365\.com|safelinks\.protection\.outlook\.com|mail\.yahoo\.com|mail\.proton\.me)$/i;
const socialHosts =
  /(?:^|\.)(?:twitter\.com|x\.com|t\.co|facebook\.com|fb\.me|instagram\.com|youtube\.com|youtu\.be|linkedin\.com|tiktok\.com|whatsapp\.com|wa\.me|t\.me|telegram\.me|bsky\.app|threads\.net|mastodon\.social|flickr\.com|pinterest\.com|vimeo\.com)$/i;

function eligible(href: string, excludeHost: string | undefined): URL | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase();
  if (webmailHosts.test(host) || socialHosts.test(host) || host === excludeHost?.toLowerCase()) return undefined;
  return url;
}

/**
 * The organization's link among a message's links: the first whose text, then
 * whose context, says "read more", "take action", "full details"…; otherwise
 * the first link with text to a page that is not a site's home page (a logo
 * links to the home page, which is not the action).
 */
export function chooseActionLink(candidates: readonly LinkCandidate[], excludeHost?: string): string | undefined {
  const usable = candidates
    .map((candidate) => ({ ...candidate, href: unwrapRedirect(candidate.href.trim()) }))
    .filter((candidate) => !listWords.test(candidate.text) && !listWords.test(candidate.href))
    .flatMap((candidate) => {
      const url = eligible(candidate.href, excludeHost);
      return url ? [{ ...candidate, url }] : [];
    });
  const chosen =
    usable.find((candidate) => actionWords.test(candidate.text)) ??
    usable.find((candidate) => actionWords.test(candidate.context) && !listWords.test(candidate.context)) ??
    usable.find((candidate) => candidate.text.trim() && candidate.url.pathname.replace(/\/+$/, '') !== '');
  // Mailers' campaign tags say nothing about the action; the address works without them.
  return chosen && cleanUrl(chosen.url.href);
}

const urlInText = /https?:\/\/[^\s<>"'()[\]{}]+/gi;

/** Links written out in a plain-text message, each with its line (and the line before, when it stands alone). */
export function linksInText(text: string): LinkCandidate[] {
  const lines = text.split(/\r?\n/);
  const candidates: LinkCandidate[] = [];
  for (const [index, line] of lines.entries()) {
    for (const match of line.matchAll(urlInText)) {
      const href = match[0].replace(/[.,;:!?]+$/, '');
      const rest = line
        .replace(match[0], '')
        .replace(/[<>()[\]:\s]+/g, ' ')
        .trim();
      const previous = rest
        ? ''
        : (lines
            .slice(0, index)
            .reverse()
            .find((earlier) => earlier.trim()) ?? '');
      candidates.push({ href, text: rest, context: `${previous} ${line}`.trim() });
    }
  }
  return candidates;
}

const blockDisplay = (display: string) => !/^inline/.test(display) && display !== 'contents';

/** The links in an HTML message (or a webmail's message body), with their text and block. */
export function linksInMarkup(root: MarkupNode, layout: Layout = tagLayout): LinkCandidate[] {
  const candidates: LinkCandidate[] = [];
  const blockTexts = new Map<MarkupElement, string>();
  const blockText = (block: MarkupElement) => {
    if (!blockTexts.has(block)) blockTexts.set(block, structuredText(block, { layout }));
    return blockTexts.get(block)!;
  };
  const visit = (node: MarkupNode, block: MarkupElement | undefined) => {
    if (!isElement(node)) return;
    const display = layout(node);
    if (display === 'none' && node.localName !== 'img') return;
    const here = blockDisplay(display) && node.localName !== 'a' ? node : block;
    if (node.localName === 'a') {
      const href = linkTarget(node);
      if (href) {
        const shown = structuredText(node, { layout }) || altText(node);
        candidates.push({ href, text: shown, context: here ? lineAround(blockText(here), shown) : shown });
      }
    }
    for (const child of Array.from(node.childNodes)) visit(child, here);
  };
  visit(root, undefined);
  return candidates;
}

/** The line of a block that holds the link's text, with the line before when the link stands alone. */
function lineAround(blockText: string, shown: string): string {
  const lines = blockText.split('\n');
  const index = shown ? lines.findIndex((line) => line.includes(shown.split('\n')[0]!)) : -1;
  if (index < 0) return shown;
  const line = lines[index]!;
  const alone = line.trim() === shown.trim();
  const previous = alone
    ? (lines
        .slice(0, index)
        .reverse()
        .find((earlier) => earlier.trim()) ?? '')
    : '';
  return `${previous} ${line}`.trim();
}

function altText(element: MarkupElement): string {
  if (element.localName === 'img') return element.getAttribute('alt')?.trim() ?? '';
  for (const child of Array.from(element.childNodes)) {
    if (!isElement(child)) continue;
    const alt = altText(child);
    if (alt) return alt;
  }
  return '';
}

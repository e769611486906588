/**
 * The organization's link for the action in an email ("Take action online:
 * https://…/urgent-actions/…"): never a donate, report, unsubscribe or
 * preferences link, a social network, or an official's web form.
 */
import { unicodeWords } from './text-lines';

const url = /https?:\/\/[^\s<>"')\]]+/gi;
const notTheAction =
  /unsubscribe|preferences|donat|\/don(?:ar|a)?\b|faire-un-don|colabora|report|baja|desuscri|d[ée]sinscri|privacy|privacidad|confidentialit|facebook|twitter\.com|\/\/(?:www\.)?x\.com|instagram|youtube|linkedin|tiktok|whatsapp/i;
const actionPath = /urgent[-_]?actions?|acci[oó]n(?:es)?[-_]urgentes?|actions?[-_]urgentes?|\/accion\/|\/actua|\/ua[-_]?\d|\/au[-_]?\d/i;
// What announces the action's own page: "Take action online:", "Consulta la acción completa:", "Retrouvez cette action".
const readCue = unicodeWords(
  /\b(?:this\s+action|take\s+action|action\s+online|full\s+action|la\s+acci[oó]n|esta\s+acci[oó]n|actuar|act[uú]a|cette\s+action|l['’]action|agir|agissez)\b/i,
);

function cleaned(link: string): string {
  return link.replace(/[.,;:!?]+$/, '');
}

/** The action's page among the links of the lines `used` leaves out (the officials' own), or none. */
export function findActionUrl(lines: readonly string[], used: ReadonlySet<number>): { url: string; index: number } | undefined {
  // Only https pages: the feed format takes no other.
  let best: { url: string; index: number; score: number } | undefined;
  lines.forEach((line, index) => {
    if (used.has(index)) return;
    for (const match of line.matchAll(url)) {
      const link = cleaned(match[0]);
      if (!link.startsWith('https://') || notTheAction.test(link)) continue;
      const before = line.slice(0, match.index).trim();
      // A link alone on its line is announced by the line above.
      const context = before || lines.slice(0, index).findLast((other) => other.trim() !== '') || '';
      const score = (actionPath.test(link) ? 2 : 0) + (readCue.test(context) ? 1 : 0);
      if (score > 0 && (!best || score > best.score)) best = { url: link, index, score };
    }
  });
  return best && { url: best.url, index: best.index };
}

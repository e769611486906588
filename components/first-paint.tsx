/**
 * The popup's first screen as HTML, rendered by the background whenever it
 * writes the popup's snapshot: popup.html shows it as soon as it has read
 * that record, before the popup's modules have loaded (early-paint.ts).
 */
import { renderToString } from 'preact-render-to-string';
import { t, uiLanguage } from '@/utils/browser/i18n';
import type { FirstPaint, PopupSnapshot } from '@/utils/db/records';
import { listChangesAt } from '@/utils/feed/list-changes';
import { PopupRoot } from './PopupRoot';

/**
 * `head`: the record the popup reads first; its first render draws this same
 * tree from it, over this HTML. None while a feed fails: its alert is
 * announced when the popup inserts it, not when a drawing stops being inert.
 */
export async function drawFirstPaint(head: PopupSnapshot, now: Date): Promise<FirstPaint | undefined> {
  if (head.feedProblems.some((feed) => feed.lastProblem)) return undefined;
  return {
    html: renderToString(<PopupRoot stored={head} />),
    language: uiLanguage(),
    title: t('popupHeading'),
    validUntil: listChangesAt(head, now),
  };
}

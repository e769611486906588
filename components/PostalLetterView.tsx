import { t } from '@/utils/browser/i18n';
import type { PostalLetter } from '@/utils/compose/postal-letter';

/** A print-ready letter, laid out for A4 and US Letter alike. */
export function PostalLetterView({ letter }: { letter: PostalLetter }) {
  return (
    <article class="postal">
      <p class="no-print row">
        <button type="button" onClick={() => print()}>
          {t('printNow')}
        </button>
      </p>
      <address class="sender">{letter.sender.join('\n')}</address>
      <p class="date">{letter.date}</p>
      <address class="recipient">{letter.recipient.join('\n')}</address>
      <div class="body">{letter.letter}</div>
    </article>
  );
}

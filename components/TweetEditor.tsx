import { t } from '@/utils/browser/i18n';
import type { TweetLength } from '@/utils/compose/tweet-length';

export function TweetEditor({
  tweet,
  length,
  onInput,
}: {
  tweet: string;
  /** Absent while the counter is loading. */
  length?: TweetLength;
  onInput: (tweet: string) => void;
}) {
  return (
    <div class="tweet">
      <label for="tweet">{t('tweetLabel')}</label>
      <textarea
        id="tweet"
        rows={3}
        value={tweet}
        aria-describedby="tweet-count"
        aria-invalid={length ? !length.valid : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <p id="tweet-count" class={length && !length.valid ? 'hint error' : 'hint'} aria-live="polite">
        {length && t('tweetCount', String(length.weightedLength))}
        {length && !length.valid && ` ${t('tweetTooLong')}`}
      </p>
    </div>
  );
}

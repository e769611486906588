import { ErrorBoundary } from './ErrorBoundary';
import { PopupApp } from './PopupApp';
import type { PopupSnapshot } from '@/utils/db/records';
import { t } from '@/utils/browser/i18n';
import { extensionUrl } from '@/utils/browser/tabs';

/**
 * Everything popup.html draws: the popup, and Settings should it fail. The
 * background renders this same tree to HTML for the popup's first paint
 * (first-paint.tsx), without a query: the first render draws the list whatever
 * the query, and takes that drawing over.
 */
export function PopupRoot({ stored, search }: { stored?: PopupSnapshot; search?: string }) {
  return (
    <ErrorBoundary
      onReset={() => location.reload()}
      rescue={
        <a href={extensionUrl('/options.html')} target="_blank" rel="noopener">
          {t('settings')}
        </a>
      }
    >
      <PopupApp stored={stored} search={search} />
    </ErrorBoundary>
  );
}

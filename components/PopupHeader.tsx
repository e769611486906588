import { t } from '@/utils/browser/i18n';
import { extensionUrl } from '@/utils/browser/tabs';

export function PopupHeader({ refreshing, onRefresh, onImport }: { refreshing: boolean; onRefresh: () => void; onImport?: () => void }) {
  return (
    <header class="row">
      <h1>{t('popupHeading')}</h1>
      <span class="spacer" />
      <button type="button" onClick={onRefresh} aria-busy={refreshing}>
        {t('refresh')}
      </button>
      {onImport && (
        <button type="button" onClick={onImport}>
          {t('importThisPage')}
        </button>
      )}
      <a href={extensionUrl('/options.html')} target="_blank" rel="noopener">
        {t('settings')}
      </a>
    </header>
  );
}

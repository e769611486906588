import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import '@/components/styles.css';
import { t, uiLanguage } from '@/utils/browser/i18n';
import { extensionUrl } from '@/utils/browser/tabs';
import { readPopupSnapshot } from '@/utils/db/snapshot';
import { App } from './App';

document.documentElement.lang = uiLanguage();
document.title = t('popupHeading');
// One read before Preact starts, so that the first render draws the list. Without a
// stored snapshot (first run) or when the read fails, App loads it and says why not.
void readPopupSnapshot()
  .catch(() => undefined)
  .then((stored) =>
    render(
      <ErrorBoundary
        onReset={() => location.reload()}
        rescue={
          <a href={extensionUrl('/options.html')} target="_blank" rel="noopener">
            {t('settings')}
          </a>
        }
      >
        <App stored={stored} />
      </ErrorBoundary>,
      document.getElementById('app') as HTMLElement,
    ),
  );

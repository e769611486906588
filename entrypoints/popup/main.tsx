import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import '@/components/styles.css';
import { t, uiLanguage } from '@/utils/browser/i18n';
import { extensionUrl } from '@/utils/browser/tabs';
import { App } from './App';

document.documentElement.lang = uiLanguage();
document.title = t('popupHeading');
render(
  <ErrorBoundary
    onReset={() => location.reload()}
    rescue={
      <a href={extensionUrl('/options.html')} target="_blank" rel="noopener">
        {t('settings')}
      </a>
    }
  >
    <App />
  </ErrorBoundary>,
  document.getElementById('app') as HTMLElement,
);

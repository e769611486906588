import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import '@/components/styles.css';
import { t, uiLanguage } from '@/utils/browser/i18n';
import { App, DataRescue } from './App';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(
  <ErrorBoundary
    onReset={() => location.reload()}
    rescue={
      <main class="page">
        <DataRescue />
      </main>
    }
  >
    <App />
  </ErrorBoundary>,
  document.getElementById('app') as HTMLElement,
);

import { render } from 'preact';
import '@/components/styles.css';
import { t, uiLanguage } from '@/utils/browser/i18n';
import { startLoadingSnapshot } from '@/components/hooks/use-popup-data';
import { App } from './App';

startLoadingSnapshot();
document.documentElement.lang = uiLanguage();
document.title = t('popupHeading');
render(<App />, document.getElementById('app') as HTMLElement);

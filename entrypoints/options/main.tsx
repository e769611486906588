import { render } from 'preact';
import '@/components/styles.css';
import { t, uiLanguage } from '@/utils/browser/i18n';
import { App } from './App';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<App />, document.getElementById('app') as HTMLElement);

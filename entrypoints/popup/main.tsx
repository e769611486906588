import { render } from 'preact';
import '@/components/styles.css';
import { PopupRoot } from '@/components/PopupRoot';
import { t, uiLanguage } from '@/utils/browser/i18n';
import { readPopupSnapshot } from '@/utils/db/snapshot';

// Loaded by the early script once its first paint is shown (components/early-paint.ts).
document.documentElement.lang = uiLanguage();
document.title = t('popupHeading');
const app = document.getElementById('app') as HTMLElement;
// One read before Preact starts (the early script's, usually), so that the first render draws the list. Without a
// stored snapshot (first run) or when the read fails, the popup loads it and says why not.
void readPopupSnapshot()
  .catch(() => undefined)
  .then((stored) => {
    try {
      // Over the first paint, when one was shown: Preact takes its DOM over, node by node.
      render(<PopupRoot stored={stored} search={location.search} />, app);
    } finally {
      app.inert = false;
    }
  });

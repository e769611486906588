import { t } from '@/utils/browser/i18n';

/** Shown on the options page the first time the extension is installed. */
export function Welcome() {
  return (
    <section aria-labelledby="welcome-heading" class="notice">
      <h2 id="welcome-heading">{t('welcomeHeading')}</h2>
      <p>{t('welcomeText')}</p>
    </section>
  );
}

import { t } from '@/utils/browser/i18n';

export interface WelcomeProps {
  /** Moves the supporter to the Feed URL field. */
  onFollow: () => void;
  /** Moves the supporter to the import form. */
  onImport: () => void;
  /** The popup page, where the bundled examples are. */
  examplesUrl: string;
}

/** Shown on the options page the first time the extension is installed: the ways in. */
export function Welcome({ onFollow, onImport, examplesUrl }: WelcomeProps) {
  return (
    <section aria-labelledby="welcome-heading" class="welcome">
      <h2 id="welcome-heading">{t('welcomeHeading')}</h2>
      <p>{t('welcomeText')}</p>
      <ul class="ways-in">
        <li>
          {t('welcomeFollowText')}{' '}
          <button type="button" onClick={onFollow}>
            {t('welcomeFollowButton')}
          </button>
        </li>
        <li>
          {t('welcomeImportText')}{' '}
          <button type="button" onClick={onImport}>
            {t('welcomeImportButton')}
          </button>
        </li>
        <li>
          {t('welcomeExamplesText')}{' '}
          <a class="button" href={examplesUrl} target="_blank" rel="noopener">
            {t('welcomeExamplesButton')}
          </a>
        </li>
      </ul>
    </section>
  );
}

import { t } from '@/utils/browser/i18n';
import { type EmailApp, emailApps } from '@/utils/db/records';

const labels = { default: 'emailAppDefault', gmail: 'emailAppGmail', outlook: 'emailAppOutlook' } as const satisfies Record<
  EmailApp,
  string
>;

export function EmailAppChoice({ value, onChange }: { value: EmailApp; onChange: (app: EmailApp) => void }) {
  return (
    <section aria-labelledby="sending-heading">
      <h2 id="sending-heading">{t('sendingHeading')}</h2>
      <div class="row">
        <label for="email-app">{t('emailApp')}</label>
        <select id="email-app" value={value} onChange={(event) => onChange(event.currentTarget.value as EmailApp)}>
          {emailApps.map((app) => (
            <option key={app} value={app}>
              {t(labels[app])}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}

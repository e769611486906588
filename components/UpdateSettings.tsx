import { t, uiLanguage } from '@/utils/browser/i18n';
import { refreshIntervalsMinutes, type Settings } from '@/utils/db/records';

/** "30 minutes", "1 hour", "24 hours", in the UI language. */
function intervalLabel(minutes: number): string {
  const [value, unit] = minutes < 60 ? [minutes, 'minute'] : [minutes / 60, 'hour'];
  return new Intl.NumberFormat(uiLanguage(), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

export function UpdateSettings({ settings, onChange }: { settings: Settings; onChange: (change: Partial<Settings>) => void }) {
  return (
    <section aria-labelledby="updates-heading">
      <h2 id="updates-heading">{t('updatesHeading')}</h2>
      <div class="row">
        <label for="refresh-every">{t('refreshEvery')}</label>
        <select
          id="refresh-every"
          value={String(settings.refreshMinutes)}
          onChange={(event) => onChange({ refreshMinutes: Number(event.currentTarget.value) })}
        >
          {refreshIntervalsMinutes.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {intervalLabel(minutes)}
            </option>
          ))}
        </select>
      </div>
      <p>
        <label>
          <input
            type="checkbox"
            checked={settings.notifyNewActions}
            aria-describedby="notify-hint"
            onChange={(event) => onChange({ notifyNewActions: event.currentTarget.checked })}
          />{' '}
          {t('notifyNewActions')}
        </label>
      </p>
      <p id="notify-hint" class="hint">
        {t('notifyHint')}
      </p>
    </section>
  );
}

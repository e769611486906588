import type { ActionRecord } from '@/utils/db/records';
import { t } from '@/utils/browser/i18n';
import { deadline } from '@/utils/format/intl';
import { useAppContext } from './hooks/app-context';

/** Three days or less left: the deadline says so in bold with a marker, not in colour alone. */
const urgentDays = 3;

export function DeadlineText({ action }: { action: ActionRecord }) {
  const { now, language } = useAppContext();
  const when = deadline(action, now, language);
  if (when.kind === 'none') return <>{t('noDeadline')}</>;
  if (when.kind === 'ends') {
    return <span class={when.days <= urgentDays ? 'deadline urgent' : 'deadline'}>{t('endsWhen', when.relative)}</span>;
  }
  return <>{when.date ? t('endedOn', when.date) : t('ended')}</>;
}

import type { ActionRecord } from '@/utils/db/records';
import { t } from '@/utils/browser/i18n';
import { deadline } from '@/utils/format/intl';
import { useAppContext } from './hooks/app-context';

export function DeadlineText({ action }: { action: ActionRecord }) {
  const { now, language } = useAppContext();
  const when = deadline(action, now, language);
  if (when.kind === 'none') return <>{t('noDeadline')}</>;
  if (when.kind === 'ends') return <>{t('endsWhen', when.relative)}</>;
  return <>{when.date ? t('endedOn', when.date) : t('ended')}</>;
}

import type { ActionRecord } from '@/utils/feed/action';
import { t } from '@/utils/browser/i18n';
import { deadline } from '@/utils/format/intl';

export function DeadlineText({ action, now, language }: { action: ActionRecord; now: Date; language: string }) {
  const when = deadline(action, now, language);
  if (when.kind === 'none') return <>{t('noDeadline')}</>;
  if (when.kind === 'ends') return <>{t('endsWhen', when.relative)}</>;
  return <>{when.date ? t('endedOn', when.date) : t('ended')}</>;
}

/** What a page says when its data could not be read, and what to do about it. */
import { t } from '@/utils/browser/i18n';
import { isNewerVersionError } from '@/utils/db/database';

export function loadProblem(error: unknown): string {
  return isNewerVersionError(error) ? t('dataNewerVersion') : t('loadFailed', String(error));
}

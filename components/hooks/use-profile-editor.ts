/** Saving the supporter's details: checked here to show each field's problem, written by the background. */
import { useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { t } from '@/utils/browser/i18n';
import { type Profile, profileSchema } from '@/utils/db/records';
import { send } from '@/utils/messaging/send';

export type ProfileErrors = Partial<Record<keyof Profile, string>>;

export function useProfileEditor(onSaved: () => void) {
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [status, setStatus] = useState<string>();
  const save = (profile: Profile) => {
    const checked = profileSchema.safeParse(profile);
    if (!checked.success) {
      const { fieldErrors } = z.flattenError(checked.error);
      setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages?.[0]])));
      setStatus(t('detailsNotSaved'));
      return;
    }
    send('saveProfile', { profile: checked.data }).then(
      () => {
        setErrors({});
        setStatus(t('detailsSaved'));
        onSaved();
      },
      (error: unknown) => {
        console.error('Could not save the details:', error);
        setStatus(t('detailsNotSaved'));
      },
    );
  };
  return { errors, status, save };
}

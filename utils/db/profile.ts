/** The supporter's own details: kept on this device, used only to sign letters. */
import * as z from 'zod/mini';
import { t } from '../browser/i18n';
import { openDatabase } from './database';

// Messages are looked up when shown, in the UI language.
const detail = (max: number) => z.string().check(z.trim(), z.maxLength(max, { error: () => t('tooLong') }));

export const profileSchema = z.object({
  firstName: detail(100),
  lastName: detail(100),
  email: z.union([z.literal(''), z.email({ error: () => t('notAnEmail') })]),
  streetAddress: detail(200),
  city: detail(100),
  region: detail(100),
  postalCode: detail(20),
  country: detail(100),
  includeEmail: z.boolean(),
  includeCity: z.boolean(),
});

export type Profile = z.infer<typeof profileSchema>;

export const emptyProfile: Profile = {
  firstName: '',
  lastName: '',
  email: '',
  streetAddress: '',
  city: '',
  region: '',
  postalCode: '',
  country: '',
  includeEmail: true,
  includeCity: true,
};

export const profileTextFields = [
  'firstName',
  'lastName',
  'email',
  'streetAddress',
  'city',
  'region',
  'postalCode',
  'country',
] as const satisfies readonly (keyof Profile)[];

export function fullName(profile: Profile): string {
  return [profile.firstName, profile.lastName].filter(Boolean).join(' ');
}

export async function loadProfile(): Promise<Profile> {
  const db = await openDatabase();
  // A damaged record reads as the default rather than crashing the page.
  return profileSchema.safeParse(await db.get('profile', 'supporter')).data ?? emptyProfile;
}

/** Validates and saves; throws the validation error so the form can show it. */
export async function saveProfile(profile: Profile): Promise<Profile> {
  const valid = profileSchema.parse(profile);
  const db = await openDatabase();
  await db.put('profile', valid, 'supporter');
  return valid;
}

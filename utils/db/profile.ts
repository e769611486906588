/** The supporter's own details: kept on this device, used only to sign letters. */
import { emptyProfile, type Profile, profileSchema } from './records';
import { recordStore } from './store';

const profile = recordStore('profile', profileSchema);

export async function loadProfile(): Promise<Profile> {
  return (await profile.get('supporter')) ?? emptyProfile;
}

/** Validates and saves; throws the validation error so the form can show it. */
export function saveProfile(details: Profile): Promise<Profile> {
  return profile.put(details, 'supporter');
}

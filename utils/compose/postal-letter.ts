import { type TargetRecord, type Profile } from '@/utils/db/records';
import { fullName } from './full-name';

export interface PostalLetter {
  sender: string[];
  date: string;
  recipient: string[];
  letter: string;
}

/** What a printed letter shows: sender's block and date, the official's address, the letter. */
export function postalLetter(target: TargetRecord, profile: Profile, letter: string, date: string): PostalLetter {
  const cityLine = [profile.postalCode, profile.city].filter(Boolean).join(' ');
  return {
    sender: [fullName(profile), profile.streetAddress, cityLine, profile.region, profile.country].filter(Boolean),
    date,
    recipient: [target.name, target.title, target.organization, ...target.address].filter((line): line is string => Boolean(line)),
    letter,
  };
}

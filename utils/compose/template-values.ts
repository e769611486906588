import { type ActionRecord, type TargetRecord, type Profile } from '@/utils/db/records';
import { fullName } from './full-name';
import type { TemplateValues } from './template';

/** The placeholders' values for one action, official and supporter. */
export function templateValues(action: ActionRecord, target: TargetRecord, profile: Profile): TemplateValues {
  return {
    full_name: fullName(profile),
    first_name: profile.firstName,
    last_name: profile.lastName,
    city: profile.city,
    region: profile.region,
    country: profile.country,
    email: profile.email,
    target_name: target.name,
    target_title: target.title,
    target_twitter: target.twitter ? `@${target.twitter}` : undefined,
    title: action.title,
    url: action.url,
    reference: action.reference,
  };
}

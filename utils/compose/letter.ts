import { type ActionRecord, type TargetRecord, type Profile } from '@/utils/db/records';
import { type SupporterPlaceholder, supporterPlaceholders } from '@/utils/feed/placeholders';
import { fullName } from './full-name';
import { type PromptFor, renderTemplate } from './template';
import { templateValues } from './template-values';

export interface ComposedLetter {
  salutation: string;
  text: string;
  missing: SupporterPlaceholder[];
}

/** The signature: name; city, region, country; email (each line as chosen). */
function signature(profile: Profile, promptFor: PromptFor, missing: Set<SupporterPlaceholder>): string[] {
  const lines: string[] = [];
  const name = fullName(profile);
  if (!name) missing.add('full_name');
  lines.push(name || promptFor('full_name'));
  if (profile.includeCity) {
    const place = [profile.city, profile.region, profile.country].filter(Boolean).join(', ');
    if (!profile.city) missing.add('city');
    lines.push(profile.city ? place : [promptFor('city'), place].filter(Boolean).join(', '));
  }
  if (profile.includeEmail) {
    if (!profile.email) missing.add('email');
    lines.push(profile.email || promptFor('email'));
  }
  return lines;
}

/** The sample letter for one official, signed with the supporter's details. */
export function composeLetter(action: ActionRecord, target: TargetRecord, profile: Profile, promptFor: PromptFor): ComposedLetter {
  const values = templateValues(action, target, profile);
  const salutation = renderTemplate(target.salutation, values, promptFor);
  const body = renderTemplate(action.letter.body, values, promptFor);
  const missing = new Set([...salutation.missing, ...body.missing]);
  const lines = [salutation.text, '', body.text, '', action.letter.closing, ...signature(profile, promptFor, missing)];
  const ordered = supporterPlaceholders.filter((name) => missing.has(name));
  return { salutation: salutation.text, text: lines.join('\n'), missing: ordered };
}

/**
 * The supporter's letter, written for one official, made out to another: the
 * salutation line changes and every edit to the rest is kept.
 */
export function readdressLetter(text: string, fromSalutation: string, toSalutation: string): string {
  const [firstLine = '', ...rest] = text.split('\n');
  if (firstLine.trim() !== fromSalutation.trim()) return text;
  return [toSalutation, ...rest].join('\n');
}

/** The email subject, forced onto one line. */
export function composeSubject(action: ActionRecord, target: TargetRecord, profile: Profile, promptFor: PromptFor): string {
  return renderTemplate(action.letter.subject, templateValues(action, target, profile), promptFor)
    .text.replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();
}

/** What to say on the phone to one official. */
export function composeCallScript(action: ActionRecord, target: TargetRecord, profile: Profile, promptFor: PromptFor): string {
  return action.callScript ? renderTemplate(action.callScript, templateValues(action, target, profile), promptFor).text : '';
}

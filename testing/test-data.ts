/** Records for unit tests, made from the bundled feed as the extension reads it. */
import example from '../public/feeds/default.feed.json';
import { type ActionRecord, emptyProfile, type Profile } from '../utils/db/records';
import { parseFeed } from '../utils/feed/parse';

export function bundledActions(): ActionRecord[] {
  const parsed = parseFeed(example, 'bundled');
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.feed.actions;
}

export function bundledAction(itemId: string): ActionRecord {
  const action = bundledActions().find((candidate) => candidate.itemId === itemId);
  if (!action) throw new Error(`No bundled action ${itemId}`);
  return action;
}

export const anaProfile: Profile = {
  ...emptyProfile,
  firstName: 'Ana',
  lastName: 'Quispe',
  email: 'ana@example.net',
  city: 'Cusco',
  region: 'Cusco',
  country: 'Peru',
};

export const prompt = (name: string) => `[your ${name.replace('full_name', 'name')}]`;

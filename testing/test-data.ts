/** Records for unit tests, made from the bundled feed as the extension reads it. */
import example from '../public/feeds/default.feed.json';
import { type ActionRecord, emptyProfile, type FeedRecord, type NewLogEntry, type Profile } from '../utils/db/records';
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

/** A feed the supporter follows, as the background stores it before its first refresh. */
export function followedFeed(url: string, actions: ActionRecord[] = []): FeedRecord {
  return { key: url, url, title: 'Org', organization: 'Org', actions, skipped: [], failures: 0, addedAt: '2027-01-01T00:00:00Z' };
}

/** A bundled action moved into the feed at `feedUrl`, with the item id `itemId`. */
export function actionInFeed(feedUrl: string, itemId = 'a'): ActionRecord {
  return { ...bundledAction('example-journalist'), key: `${feedUrl} ${itemId}`, feedKey: feedUrl, itemId };
}

/** An email sent about `action` to its first official. */
export function emailLogged(action: ActionRecord): NewLogEntry {
  return {
    actionKey: action.key,
    feedKey: action.feedKey,
    itemId: action.itemId,
    reference: action.reference,
    title: action.title,
    targetId: 'example-minister',
    targetName: 'Minister Alex Example',
    channel: 'email',
    at: '2027-03-01T10:00:00.000Z',
  };
}

/** A log entry with every required field and no meaning: for tests about storage, not about the action. */
export const plainLogEntry: NewLogEntry = {
  actionKey: 'bundled x',
  feedKey: 'bundled',
  itemId: 'x',
  reference: 'UA 1',
  title: 'T',
  targetId: 't',
  targetName: 'N',
  channel: 'email',
  at: '2027-01-01T00:00:00.000Z',
};

/** The bundled feed's record holding `actions`, as last read at `at`. */
export function examplesFeed(actions: ActionRecord[], at: string): FeedRecord {
  return { key: 'bundled', title: 'Examples', organization: 'Examples', actions, skipped: [], failures: 0, lastSuccessAt: at, addedAt: at };
}

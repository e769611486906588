import { describe, expect, it } from 'vitest';
import example from '../../public/feeds/default.feed.json';
import { loadTweetCounter } from '@/utils/compose/tweet-length';
import { checkFeed } from './check-feed';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests change feed JSON in arbitrary places
type Json = Record<string, any>;

describe('checkFeed', async () => {
  const countTweet = await loadTweetCounter();
  const feed = () => structuredClone(example) as Json;

  it('finds nothing wrong with the bundled feed', () => {
    expect(checkFeed(example, countTweet)).toEqual([]);
  });

  it('reports an email link too long to open, an over-long tweet and an official nobody can reach', () => {
    const changed = feed();
    const journalist = changed.items[0]._urgent_action;
    journalist.letter.body = 'Освободите журналиста. '.repeat(30);
    journalist.tweet = `{{target_twitter}} ${'Free the journalist! '.repeat(14)}`;
    journalist.targets.push({ id: 'nobody', name: 'Unreachable Official' });
    const findings = checkFeed(changed, countTweet);
    expect(findings).toEqual([
      {
        level: 'warning',
        path: 'items[0]._urgent_action.targets[0].email',
        message: expect.stringMatching(/^the email link to Minister Alex Example is \d+ characters once encoded \(over 2000\)/),
      },
      {
        level: 'error',
        path: 'items[0]._urgent_action.tweet',
        message: expect.stringMatching(/^the tweet to @ExampleMinister is \d+ weighted characters \(over 280\)$/),
      },
      { level: 'warning', path: 'items[0]._urgent_action.targets[1].email', message: expect.stringContaining('Ms. Sam Placeholder') },
      { level: 'error', path: 'items[0]._urgent_action.tweet', message: expect.stringContaining('@ExampleProsecut') },
      {
        level: 'warning',
        path: 'items[0]._urgent_action.targets[2]',
        message: 'Unreachable Official has no email, phone, fax, handle or postal address: supporters cannot reach them',
      },
    ]);
  });

  it('reports a tweet that uses private details, whose item is kept with the default tweet', () => {
    const changed = feed();
    changed.items[1]._urgent_action.tweet = '{{target_twitter}} {{title}}, from {{full_name}} ({{email}}) {{url}}';
    expect(checkFeed(changed, countTweet)).toEqual([
      {
        level: 'error',
        path: 'items[1]._urgent_action.tweet',
        message:
          'items[1]._urgent_action.tweet: a tweet is public and may not use {{full_name}}, {{email}}: the extension uses the default tweet instead',
      },
    ]);
  });

  it('reports schema problems and unknown placeholders with their JSON path', () => {
    const changed = feed();
    changed.items[1]._urgent_action.letter.body = 'Dear {{minister}}';
    expect(checkFeed(changed, countTweet)).toEqual([
      {
        level: 'error',
        path: 'items[1]._urgent_action.letter.body',
        message: 'items[1]._urgent_action.letter.body: uses unknown placeholder {{minister}}',
      },
    ]);
    expect(checkFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [] }, countTweet)).toEqual([
      { level: 'error', path: '_advocacy', message: '_advocacy: is required' },
    ]);
  });
});

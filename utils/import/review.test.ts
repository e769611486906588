import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedItemSchema, type FeedItem } from '@/utils/feed/schema';
import { parseUrgentActionText } from './parse-urgent-action-text';
import { blankOfficial, fieldErrorKey, itemToReview, reviewErrors, reviewFieldOf, reviewToItem } from './review';

const iranText = readFileSync(join(__dirname, 'fixtures/ua-12-24-iran.txt'), 'utf8');

function parsedIran(): FeedItem {
  const result = parseUrgentActionText(iranText, { url: 'https://example.org/ua-12-24', now: new Date('2027-01-01T12:00:00Z') });
  if (!result.ok) throw new Error('the fixture should parse');
  return result.item;
}

describe('itemToReview and reviewToItem', () => {
  it('give back the parsed item when nothing is changed', () => {
    const item = parsedIran();
    expect(reviewToItem(itemToReview(item), item)).toEqual(item);
  });

  it('shows absent fields as empty text and addresses one line each', () => {
    const review = itemToReview(parsedIran());
    expect(review).toMatchObject({ reference: 'UA 12.24', deadline: '2027-03-03', ended: false });
    expect(review.officials[1]).toMatchObject({
      id: 'ali-bahreini',
      address: 'Chemin du Petit-Saconnex 28\n1209 Geneva, Switzerland',
      phone: '',
      twitter: '',
      organization: '',
    });
  });

  it('shows the page address for editing, and cleans an address the supporter pastes', () => {
    const item = parsedIran();
    const review = itemToReview(item);
    expect(review.url).toBe('https://example.org/ua-12-24');
    review.url = ' https://example.org/ua-12-24?utm_source=x&gclid=1#top ';
    expect(reviewToItem(review, item).url).toBe('https://example.org/ua-12-24');
    review.url = '';
    expect(reviewToItem(review, item)).not.toHaveProperty('url');
    review.url = 'http://example.org/ua';
    const rejected = feedItemSchema.safeParse(reviewToItem(review, item));
    expect(reviewErrors(rejected.error?.issues ?? []).fields).toEqual({ url: 'importErrorUrl' });
  });

  it("takes the supporter's fixes, trims them and leaves out emptied fields", () => {
    const item = parsedIran();
    const review = itemToReview(item);
    review.title = '  Free Sepideh Rashnu ';
    review.deadline = '';
    review.ended = true;
    review.summary = 'She is in prison.';
    review.officials[0]!.email = ' ';
    review.officials[0]!.twitter = '@Judiciary_Iran';
    review.officials[1]!.phone = '+41 22 733 02 00';
    review.officials[1]!.address = 'Chemin du Petit-Saconnex 28\n\n  1209 Geneva ';
    review.closing = '';
    const fixed = reviewToItem(review, item);
    expect(fixed.title).toBe('Free Sepideh Rashnu');
    expect(fixed.url).toBe('https://example.org/ua-12-24');
    expect(fixed.summary).toBe('She is in prison.');
    expect(fixed.content_text).toBe(`She is in prison.\n\n${item._urgent_action.instructions}`);
    const ua = fixed._urgent_action;
    expect(ua).not.toHaveProperty('ends_at');
    expect(ua.status).toBe('ended');
    expect(ua.targets[0]).not.toHaveProperty('email');
    expect(ua.targets[0]!.twitter).toBe('Judiciary_Iran');
    expect(ua.targets[1]).toMatchObject({ phone: '+41 22 733 02 00', address: ['Chemin du Petit-Saconnex 28', '1209 Geneva'] });
    expect(ua.letter).toEqual({ subject: item._urgent_action.letter.subject, body: item._urgent_action.letter.body });
    expect(feedItemSchema.safeParse(fixed).success).toBe(true);
  });

  it('makes the id from the reference, as the parser does, so a re-import replaces the action', () => {
    const item = parsedIran();
    const review = itemToReview(item);
    review.reference = 'UA 12.25';
    const fixed = reviewToItem(review, item);
    expect(fixed.id).toBe('ua-12-25');
    expect(fixed._urgent_action.reference).toBe('UA 12.25');
    const second = { ...item, _urgent_action: { ...item._urgent_action, sequence: 2 } };
    expect(reviewToItem(itemToReview(second), second).id).toBe('ua-12-24-2');
  });
});

describe('reviewErrors', () => {
  it("puts a message key for each rejected field on the form's fields", () => {
    const item = parsedIran();
    const review = itemToReview(item);
    review.title = ' ';
    review.officials[1]!.email = 'mission at ties';
    review.officials[0]!.twitter = 'not a handle!';
    review.body = '';
    const checked = feedItemSchema.safeParse(reviewToItem(review, item));
    expect(checked.success).toBe(false);
    const errors = reviewErrors(checked.error!.issues);
    expect(Object.keys(errors.fields).sort()).toEqual(['body', 'officials.0.twitter', 'officials.1.email', 'title']);
    expect(errors.fields).toEqual({
      title: 'importErrorRequired',
      body: 'importErrorRequired',
      'officials.0.twitter': 'importErrorTwitter',
      'officials.1.email': 'importErrorEmail',
    });
    expect(errors.other).toEqual([]);
  });

  it('keeps messages about no field, with their place in the item', () => {
    expect(reviewErrors([{ path: ['_urgent_action', 'targets'], message: 'must list at least one official' }])).toEqual({
      fields: {},
      other: ['_urgent_action.targets: must list at least one official'],
    });
  });

  it.each([
    [['id'], 'reference'],
    [['_urgent_action', 'reference'], 'reference'],
    [['_urgent_action', 'ends_at'], 'deadline'],
    [['_urgent_action', 'letter', 'subject'], 'subject'],
    [['_urgent_action', 'targets', 2, 'phone'], 'officials.2.phone'],
    [['_urgent_action', 'targets', 2, 'id'], undefined],
    [['_urgent_action', 'tweet'], undefined],
  ] as const)('maps %j to %s', (path, field) => {
    expect(reviewFieldOf(path)).toBe(field);
  });
});

describe('fieldErrorKey', () => {
  it.each([
    ['officials.0.email', undefined, 'importErrorEmail'],
    ['officials.3.phone', 'invalid_format', 'importErrorPhone'],
    ['officials.3.fax', 'invalid_format', 'importErrorPhone'],
    ['officials.1.twitter', 'invalid_format', 'importErrorTwitter'],
    ['reference', 'too_small', 'importErrorReference'],
    ['reference', 'too_big', 'importErrorReference'],
    ['title', 'too_small', 'importErrorRequired'],
    ['officials.2.name', 'too_small', 'importErrorRequired'],
    ['subject', 'too_small', 'importErrorRequired'],
    ['body', 'custom', 'importErrorField'],
    ['officials.0.salutation', 'custom', 'importErrorField'],
    ['deadline', 'invalid_union', 'importErrorField'],
  ] as const)('%s (%s): %s', (field, code, key) => {
    expect(fieldErrorKey(field, code)).toBe(key);
  });

  it('chooses from the issues zod gives for a reviewed item', () => {
    const item = parsedIran();
    const review = itemToReview(item);
    review.reference = 'x'.repeat(41);
    review.subject = 'Free {{someone}}';
    review.officials[0]!.phone = 'call the office';
    const checked = feedItemSchema.safeParse(reviewToItem(review, item));
    expect(reviewErrors(checked.error!.issues).fields).toEqual({
      reference: 'importErrorReference',
      subject: 'importErrorField',
      'officials.0.phone': 'importErrorPhone',
    });
  });
});

describe('blankOfficial', () => {
  it('gives an official added by hand an id no other official of the action has', () => {
    const one = blankOfficial([]);
    expect(one).toMatchObject({ id: 'official-1', name: '', email: '' });
    expect(blankOfficial([one, { ...one, id: 'official-3' }]).id).toBe('official-4');
    expect(blankOfficial([{ ...one, id: 'official-2' }]).id).toBe('official-3');
  });
});

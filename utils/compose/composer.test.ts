import { describe, expect, it } from 'vitest';
import { anaProfile, bundledAction, prompt } from '@/testing/test-data';
import { emptyProfile } from '@/utils/db/records';
import { composerTexts, findTarget } from './composer';
import { composeLetter } from './letter';

const journalist = bundledAction('example-journalist');
const minister = findTarget(journalist, 'example-minister');
const prosecutor = findTarget(journalist, 'example-prosecutor');

describe('the letter', () => {
  it('is salutation, body, closing and signature, filled with the supporter details', () => {
    const { text, missing } = composeLetter(journalist, minister, anaProfile, prompt);
    expect(text.split('\n\n')[0]).toBe('Dear Minister,');
    expect(text).toContain('I am writing from Cusco and will keep following this case.');
    expect(text.endsWith('Yours sincerely,\nAna Quispe\nCusco, Cusco, Peru\nana@example.net')).toBe(true);
    expect(missing).toEqual([]);
  });

  it('uses "Dear <name>," when the official has no salutation, and leaves out what the supporter chose', () => {
    const profile = { ...anaProfile, includeEmail: false, includeCity: false };
    const { text } = composeLetter(journalist, prosecutor, profile, prompt);
    expect(text.startsWith('Dear Ms. Sam Placeholder,\n\n')).toBe(true);
    expect(text.endsWith('Yours sincerely,\nAna Quispe')).toBe(true);
  });

  it('shows prompts for missing details and lists them, name first', () => {
    const { text, missing } = composeLetter(journalist, minister, emptyProfile, prompt);
    expect(text).toContain('I am writing from [your city]');
    expect(text.endsWith('[your name]\n[your city]\n[your email]')).toBe(true);
    expect(missing).toEqual(['full_name', 'city', 'email']);
  });
});

describe('composerTexts', () => {
  it('shows the sample when there is no draft', () => {
    const texts = composerTexts(journalist, minister, anaProfile, undefined, prompt);
    expect(texts.letter).toBe(composeLetter(journalist, minister, anaProfile, prompt).text);
    expect(texts.tweet).toBe(
      '.@ExampleMinister Journalism is not a crime: release the detained journalist now. https://example.org/actions/example-journalist',
    );
    expect(texts.letterEdited).toBe(false);
  });

  it('moves an edited letter and tweet to another official: salutation and handle change, edits stay', () => {
    const sample = composeLetter(journalist, minister, anaProfile, prompt).text;
    const draft = {
      actionKey: journalist.key,
      targetId: minister.id,
      letter: `${sample}\nP.S. Mine.`,
      tweet: '.@ExampleMinister free them #now',
      updatedAt: '2027-01-01T00:00:00Z',
    };
    const moved = composerTexts(journalist, prosecutor, anaProfile, draft, prompt);
    expect(moved.letter.startsWith('Dear Ms. Sam Placeholder,\n')).toBe(true);
    expect(moved.letter.endsWith('\nP.S. Mine.')).toBe(true);
    expect(moved.tweet).toBe('.@ExampleProsecut free them #now');
    expect(moved.letterEdited && moved.tweetEdited).toBe(true);
  });

  it('keeps a salutation the supporter rewrote', () => {
    const draft = {
      actionKey: journalist.key,
      targetId: minister.id,
      letter: 'Honourable Minister,\n\nText',
      updatedAt: '2027-01-01T00:00:00Z',
    };
    expect(composerTexts(journalist, prosecutor, anaProfile, draft, prompt).letter).toBe('Honourable Minister,\n\nText');
  });

  it('only reports prompts the letter still shows', () => {
    const draft = {
      actionKey: journalist.key,
      targetId: minister.id,
      letter: 'Dear Minister,\n\nFree them.\n\nAna',
      updatedAt: '2027-01-01T00:00:00Z',
    };
    expect(composerTexts(journalist, minister, emptyProfile, draft, prompt).missing).toEqual([]);
  });
});

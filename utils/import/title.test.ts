import { describe, expect, it } from 'vitest';
import { firstSentence, shorten, titleFromSummary } from './title';

describe('firstSentence', () => {
  it('stops at the first full stop, not after a title or an initial', () => {
    expect(firstSentence('Mr. Otárola met J. Smith on Monday. They talked.')).toBe('Mr. Otárola met J. Smith on Monday');
    expect(firstSentence('No stop at all')).toBe('No stop at all');
    expect(firstSentence('Is he safe? Nobody knows.')).toBe('Is he safe?');
  });
});

describe('shorten', () => {
  it('keeps short text', () => {
    expect(shorten('Free them', 90)).toBe('Free them');
  });

  it('cuts at a clause break that keeps at least half', () => {
    expect(shorten('Venezuelans in Peru cannot apply for protection, which allowed refugees to stay', 60)).toBe(
      'Venezuelans in Peru cannot apply for protection',
    );
  });

  it('else cuts at a word, drops a dangling small word and adds an ellipsis', () => {
    expect(shorten('A journalist is serving a long sentence on fabricated charges', 40)).toBe('A journalist is serving a long sentence…');
    expect(shorten('A journalist is serving a long sentence on fabricated charges', 40).length).toBeLessThanOrEqual(40);
  });
});

describe('titleFromSummary', () => {
  it('puts the country first and stays within 90 characters', () => {
    const title = titleFromSummary(
      'Venezuelan nationals in Peru no longer can apply for temporary protection, which allowed refugees to have a regular migratory status. More.',
      'Peru',
    );
    expect(title).toBe('Peru: Venezuelan nationals in Peru no longer can apply for temporary protection');
  });

  it('does without a country', () => {
    expect(titleFromSummary('Release him now. Please.', undefined)).toBe('Release him now');
  });
});

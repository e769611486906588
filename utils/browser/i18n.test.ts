import { describe, expect, it } from 'vitest';
import { t, tCount } from './i18n';

describe('UI strings', () => {
  it('fill substitutions into the shipped English messages', () => {
    expect(t('feedProblem', ['Org A', 'did not answer within 10 seconds.'])).toBe('Org A did not answer within 10 seconds.');
  });

  it('choose the singular or plural message by the count', () => {
    const forms = { one: 'totalActionsTakenOne', other: 'totalActionsTakenOther' } as const;
    expect(tCount(1, forms, ['1'])).toBe('You have taken 1 action so far.');
    expect(tCount(0, forms, ['0'])).toBe('You have taken 0 actions so far.');
    expect(tCount(12, forms, ['12'])).toBe('You have taken 12 actions so far.');
  });
});

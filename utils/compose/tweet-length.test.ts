import { describe, expect, it } from 'vitest';
import { loadTweetCounter, maxTweetLength } from './tweet-length';

describe('the tweet counter', async () => {
  const count = await loadTweetCounter();

  it('counts as the platform does: a URL 23, emoji and CJK 2', () => {
    expect(count('Free them').weightedLength).toBe(9);
    expect(count('See https://www.amnesty.org/en/documents/mde13/1234/2027/en/').weightedLength).toBe(4 + 23);
    expect(count('👋').weightedLength).toBe(2);
    expect(count('释放他').weightedLength).toBe(6);
    expect(count('Освободите').weightedLength).toBe(10);
  });

  it('blocks a tweet above 280 weighted characters, and an empty one', () => {
    expect(count('a'.repeat(maxTweetLength)).valid).toBe(true);
    expect(count('a'.repeat(maxTweetLength + 1)).valid).toBe(false);
    expect(count('释'.repeat(141)).valid).toBe(false);
    expect(count('   ').valid).toBe(false);
  });
});

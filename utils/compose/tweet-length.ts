export interface TweetLength {
  weightedLength: number;
  valid: boolean;
}

export const maxTweetLength = 280;

/**
 * The platform's own count (URLs 23, emoji and CJK 2). twitter-text is large,
 * so it is loaded only when a tweet is first shown.
 */
export async function loadTweetCounter(): Promise<(text: string) => TweetLength> {
  const { default: parseTweet } = await import('twitter-text/dist/esm/parseTweet');
  return (text) => {
    const { weightedLength } = parseTweet(text);
    return { weightedLength, valid: text.trim().length > 0 && weightedLength <= maxTweetLength };
  };
}

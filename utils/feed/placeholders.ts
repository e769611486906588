/** The placeholders a feed's templates may use (feed-format.md, "Templates"). */
export const supporterPlaceholders = ['full_name', 'first_name', 'last_name', 'city', 'region', 'country', 'email'] as const;

const feedPlaceholders = ['target_name', 'target_title', 'target_twitter', 'title', 'url', 'reference'] as const;

export type SupporterPlaceholder = (typeof supporterPlaceholders)[number];
type FeedPlaceholder = (typeof feedPlaceholders)[number];
export type Placeholder = SupporterPlaceholder | FeedPlaceholder;

const known = new Set<string>([...supporterPlaceholders, ...feedPlaceholders]);

/**
 * Matches `{{ name }}`, capturing what is between the braces: trim it for the
 * name (placeholderName). Spaces are not matched in the pattern itself: a lazy
 * group between two `\s*` backtracks in cubic time on `{{` and a long run of
 * spaces, which froze the background on a 2,000-character template.
 */
export const placeholderPattern = /\{\{([^{}]*)\}\}/g;

/** The placeholder's name from placeholderPattern's capture. */
export const placeholderName = (captured: string) => captured.trim();

const supporterOnly = new Set<string>(supporterPlaceholders);

export function isSupporterPlaceholder(name: string): name is SupporterPlaceholder {
  return supporterOnly.has(name);
}

export function isPlaceholder(name: string): name is Placeholder {
  return known.has(name);
}

/** The supporter's details a tweet, which is public, may not use (feed-format.md, "Templates"). */
const privatePlaceholders = ['email', 'last_name', 'full_name', 'region', 'city'] as const;

const privateOnes = new Set<string>(privatePlaceholders);

/** The private details a template uses. */
export function privatePlaceholdersIn(template: string): string[] {
  const found = new Set<string>();
  for (const match of template.matchAll(placeholderPattern)) {
    const name = placeholderName(match[1] ?? '');
    if (privateOnes.has(name)) found.add(name);
  }
  return [...found];
}

/** The placeholder names in a template that the format does not define. */
export function unknownPlaceholders(template: string): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(placeholderPattern)) {
    const name = placeholderName(match[1] ?? '');
    if (!isPlaceholder(name)) unknown.add(name);
  }
  return [...unknown];
}

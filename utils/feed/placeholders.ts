/** The placeholders a feed's templates may use (feed-format.md, "Templates"). */
export const supporterPlaceholders = [
  'full_name',
  'first_name',
  'last_name',
  'city',
  'region',
  'country',
  'email',
] as const;

const feedPlaceholders = [
  'target_name',
  'target_title',
  'target_twitter',
  'title',
  'url',
  'reference',
] as const;

export type SupporterPlaceholder = (typeof supporterPlaceholders)[number];
type FeedPlaceholder = (typeof feedPlaceholders)[number];
export type Placeholder = SupporterPlaceholder | FeedPlaceholder;

const known = new Set<string>([...supporterPlaceholders, ...feedPlaceholders]);

/** Matches `{{ name }}`; the name is captured without surrounding spaces. */
export const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

const supporterOnly = new Set<string>(supporterPlaceholders);

export function isSupporterPlaceholder(name: string): name is SupporterPlaceholder {
  return supporterOnly.has(name);
}

export function isPlaceholder(name: string): name is Placeholder {
  return known.has(name);
}

/** The placeholder names in a template that the format does not define. */
export function unknownPlaceholders(template: string): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(placeholderPattern)) {
    const name = match[1] ?? '';
    if (!isPlaceholder(name)) unknown.add(name);
  }
  return [...unknown];
}

import {
  isPlaceholder,
  isSupporterPlaceholder,
  placeholderName,
  placeholderPattern,
  type Placeholder,
  type SupporterPlaceholder,
} from '@/utils/feed/placeholders';

/** What the placeholders stand for; an empty or absent value is missing. */
export type TemplateValues = Partial<Record<Placeholder, string>>;

export interface RenderedText {
  text: string;
  /** The supporter's details the text asked for and did not get. */
  missing: SupporterPlaceholder[];
}

/** How a missing detail of the supporter shows, e.g. `[your city]`. */
export type PromptFor = (name: SupporterPlaceholder) => string;

// Marks where a value the feed does not give was, until the spaces around it collapse.
const gap = '\uE000';

/**
 * Fills a template. A missing detail of the supporter stays visible as a
 * prompt; a missing value of the feed renders as nothing, and the spaces
 * around it collapse to one.
 */
export function renderTemplate(template: string, values: TemplateValues, promptFor: PromptFor): RenderedText {
  const missing = new Set<SupporterPlaceholder>();
  const filled = template.replace(placeholderPattern, (whole, captured: string) => {
    const name = placeholderName(captured);
    if (!isPlaceholder(name)) return whole;
    const value = values[name]?.trim();
    if (value) return value;
    if (isSupporterPlaceholder(name)) {
      missing.add(name);
      return promptFor(name);
    }
    return gap;
  });
  const text = filled.replace(/([ \t]*)\uE000([ \t]*)/g, (_match, before: string, after: string) => (before && after ? ' ' : ''));
  return { text, missing: [...missing] };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasOnlyKnownPlaceholders, privatePlaceholdersIn, unknownPlaceholders, usesPrivatePlaceholder } from './placeholders';

/** Templates made of plain text, braces and placeholder names, known or not. */
const templates = fc
  .array(fc.constantFrom('Dear ', '{{', '}}', '{', '}', ' ', 'target_name', 'email', 'city', 'nope', 'title', '\n', 'x'), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('the placeholder checks the schemas run', () => {
  it('answer as the lists do, for any template', () => {
    fc.assert(
      fc.property(templates, (template) => {
        expect(hasOnlyKnownPlaceholders(template)).toBe(unknownPlaceholders(template).length === 0);
        expect(usesPrivatePlaceholder(template)).toBe(privatePlaceholdersIn(template).length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuse an unknown placeholder and spot a private one', () => {
    expect(hasOnlyKnownPlaceholders('Dear {{ target_name }}, from {{city}}')).toBe(true);
    expect(hasOnlyKnownPlaceholders('Dear {{target}}')).toBe(false);
    expect(hasOnlyKnownPlaceholders('No placeholder at all')).toBe(true);
    expect(usesPrivatePlaceholder('{{title}} {{ email }}')).toBe(true);
    expect(usesPrivatePlaceholder('{{title}} {{url}}')).toBe(false);
  });
});

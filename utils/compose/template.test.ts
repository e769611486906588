import { describe, expect, it } from 'vitest';
import { renderTemplate } from './template';

const prompt = (name: string) => `[your ${name}]`;

describe('renderTemplate', () => {
  it('fills the supporter details and the action', () => {
    expect(
      renderTemplate(
        '{{full_name}} from {{city}} on {{reference}}',
        { full_name: 'Ana Díaz', city: 'Cusco', reference: 'UA 106.23' },
        prompt,
      ),
    ).toEqual({ text: 'Ana Díaz from Cusco on UA 106.23', missing: [] });
  });

  it('keeps a missing detail of the supporter visible as a prompt, and says which', () => {
    expect(renderTemplate('I live in {{city}}, {{ region }}.', { region: '  ' }, prompt)).toEqual({
      text: 'I live in [your city], [your region].',
      missing: ['city', 'region'],
    });
  });

  it('renders a missing value of the feed as nothing, collapsing the spaces around it', () => {
    expect(renderTemplate('{{target_twitter}} Repeal it {{url}} now', { target_twitter: '@Peru' }, prompt).text).toBe(
      '@Peru Repeal it now',
    );
    expect(renderTemplate('{{target_title}} {{target_name}}', { target_name: 'Mr. X' }, prompt).text).toBe('Mr. X');
    expect(renderTemplate('See {{url}}\nThanks', {}, prompt).text).toBe('See\nThanks');
  });

  it('leaves text that is not a known placeholder alone', () => {
    expect(renderTemplate('{{nope}} {x}', {}, prompt).text).toBe('{{nope}} {x}');
  });
});

import { describe, expect, it } from 'vitest';
import { sitePage } from '@/testing/rss-fixtures';
import { htmlFragmentText, htmlPageText } from './html-text';

describe('htmlFragmentText', () => {
  it('breaks lines at blocks and <br>, keeps paragraphs apart, and bullets list items', () => {
    expect(
      htmlFragmentText(
        '<h2>Take action</h2><p>First line<br/>second   line</p><ul><li>One</li><li>Two <b>bold</b></li></ul><div>After</div>',
      ),
    ).toBe('Take action\n\nFirst line\nsecond line\n\n• One\n• Two bold\nAfter');
  });

  it('decodes entities and drops scripts, styles and comments', () => {
    expect(
      htmlFragmentText(
        '<style>p{}</style><p>Caf&eacute; &amp; &#8220;tea&#x201D;&nbsp;&lt;3</p><script>if (a < b) alert("<p>")</script><!-- <p>hidden</p> -->',
      ),
    ).toBe('Café & “tea” <3');
  });

  it('writes out the addresses behind mailto:, tel: and x.com links, once', () => {
    const html =
      '<p><a href="mailto:office@example.org?subject=Hi">Write to the office</a><br><a href="tel:+1%20555%200100">Call</a><br><a href="https://x.com/SomeMinister">on X</a><br>Email: <a href="mailto:desk@example.org">desk@example.org</a></p>';
    const text = htmlFragmentText(html);
    expect(text).toContain('office@example.org');
    expect(text).toContain('+1 555 0100');
    expect(text).toContain('@SomeMinister');
    expect(text.match(/desk@example\.org/g)).toHaveLength(1);
  });

  it('reads unbalanced markup in linear time', () => {
    const started = performance.now();
    htmlFragmentText(`<p>${'<a href="'.repeat(100_000)}`);
    htmlFragmentText(`${'<div>'.repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('htmlPageText', () => {
  it('keeps the article of a whole page, without menus or footer', () => {
    expect(htmlPageText(sitePage('Title', '<p>Body</p>'))).toBe('Title\n\nPosted on 1 June 2026\n\nBody');
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtml } from './email/html-tree';
import { structuredText } from './structured-text';

/** The same markup read from the email reader's own tree and from happy-dom's DOM: both must agree. */
function both(html: string): string {
  const fromTree = structuredText(parseHtml(html));
  const container = document.createElement('div');
  container.innerHTML = html;
  expect(structuredText(container)).toBe(fromTree);
  return fromTree;
}

describe('structuredText', () => {
  it('ends lines at blocks and <br>, and sets paragraphs and headings apart', () => {
    expect(
      both(
        '<h2>Write to</h2><div>Minister of Justice<br>Mr. Pablo Muestra</div><div>Calle 4</div><p>Dear Minister,</p><p>I am writing.</p>',
      ),
    ).toBe('Write to\n\nMinister of Justice\nMr. Pablo Muestra\nCalle 4\n\nDear Minister,\n\nI am writing.');
  });

  it('collapses spaces as a page shows them, and leaves out padding characters', () => {
    expect(both('<p>  Two\n   leaders&nbsp;of a <b>farming</b>\tcommunity&#8203;.&#847;  </p>')).toBe(
      'Two leaders of a farming community.',
    );
  });

  it('keeps a blank line made of two <br>, and an empty block between paragraphs', () => {
    expect(both('<div>Dear President,<br><br>I am writing.</div><div><br></div><div>Yours sincerely,</div>')).toBe(
      'Dear President,\n\nI am writing.\n\nYours sincerely,',
    );
  });

  it('reads a block holding only a no-break space as a blank line, as mail programs mean it', () => {
    expect(
      both('<div>Dear Minister,</div><div>&nbsp;</div><div>I am writing.</div><p>&nbsp;</p><p>Yours,</p><p>a&nbsp;<b> </b>b</p>'),
    ).toBe('Dear Minister,\n\nI am writing.\n\nYours,\n\na b');
  });

  it("keeps Word's one-paragraph-a-line as lines, its empty paragraphs as blank lines", () => {
    const word =
      '<p class="MsoNormal">Minister of Justice<o:p></o:p></p><p class="x_MsoNormal">Calle 4<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Dear Minister,</p>';
    // Not compared with happy-dom, which reads <o:p> as a <p> in a namespace; browsers read it as an unknown inline element.
    expect(structuredText(parseHtml(word))).toBe('Minister of Justice\nCalle 4\n\nDear Minister,');
  });

  it('keeps the lines of preformatted text', () => {
    expect(both('<pre>Fiscal General\n  Ministerio Público\nManagua</pre>')).toBe('Fiscal General\nMinisterio Público\nManagua');
  });

  it('leaves out what is hidden, scripts, styles and images', () => {
    expect(
      both(
        '<p>Shown</p><p style="display: none">Preheader</p><p hidden>Hidden</p><span aria-hidden="true">icon</span><script>var a = 1;</script><style>p {}</style><img alt="Logo">',
      ),
    ).toBe('Shown');
  });

  it('writes what a link holds when its text does not show it', () => {
    expect(
      both(
        [
          '<p>Email: <a href="mailto:a@example.org,b@example.org?subject=UA">both offices</a></p>',
          '<p><a href="mailto:c@example.org"><img src="envelope.png" alt=""></a></p>',
          '<p>Call <a href="tel:+41227330203">022 733 02 03</a></p>',
          '<p>Twitter: <a href="https://x.com/MinJusticia">https://x.com/MinJusticia</a></p>',
          '<p><a href="https://twitter.com/intent/tweet?text=Free">Tweet this</a> <a href="https://x.com/home">X</a></p>',
        ].join(''),
      ),
    ).toBe(
      'Email: both offices a@example.org, b@example.org\n\nc@example.org\n\nCall 022 733 02 03\n\nTwitter: @MinJusticia\n\nTweet this X',
    );
  });

  it('leaves a page chrome in unless asked to skip it', () => {
    const html = '<nav>Home</nav><p>Content</p><footer>© Org</footer>';
    expect(both(html)).toBe('Home\n\nContent\n\n© Org');
    expect(structuredText(parseHtml(html), { skipChrome: true })).toBe('Content');
  });
});

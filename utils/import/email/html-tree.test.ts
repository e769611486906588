import { describe, expect, it } from 'vitest';
import { isElement, type MarkupNode } from '../markup';
import { decodeEntities, type HtmlElement, parseHtml } from './html-tree';

/** The tree as nested tags, to compare shapes. */
function shape(node: MarkupNode): string {
  if (!isElement(node)) return JSON.stringify(node.nodeValue);
  const children = Array.from(node.childNodes).map(shape).join(' ');
  return `${node.localName}(${children})`;
}

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities, accented letters by composition', () => {
    expect(
      decodeEntities('R&iacute;o &amp; Se&ntilde;or &Eacute;gypte &ccedil;a &#233;t&#xE9; &laquo;oui&raquo; &euro;5&nbsp;&#146;'),
    ).toBe('Río & Señor Égypte ça été «oui» €5\u00a0’');
  });

  it('leaves unknown names and accepts a missing semicolon as browsers do', () => {
    expect(decodeEntities('&notanentity; &Xacute; &amp &copy 2024')).toBe('&notanentity; &Xacute; & © 2024');
  });
});

describe('parseHtml', () => {
  it('builds elements with their attributes, lower-cased', () => {
    const root = parseHtml(`<A HREF="mailto:a@b.cd" Title='x &amp; y' data-x=plain hidden>Mail</A>`);
    const link = root.childNodes[0]!;
    expect(
      isElement(link) && [
        link.localName,
        link.getAttribute('href'),
        link.getAttribute('title'),
        link.getAttribute('data-x'),
        link.getAttribute('hidden'),
      ],
    ).toEqual(['a', 'mailto:a@b.cd', 'x & y', 'plain', '']);
  });

  it('implies the end tags HTML lets authors leave out', () => {
    expect(shape(parseHtml('<p>One<p>Two<ul><li>a<li>b</ul><table><tr><td>1<td>2<tr><td>3</table>'))).toBe(
      '#document(p("One") p("Two") ul(li("a") li("b")) table(tr(td("1") td("2")) tr(td("3"))))',
    );
  });

  it('closes a paragraph only within its table cell, and keeps nested tables whole', () => {
    expect(shape(parseHtml('<p>Intro<table><tr><td><p>In cell<table><tr><td>inner</td></tr></table></td><td>next</td></tr></table>'))).toBe(
      '#document(p("Intro") table(tr(td(p("In cell") table(tr(td("inner")))) td("next"))))',
    );
    expect(shape(parseHtml('<p>Outer<table><tr><td><div>cell</div></td></tr></table>after'))).toBe(
      '#document(p("Outer") table(tr(td(div("cell")))) "after")',
    );
  });

  it('ignores stray end tags, comments and conditional comments, and reads raw text as text', () => {
    expect(
      shape(parseHtml('<div>a</span></p>b<!-- note --><!--[if mso]><p>Outlook only</p><![endif]--><style>p > a {}</style><br/></div>')),
    ).toBe('#document(div("a" "b" style("p > a {}") br()))');
  });

  it('treats void elements as empty and </br> as a line break', () => {
    expect(shape(parseHtml('<p>a<br>b<img src=x>c</br>d<hr>e'))).toBe('#document(p("a" br() "b" img() "c" br() "d") hr() "e")');
  });
});

describe('parseHtml on hostile markup', () => {
  // Each of these took from seconds to minutes with the tokenizer's old regular expression.
  it.each(['<x', '<a href="', "<p x='", '<div>', '<td>', '<!x', '</p>'])('reads 100,000 × %j without stalling', (unit) => {
    const started = performance.now();
    parseHtml(unit.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('ends a document that ends inside a tag there, and keeps the text before it', () => {
    const root = parseHtml('<p>Kept</p><p title="never closed>Lost');
    expect(root.childNodes).toHaveLength(1);
    expect((root.childNodes[0]?.childNodes[0] as { nodeValue: string }).nodeValue).toBe('Kept');
  });

  it('keeps a "<" that starts no tag as text, and reads a stray quote in a tag as browsers do', () => {
    const root = parseHtml('<p>1 < 2 <a "odd href="https://example.org/">link</a></p>');
    const paragraph = root.childNodes[0] as HtmlElement;
    expect((paragraph.childNodes[0] as { nodeValue: string }).nodeValue).toBe('1 ');
    expect((paragraph.childNodes[1] as { nodeValue: string }).nodeValue).toBe('< 2 ');
    expect((paragraph.childNodes[2] as HtmlElement).getAttribute('href')).toBe('https://example.org/');
  });
});

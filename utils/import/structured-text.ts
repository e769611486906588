/**
 * A page's or an email's text with its structure kept: blocks and `<br>` end
 * lines (so a contact block stays one line per detail), paragraphs and headings
 * are set apart by a blank line, list items start with "• ", table cells stay
 * apart, hidden content is left out, and links add what they hold (an address,
 * a number, a handle) when their text does not show it.
 *
 * It follows what `innerText` does, without needing a rendered page: the
 * importer reads the result line by line.
 */
import { decodeCfEmail } from './cfemail';
import { isShown, linkEvidence, linkTarget, replacesText } from './link-evidence';
import { isChrome, isElement, isSectioning, isTextNode, type Layout, type MarkupElement, type MarkupNode, tagLayout } from './markup';

export interface StructuredTextOptions {
  /** How elements are laid out; by default their tags and inline styles decide. */
  layout?: Layout;
  /** Leave out site chrome (navigation, asides, the page's header and footer, banners, small forms). */
  skipChrome?: boolean;
  /** The root is the page's content, found by the reader: a header or footer in it is the content's own. */
  contentRoot?: boolean;
}

interface Context {
  pre: boolean;
  inSection: boolean;
}

// Invisible characters mailers and pages pad text with; the zero-width (non-)joiners stay, names need them.
const invisible = /\u034f|[\u00ad\u200b\u2060\ufeff]/g;

/** Accumulates text and the line breaks blocks ask for, the way `innerText` counts them. */
class Writer {
  out = '';
  private pending = 0;
  private bullet = false;

  /** Asks for `count` line ends before the next text (2 leaves a blank line). */
  block(count: number): void {
    if (!this.bullet) this.pending = Math.max(this.pending, count);
  }

  startItem(): void {
    this.block(1);
    this.bullet = true;
  }

  endItem(): void {
    this.bullet = false;
    this.block(1);
  }

  text(text: string): void {
    const raw = text.replace(invisible, '');
    const value = raw.replace(/\u00a0/g, ' ');
    if (!value) return;
    if (!value.trim()) {
      const lineStart = !this.out || this.pending > 0 || this.out.endsWith('\n');
      if (!lineStart) {
        this.out += ' '; // Spaces between words are one space.
      } else if (raw.includes('\u00a0') && this.out && !this.bullet) {
        // A block holding only a no-break space is how mail programs write a blank line.
        this.flush();
        this.out += '\n';
      }
      return;
    }
    this.flush();
    if (this.bullet) {
      this.out += '• ';
      this.bullet = false;
    }
    this.out += value;
  }

  /** A word written after the text so far, with a space between. */
  word(value: string): void {
    this.text(this.out && !/[\s(]$/.test(this.out) && !this.pending ? ` ${value}` : value);
  }

  lineBreak(): void {
    if (this.bullet || !this.out) return;
    this.flush();
    this.out += '\n';
  }

  private flush(): void {
    if (this.out && this.pending > 0) {
      const ends = /\n*$/.exec(this.out)![0].length;
      if (ends < this.pending) this.out += '\n'.repeat(this.pending - ends);
    }
    this.pending = 0;
  }

  result(): string {
    return this.out
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

/** The length of the text each element shows; hidden and (optionally) chrome subtrees count nothing. */
export function measureText(root: MarkupNode, options: StructuredTextOptions = {}): Map<MarkupElement, number> {
  const layout = options.layout ?? tagLayout;
  const lengths = new Map<MarkupElement, number>();
  const visit = (node: MarkupNode, inSection: boolean): number => {
    if (isTextNode(node)) return (node.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
    if (!isElement(node) || layout(node) === 'none' || (options.skipChrome && isChrome(node, inSection))) return 0;
    const section = inSection || isSectioning(node);
    let length = 0;
    for (const child of Array.from(node.childNodes)) length += visit(child, section);
    lengths.set(node, length);
    return length;
  };
  visit(root, false);
  return lengths;
}

const paragraphTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);
// Word and Outlook write every line as a <p class="MsoNormal"> without margins (Outlook on the web adds "x_").
const wordLine = /(?:^|\s)(?:x_)?MsoNormal(?:\s|$)/;
const inlineDisplays = /^(?:inline|inline-block|inline-flex|inline-grid|inline-table|contents|ruby|run-in)$/;

/** The text of `root` and everything in it, laid out as described above. */
export function structuredText(root: MarkupNode, options: StructuredTextOptions = {}): string {
  const layout = options.layout ?? tagLayout;
  let lengths: Map<MarkupElement, number> | undefined;
  const share = (element: MarkupElement): number => {
    lengths ??= measureText(root, options);
    const whole = isElement(root) ? (lengths.get(root) ?? 0) : 0;
    return whole > 0 ? (lengths.get(element) ?? 0) / whole : 0;
  };

  const skipped = (element: MarkupElement, context: Context): boolean => {
    if (!options.skipChrome || element === root) return false;
    if (isChrome(element, context.inSection)) return true;
    // Search boxes and sign-up forms are chrome; a page built inside one big form (ASP.NET) is not.
    return element.localName === 'form' && share(element) < 0.5;
  };

  const walkChildren = (node: MarkupNode, writer: Writer, context: Context) => {
    for (const child of Array.from(node.childNodes)) walk(child, writer, context);
  };

  const walkLink = (element: MarkupElement, writer: Writer, context: Context) => {
    const href = linkTarget(element) ?? '';
    const evidence = href ? linkEvidence(href) : undefined;
    const start = writer.out.length;
    walkChildren(element, writer, context);
    if (!evidence) return;
    const shown = writer.out.slice(start);
    if (isShown(evidence, shown)) return;
    if (replacesText(evidence, shown, href) && shown.trim()) {
      // Keep the line breaks and bullet the link's text was written after.
      const lead = /^\s*(?:• )?/.exec(shown)![0];
      writer.out = writer.out.slice(0, start) + lead + evidence.value;
    } else {
      writer.word(evidence.value);
    }
  };

  /** A table row: cells of one line each stay on one line, tab-separated; longer cells become paragraphs. */
  const walkRow = (row: MarkupElement, writer: Writer, context: Context) => {
    const cells = Array.from(row.childNodes)
      .filter(isElement)
      .filter((cell) => layout(cell) !== 'none' && !skipped(cell, context))
      .map((cell) => {
        const cellWriter = new Writer();
        walk(cell, cellWriter, context);
        return cellWriter.result();
      })
      .filter(Boolean);
    if (cells.every((cell) => !cell.includes('\n'))) {
      writer.block(1);
      writer.text(cells.join('\t'));
      writer.block(1);
      return;
    }
    for (const cell of cells) {
      writer.block(2);
      for (const [index, line] of cell.split('\n').entries()) {
        if (index > 0) writer.lineBreak();
        writer.text(line);
      }
      writer.block(2);
    }
  };

  const walk = (node: MarkupNode, writer: Writer, context: Context): void => {
    if (isTextNode(node)) {
      const value = node.nodeValue ?? '';
      if (!context.pre) {
        writer.text(value.replace(/[ \t\n\r\f]+/g, ' '));
        return;
      }
      for (const [index, line] of value.replace(/\r\n?/g, '\n').split('\n').entries()) {
        if (index > 0) writer.lineBreak();
        writer.text(line);
      }
      return;
    }
    if (!isElement(node)) return;
    const display = layout(node);
    if (display === 'none' || skipped(node, context)) return;
    const tag = node.localName;
    if (tag === 'br') {
      writer.lineBreak();
      return;
    }
    if (tag === 'hr') {
      writer.block(2);
      return;
    }
    const cfemail = node.getAttribute('data-cfemail');
    if (cfemail) {
      try {
        writer.text(decodeCfEmail(cfemail));
        return;
      } catch {
        // Not Cloudflare's code after all: read what it shows.
      }
    }
    const inner: Context = {
      pre: context.pre || tag === 'pre' || tag === 'listing' || tag === 'plaintext' || tag === 'xmp',
      inSection: context.inSection || isSectioning(node),
    };
    if (display === 'table-row') {
      walkRow(node, writer, inner);
      return;
    }
    if (tag === 'li' || display === 'list-item') {
      writer.startItem();
      walkChildren(node, writer, inner);
      writer.endItem();
      return;
    }
    const breaks = inlineDisplays.test(display) ? 0 : paragraphTags.has(tag) && !wordLine.test(node.getAttribute('class') ?? '') ? 2 : 1;
    writer.block(breaks);
    if (tag === 'a') walkLink(node, writer, inner);
    else walkChildren(node, writer, inner);
    writer.block(breaks);
  };

  const writer = new Writer();
  walk(root, writer, { pre: false, inSection: Boolean(options.contentRoot) || (isElement(root) && isSectioning(root)) });
  return writer.result();
}

/**
 * An urgent action received by email, as the importer's text: from an `.eml`
 * file, or from a pasted message (its raw source, or its text with headers and
 * forwarding lines). The plain-text part is preferred; an HTML part is read with
 * the same structure rules as a web page. The organization's link in the
 * message becomes the action's `url`.
 */
import { structuredText } from '../structured-text';
import { chooseActionLink, type LinkCandidate, linksInMarkup, linksInText } from './action-link';
import { parseHtml } from './html-tree';
import { decodeEncodedWords, type MimePart, readMime } from './mime';
import { cleanEmailBody, type EmailText, plainSubject, readPastedEmail, withSubject } from './pasted-email';

export type { EmailText } from './pasted-email';

interface Body {
  text: string;
  links: LinkCandidate[];
  /** The subject of a message forwarded as an attachment: the organization's own. */
  subject?: string;
}

const empty: Body = { text: '', links: [] };

/** RFC 3676 `format=flowed`: a line ending in a space goes on in the next one. */
function unflow(text: string, deleteSpace: boolean): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line.startsWith(' ') ? line.slice(1) : line))
    .reduce((joined, line, index, lines) => {
      const previous = lines[index - 1];
      const soft = previous !== undefined && previous.endsWith(' ') && previous !== '-- ';
      if (index === 0) return line;
      if (!soft) return `${joined}\n${line}`;
      return (deleteSpace ? joined.slice(0, -1) : joined) + line;
    }, '');
}

function plainBody(part: MimePart): Body {
  const raw = part.text ?? '';
  const flowed = part.params.get('format')?.toLowerCase() === 'flowed';
  const text = flowed ? unflow(raw, part.params.get('delsp')?.toLowerCase() === 'yes') : raw;
  return { text: text.replace(/\r\n?/g, '\n').trim(), links: linksInText(text) };
}

function htmlBody(part: MimePart): Body {
  const tree = parseHtml(part.text ?? '');
  return { text: structuredText(tree), links: linksInMarkup(tree) };
}

function join(bodies: readonly Body[]): Body {
  const subject = bodies.find((body) => body.subject)?.subject;
  return {
    text: bodies
      .map((body) => body.text)
      .filter(Boolean)
      .join('\n\n'),
    links: bodies.flatMap((body) => body.links),
    ...(subject && { subject }),
  };
}

/**
 * Of two versions of a message, the plain text, unless it is empty or much
 * shorter than the HTML's text (mailers sometimes send "open this email in a
 * browser" as the plain version). The HTML's links come along either way: they
 * say what they link to.
 */
function alternative(versions: readonly Body[], types: readonly string[]): Body {
  const plain = versions[types.indexOf('text/plain')];
  const rich = versions.find((_version, index) => types[index] !== 'text/plain' && versions[index]!.text);
  if (!rich) return plain ?? empty;
  if (!plain || plain.text.length < rich.text.length / 2) return rich;
  return { ...plain, links: [...rich.links, ...plain.links] };
}

function readBody(part: MimePart): Body {
  if (part.type === 'text/plain') return plainBody(part);
  if (part.type === 'text/html') return htmlBody(part);
  if (part.type === 'message/rfc822') {
    const inner = part.parts[0];
    if (!inner) return empty;
    const body = readBody(inner);
    const subject = inner.headers.get('subject');
    return { ...body, ...(subject && { subject: plainSubject(decodeEncodedWords(subject)) }) };
  }
  if (part.type === 'multipart/alternative') {
    return alternative(
      part.parts.map(readBody),
      part.parts.map((child) => mainType(child)),
    );
  }
  if (part.type.startsWith('multipart/')) {
    // A message forwarded as an attachment is the original; the text around it is the forwarder's note.
    const forwarded = part.parts.find((child) => child.type === 'message/rfc822');
    const original = forwarded && readBody(forwarded);
    return original?.text ? original : join(part.parts.map(readBody));
  }
  return empty;
}

/** The kind of text a part holds: a multipart/related around HTML is HTML. */
function mainType(part: MimePart): string {
  if (part.type.startsWith('multipart/') && part.type !== 'multipart/alternative') {
    const first = part.parts[0];
    return first ? mainType(first) : part.type;
  }
  return part.type;
}

/** The text, subject and organization's link of a whole message (`.eml` bytes, or its pasted source). */
export function readEmail(source: Uint8Array | string): EmailText {
  const message = readMime(source, { decoded: typeof source === 'string' });
  const header = message.headers.get('subject');
  const body = readBody(message);
  const cleaned = cleanEmailBody(body.text);
  const subject = body.subject ?? cleaned.subject ?? (header ? plainSubject(decodeEncodedWords(header)) : undefined);
  const url = chooseActionLink(body.links);
  return {
    text: withSubject(subject, cleaned.text),
    ...(subject && { subject }),
    ...(url && { url }),
  };
}

// A message's own header lines, as in an .eml file or "Show original".
const mimeHeader = /^(?:mime-version|content-type|content-transfer-encoding|message-id|received|return-path|dkim-signature)\s*:/im;

/** Whether a pasted text is a raw message: its first lines are headers, among them MIME's or the transport's. */
export function isRawMessage(text: string): boolean {
  const head = /^([\s\S]*?)\r?\n\r?\n/.exec(text.trimStart())?.[1] ?? '';
  return mimeHeader.test(head) && head.split(/\r?\n/).every((line) => /^[!-9;-~]+:|^[ \t]/.test(line));
}

/**
 * What Import from text reads from a pasted text: a raw message or a pasted
 * email becomes its body, subject and link; any other text stays as it is.
 */
export function readPastedText(text: string): EmailText {
  if (isRawMessage(text)) return readEmail(text);
  return readPastedEmail(text) ?? { text };
}

/**
 * A file dropped or chosen for Import from text: an `.eml` message, or a saved
 * text (read like a pasted one). Anything else gives nothing.
 */
export function readEmailFile(name: string, type: string, bytes: Uint8Array): EmailText | undefined {
  const lowerName = name.toLowerCase();
  if (type === 'message/rfc822' || lowerName.endsWith('.eml')) {
    const head = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
    return isRawMessage(head) || /^(?:from|subject|date|to)\s*:/im.test(head.split(/\r?\n\r?\n/)[0] ?? '') ? readEmail(bytes) : undefined;
  }
  if (type === 'text/plain' || lowerName.endsWith('.txt')) return readPastedText(new TextDecoder().decode(bytes));
  return undefined;
}

/**
 * A minimal reader of RFC 822 / MIME messages, enough for the text of an email:
 * headers (folded lines, RFC 2047 encoded words), nested multipart bodies,
 * quoted-printable and base64, and the charsets TextDecoder knows (UTF-8,
 * ISO-8859-1, Windows-1252…). Attachments other than a forwarded message are
 * skipped, never decoded.
 *
 * The message is read as a "binary string" (one character per byte) so that an
 * 8-bit body can be decoded with the charset its part declares.
 */
import { decodeWindows1252 } from './windows-1252';

export interface MimePart {
  /** Header names in lower case; the first of repeated headers. */
  headers: Map<string, string>;
  /** `type/subtype` in lower case, `text/plain` when absent. */
  type: string;
  params: Map<string, string>;
  /** The decoded text of a text part. */
  text?: string;
  /** The parts of a multipart, or the message inside a message/rfc822. */
  parts: MimePart[];
}

export interface ReadOptions {
  /**
   * The message was pasted, so 7bit and 8bit bodies are text already rather
   * than bytes in the declared charset.
   */
  decoded?: boolean;
}

/** Bytes as a binary string (each character one byte). */
function bytesToBinary(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return binary;
}

function binaryToBytes(binary: string): Uint8Array {
  return Uint8Array.from(binary, (char) => char.charCodeAt(0) & 0xff);
}

/** Text from bytes in the named charset; an unknown or wrong label falls back to UTF-8, then Windows-1252. */
export function decodeCharset(bytes: Uint8Array, charset = 'utf-8'): string {
  let decoder: TextDecoder | undefined;
  try {
    decoder = new TextDecoder(charset.trim() || 'utf-8');
  } catch {
    // An unknown label: try the usual charsets below.
  }
  // ISO-8859-1 and US-ASCII are read as Windows-1252, as the Encoding standard says.
  if (decoder?.encoding === 'windows-1252') return decodeWindows1252(bytes);
  if (decoder && decoder.encoding !== 'utf-8') return decoder.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

export function decodeQuotedPrintable(binary: string): Uint8Array {
  const unfolded = binary.replace(/=[ \t]*\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < unfolded.length; index++) {
    const char = unfolded[index]!;
    const hex = unfolded.slice(index + 1, index + 3);
    if (char === '=' && /^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(char.charCodeAt(0) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

export function decodeBase64(binary: string): Uint8Array {
  const clean = binary.replace(/[^A-Za-z0-9+/]/g, '');
  const whole = clean.slice(0, clean.length - (clean.length % 4 === 1 ? 1 : 0));
  const padded = whole + '='.repeat((4 - (whole.length % 4)) % 4);
  try {
    return binaryToBytes(atob(padded));
  } catch {
    return new Uint8Array();
  }
}

const encodedWord = /=\?([^?\s]+)\?([bq])\?([^?\s]*)\?=/gi;

/** RFC 2047 encoded words (`=?UTF-8?Q?Acci=C3=B3n?=`) in a header value; spaces between two of them go. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(=\?[^?\s]+\?[bq]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[bq]\?[^?\s]*\?=)/gi, '$1')
    .replace(encodedWord, (_word, charset: string, encoding: string, text: string) => {
      const bytes = encoding.toLowerCase() === 'b' ? decodeBase64(text) : decodeQuotedPrintable(text.replace(/_/g, ' '));
      // RFC 2231 lets a language follow the charset: UTF-8*es.
      return decodeCharset(bytes, charset.split('*')[0]);
    });
}

/**
 * Header names and values, folded lines unfolded. Raw 8-bit values (RFC 6532)
 * are UTF-8, or Windows-1252 from older mailers.
 */
function parseHeaders(block: string, options: ReadOptions): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    let value = line.slice(colon + 1).trim();
    if (!options.decoded && /[\x80-\xff]/.test(value)) value = decodeCharset(binaryToBytes(value));
    if (!headers.has(name)) headers.set(name, value);
  }
  return headers;
}

/** `text/html; charset="utf-8"` as its type and its parameters. */
export function parseContentType(value: string | undefined): { type: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  const [type = '', ...rest] = (value ?? '').match(/(?:[^;"]|"(?:[^"\\]|\\.)*")+/g) ?? [];
  for (const param of rest) {
    const equals = param.indexOf('=');
    if (equals < 0) continue;
    const name = param.slice(0, equals).trim().toLowerCase().replace(/\*$/, '');
    let raw = param.slice(equals + 1).trim();
    if (raw.startsWith('"')) raw = raw.slice(1, -1).replace(/\\(.)/g, '$1');
    // RFC 2231: charset'language'value.
    else if (/^[^']*'[^']*'/.test(raw)) raw = decodeURIComponent(raw.replace(/^[^']*'[^']*'/, ''));
    params.set(name, raw);
  }
  return { type: type.trim().toLowerCase() || 'text/plain', params };
}

function splitHead(binary: string): { head: string; body: string } {
  const match = /\r?\n\r?\n/.exec(binary);
  if (!match) return { head: binary, body: '' };
  return { head: binary.slice(0, match.index), body: binary.slice(match.index + match[0].length) };
}

function splitMultipart(body: string, boundary: string): string[] {
  const parts: string[] = [];
  const delimiter = `--${boundary}`;
  const lines = body.split(/\r?\n/);
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.startsWith(delimiter)) {
      if (current) parts.push(current.join('\n'));
      if (line.slice(delimiter.length).startsWith('--')) return parts;
      current = [];
    } else {
      current?.push(line);
    }
  }
  if (current) parts.push(current.join('\n'));
  return parts;
}

const encodings = (headers: Map<string, string>) => (headers.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase();

/** A base64 or quoted-printable body as the bytes it encodes (a binary string); undefined for other bodies. */
function transferDecoded(body: string, headers: Map<string, string>): string | undefined {
  const encoding = encodings(headers);
  if (encoding === 'base64') return bytesToBinary(decodeBase64(body));
  if (encoding === 'quoted-printable') return bytesToBinary(decodeQuotedPrintable(body));
  return undefined;
}

function readPart(binary: string, options: ReadOptions, depth: number): MimePart {
  const { head, body } = splitHead(binary);
  const headers = parseHeaders(head, options);
  const { type, params } = parseContentType(headers.get('content-type'));
  const part: MimePart = { headers, type, params, parts: [] };
  // Deeper nesting than any mailer writes is not followed.
  if (depth > 12) return part;
  if (type.startsWith('multipart/')) {
    const boundary = params.get('boundary');
    if (boundary) part.parts = splitMultipart(body, boundary).map((section) => readPart(section, options, depth + 1));
    return part;
  }
  const decoded = transferDecoded(body, headers);
  if (type === 'message/rfc822') {
    part.parts = [decoded === undefined ? readPart(body, options, depth + 1) : readPart(decoded, {}, depth + 1)];
    return part;
  }
  const disposition = (headers.get('content-disposition') ?? '').toLowerCase();
  if (type.startsWith('text/') && !disposition.startsWith('attachment')) {
    // A pasted message's 7bit and 8bit bodies are text already.
    if (decoded === undefined && options.decoded) part.text = body;
    else part.text = decodeCharset(binaryToBytes(decoded ?? body), params.get('charset'));
  }
  return part;
}

/** Reads a whole message from its bytes, or from its text when pasted (`decoded`). */
export function readMime(source: Uint8Array | string, options: ReadOptions = {}): MimePart {
  const binary = typeof source === 'string' ? source : bytesToBinary(source);
  return readPart(binary.replace(/^\ufeff/, ''), options, 0);
}

import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeCharset, decodeEncodedWords, decodeQuotedPrintable, parseContentType, readMime } from './mime';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('transfer encodings', () => {
  it('decodes quoted-printable with soft line breaks', () => {
    expect(decodeCharset(decodeQuotedPrintable('Acci=C3=B3n urgente: R=\r\n=C3=ADo Verde =3D ok=\n'))).toBe(
      'Acción urgente: Río Verde = ok',
    );
  });

  it('keeps a stray "=" as it is', () => {
    expect(decodeCharset(decodeQuotedPrintable('a = b =ZZ'))).toBe('a = b =ZZ');
  });

  it('decodes base64 across lines, and tolerates missing padding', () => {
    expect(decodeCharset(decodeBase64('QWNjacOzbiB1cmdl\r\nbnRl'))).toBe('Acción urgente');
    expect(decodeCharset(decodeBase64('YWI'))).toBe('ab');
  });
});

describe('decodeCharset', () => {
  it('reads ISO-8859-1 and Windows-1252, curly quotes and euro sign included', () => {
    expect(decodeCharset(Uint8Array.from([0x4c, 0x92, 0xe9, 0x80]), 'ISO-8859-1')).toBe('L’é€');
    expect(decodeCharset(Uint8Array.from([0x93, 0x6f, 0x94]), 'windows-1252')).toBe('“o”');
  });

  it('falls back to UTF-8, then Windows-1252, for an unknown or wrong label', () => {
    expect(decodeCharset(bytes('Égypte'), 'x-unknown')).toBe('Égypte');
    expect(decodeCharset(Uint8Array.from([0xc9, 0x67]), 'utf-8')).toBe('Ég');
  });
});

describe('decodeEncodedWords', () => {
  it('decodes B and Q words, and drops the space between two of them', () => {
    expect(decodeEncodedWords('=?UTF-8?Q?Urgent_Action:_R=C3=ADo?= =?UTF-8?Q?_Verde?=')).toBe('Urgent Action: Río Verde');
    expect(decodeEncodedWords('TR: =?utf-8?B?bGliw6lyZXo=?= Nour')).toBe('TR: libérez Nour');
    expect(decodeEncodedWords('=?ISO-8859-1*es?Q?Acci=F3n?= urgente')).toBe('Acción urgente');
  });
});

describe('parseContentType', () => {
  it('reads the type and quoted, plain and RFC 2231 parameters', () => {
    const { type, params } = parseContentType('Multipart/Alternative; boundary="=_a;b"; charset=UTF-8; name*=utf-8\'\'AU%2035.pdf');
    expect(type).toBe('multipart/alternative');
    expect(Object.fromEntries(params)).toEqual({ boundary: '=_a;b', charset: 'UTF-8', name: 'AU 35.pdf' });
  });

  it('defaults to text/plain', () => {
    expect(parseContentType(undefined).type).toBe('text/plain');
  });
});

describe('readMime', () => {
  it('reads nested multiparts, skips attachments, and follows a forwarded message', () => {
    const message = [
      'Subject: Test',
      'Content-Type: multipart/mixed; boundary=outer',
      '',
      'preamble',
      '--outer',
      'Content-Type: multipart/alternative; boundary=inner',
      '',
      '--inner',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Plain',
      '--inner',
      'Content-Type: text/html',
      '',
      '<p>Rich</p>',
      '--inner--',
      '--outer',
      'Content-Type: text/plain',
      'Content-Disposition: attachment; filename="notes.txt"',
      '',
      'Attached notes',
      '--outer',
      'Content-Type: message/rfc822',
      '',
      'Subject: Inner',
      '',
      'Inner body',
      '--outer--',
      'epilogue',
    ].join('\r\n');
    const root = readMime(bytes(message));
    expect(root.headers.get('subject')).toBe('Test');
    const [alternative, attachment, forwarded] = root.parts;
    expect(alternative!.parts.map((part) => [part.type, part.text])).toEqual([
      ['text/plain', 'Plain'],
      ['text/html', '<p>Rich</p>'],
    ]);
    expect(attachment!.text).toBeUndefined();
    expect(forwarded!.parts[0]!.headers.get('subject')).toBe('Inner');
    expect(forwarded!.parts[0]!.text).toBe('Inner body');
  });

  it('unfolds headers and reads raw UTF-8 in them', () => {
    const root = readMime(bytes('Subject: Acción\r\n urgente\r\nFrom: a@b.cd\r\n\r\nBody'));
    expect(root.headers.get('subject')).toBe('Acción urgente');
    expect(root.text).toBe('Body');
  });

  it('takes a pasted message as text: its 8-bit body is not decoded again', () => {
    const root = readMime('Content-Type: text/plain; charset=iso-8859-1\n\nAcción', { decoded: true });
    expect(root.text).toBe('Acción');
  });
});

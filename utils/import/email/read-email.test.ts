import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUrgentActionText } from '../parse-urgent-action-text';
import { isRawMessage, readEmail, readEmailFile, readPastedText } from './read-email';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));

describe('readEmail', () => {
  it('prefers the plain text of a multipart/alternative message, and takes the link from its HTML', () => {
    const email = readEmail(fixture('ua-61-24-alternative.eml'));
    expect(email.subject).toBe('Urgent Action: Stop the eviction of the Río Verde families');
    expect(email.url).toBe('https://rights.example.org/actions/ua-61-24');
    expect(email.text).toMatch(
      /^Urgent Action: Stop the eviction of the Río Verde families\n\nUA: Guatemala 61\.24\nAct by: 12 September 2031\n\n/,
    );
    expect(email.text).toContain('President of the Republic\nMr. Tomás Ejemplo\nPalacio Nacional de la Cultura\n');
    expect(email.text).toContain('* Write to the President and the Attorney General with the sample letter below.');
    expect(email.text).not.toContain('=C3');
  });

  it('reads the HTML when the plain version only says to open it, from ISO-8859-1 base64, and skips the attachment', () => {
    const email = readEmail(fixture('au-35-24-html-latin1.eml'));
    expect(email).toMatchObject({ subject: 'Acción urgente: libertad para Mario Ejemplo', url: 'https://derechos.example.org/au/35-24' });
    expect(email.text).toBe(
      [
        'Acción urgente: libertad para Mario Ejemplo',
        '',
        'AU 35/24 · Nicaragua',
        '',
        'Libertad para el periodista Mario Ejemplo',
        '',
        'Plazo: hasta el 20 de octubre de 2031',
        '',
        'Mario Ejemplo, periodista de una radio comunitaria de Estelí, fue detenido el 2 de agosto después de informar sobre una protesta de campesinos. Su familia no sabe dónde está.',
        '',
        'Escribe a:',
        '',
        'Fiscal General',
        'Sra. Ana Ejemplo',
        'Ministerio Público, Managua, Nicaragua',
        'Correo-e: escribir a la fiscal fiscal@example.ni',
        '',
        'Ministro del Interior',
        'Sr. José Muestra',
        'Managua, Nicaragua',
        'Teléfono: llamar +50522220000',
        '',
        'Señora Fiscal General:',
        '',
        'Le escribo para pedirle que ponga en libertad al periodista Mario Ejemplo y que informe a su familia de dónde está detenido.',
        '',
        'Atentamente,',
        '',
        'Actúa ahora Facebook',
        '',
        'Darse de baja',
      ].join('\n'),
    );
  });

  it('reads a message forwarded as an attachment, in Windows-1252, with its own subject and without the covering note', () => {
    const email = readEmail(fixture('au-88-24-forwarded-attachment.eml'));
    expect(email).toMatchObject({ subject: 'Action urgente : libérez Nour Exemple', url: 'https://droits.example.org/au/88-24' });
    expect(email.text).toMatch(/^Action urgente : libérez Nour Exemple\n\nAU 88\/24 - Égypte\nDate limite : 5 novembre 2031\n/);
    expect(email.text).not.toContain('Peux-tu');
    expect(email.text).toContain('L’avocate Nour Exemple');
    expect(email.text).toContain('Veuillez agréer, Monsieur le Procureur général, l’expression de ma haute considération.');
  });

  it('reads a message forwarded inline, its flowed lines joined, the forwarding header and note left out', () => {
    const email = readEmail(fixture('ua-70-24-forwarded-inline.eml'));
    expect(email).toMatchObject({ subject: 'URGENT ACTION UA 70/24 Nepal', url: 'https://rights.example.org/actions/ua-70-24' });
    expect(email.text).toMatch(/^URGENT ACTION UA 70\/24 Nepal\n\nUA 70\/24 Nepal: Release the student Bikash Example\n\n/);
    expect(email.text).toContain(
      'Bikash Example, a student leader, was arrested in Kathmandu on 1 September after a sit-in at his university. He has been charged with offences that carry ten years in prison.',
    );
    expect(email.text).not.toMatch(/Forwarded Message|^From:|^Date:|jo@example\.net|letter-writing evening/m);
  });

  it('gives the importer a text it reads as an urgent action', () => {
    const { text, url } = readEmail(fixture('ua-61-24-alternative.eml'));
    const result = parseUrgentActionText(text, { url, now: new Date('2030-01-01T00:00:00Z') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.item).toMatchObject({ id: 'ua-61-24', url: 'https://rights.example.org/actions/ua-61-24' });
    expect(result.item._urgent_action.targets.map((target) => [target.name, target.email])).toEqual([
      ['Mr. Tomás Ejemplo', 'presidencia@example.gt'],
      ['Ms. Inés Muestra', 'fiscalia@example.gt'],
    ]);
  });
});

describe('readPastedText', () => {
  it("reads a pasted message source (as from a mail program's Show original)", () => {
    const source = new TextDecoder().decode(fixture('ua-61-24-alternative.eml'));
    expect(isRawMessage(source)).toBe(true);
    expect(readPastedText(source)).toEqual(readEmail(fixture('ua-61-24-alternative.eml')));
  });

  it('reads a pasted email, and leaves any other text as it is', () => {
    expect(readPastedText('Subject: Urgent Action\nFrom: a@rights.example.org\n\nUA 1/24')).toEqual({
      text: 'Urgent Action\n\nUA 1/24',
      subject: 'Urgent Action',
    });
    const page = 'UA: Peru 106.23\nDear Minister,';
    expect(isRawMessage(page)).toBe(false);
    expect(readPastedText(page)).toEqual({ text: page });
  });
});

describe('readEmailFile', () => {
  it('reads an .eml file by its name or type, and a saved text', () => {
    const bytes = fixture('ua-70-24-forwarded-inline.eml');
    expect(readEmailFile('UA 70-24.EML', '', bytes)).toEqual(readEmail(bytes));
    expect(readEmailFile('message', 'message/rfc822', bytes)).toEqual(readEmail(bytes));
    expect(readEmailFile('ua.txt', 'text/plain', new TextEncoder().encode('UA: Peru 106.23'))).toEqual({ text: 'UA: Peru 106.23' });
  });

  it('refuses other files, and an .eml that holds no message', () => {
    expect(readEmailFile('photo.png', 'image/png', Uint8Array.from([0x89, 0x50]))).toBeUndefined();
    expect(readEmailFile('notes.eml', '', new TextEncoder().encode('Just some words\nwith no headers'))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { cleanEmailBody, looksLikeEmail, plainSubject, readPastedEmail, withSubject } from './pasted-email';

describe('plainSubject and withSubject', () => {
  it('drops reply and forward prefixes in English, Spanish, French and German', () => {
    expect(plainSubject('Fwd: RE: FW: Urgent Action')).toBe('Urgent Action');
    expect(plainSubject('RV: Acción urgente')).toBe('Acción urgente');
    expect(plainSubject('TR : Action urgente')).toBe('Action urgente');
    expect(plainSubject('WG: Re[2]: Eilaktion')).toBe('Eilaktion');
  });

  it('puts the subject first unless the body opens with it', () => {
    expect(withSubject('Fwd: Free them', 'UA 1/24')).toBe('Free them\n\nUA 1/24');
    expect(withSubject('Free them', 'Free them\nUA 1/24')).toBe('Free them\nUA 1/24');
    expect(withSubject(undefined, 'UA 1/24')).toBe('UA 1/24');
  });
});

describe('cleanEmailBody', () => {
  it('drops the pasted headers and keeps their subject', () => {
    const text =
      'From: Example Rights <actions@rights.example.org>\nSent: Monday, 3 June 2024 09:02\nTo: Sam\nSubject: Urgent Action: Free them\n\nUA 47/24\nBody';
    expect(cleanEmailBody(text)).toEqual({ text: 'UA 47/24\nBody', subject: 'Urgent Action: Free them' });
  });

  it('drops a forwarded header block, in Spanish and French too, and prefers its subject', () => {
    const spanish =
      'Mira esto.\n\n---------- Mensaje reenviado ---------\nDe: Red <au@derechos.example.org>\nFecha: lun, 3 jun 2024\nAsunto: Acción urgente: Mario Ejemplo\nPara: <ana@example.com>\n\nAU 35/24\nTexto';
    expect(cleanEmailBody(spanish)).toEqual({ text: 'AU 35/24\nTexto', subject: 'Acción urgente: Mario Ejemplo' });
    const french =
      'Début du message réexpédié :\n\nDe : Réseau <au@droits.example.org>\nObjet : Action urgente\nDate : 3 juin 2024\nÀ : Claire\n\nAU 88/24';
    expect(cleanEmailBody(french)).toEqual({ text: 'AU 88/24', subject: 'Action urgente' });
  });

  it("keeps only the original message: after Outlook's forwarded block, or a reply's attribution, without quote marks", () => {
    const outlook =
      'Please sign.\n\n________________________________\nFrom: Example Rights <a@rights.example.org>\nSent: 3 June 2024 09:02\nTo: Jo\nSubject: UA 47/24\n\nUA 47/24 text';
    expect(cleanEmailBody(outlook)).toEqual({ text: 'UA 47/24 text', subject: 'UA 47/24' });
    const reply =
      'Done!\n\nOn Mon, 3 Jun 2024 at 09:02, Example Rights <a@rights.example.org> wrote:\n> UA 47/24\n> > Dear Minister,\n>\n> Yours sincerely,';
    expect(cleanEmailBody(reply).text).toBe('UA 47/24\nDear Minister,\n\nYours sincerely,');
  });

  it('keeps the innermost message of a forwarded forward', () => {
    const twice =
      'FYI\n---------- Forwarded message ---------\nFrom: Jo <jo@example.net>\nSubject: Fwd: UA\n\nJo: please act\n---------- Forwarded message ---------\nFrom: Org <a@rights.example.org>\nSubject: UA 47/24: Free them\n\nUA 47/24';
    expect(cleanEmailBody(twice)).toEqual({ text: 'UA 47/24', subject: 'UA 47/24: Free them' });
  });

  it('keeps a text that has no headers as it is', () => {
    const page = 'Date: 3 June 2024\nUA 47/24\nFrom the river to the sea of paperwork.';
    expect(cleanEmailBody(page)).toEqual({ text: page });
  });
});

describe('looksLikeEmail and readPastedEmail', () => {
  it('tells a pasted email from a pasted page', () => {
    expect(looksLikeEmail('\n\nFrom: a@b.cd\nSubject: UA\n\nText')).toBe(true);
    expect(looksLikeEmail('Hi\n-----Original Message-----\nFrom: a@b.cd\nSubject: x')).toBe(true);
    expect(looksLikeEmail('> UA 47/24\n> Dear Minister,')).toBe(true);
    expect(looksLikeEmail('UA 47/24\nDate: 3 June 2024\nDear Minister,')).toBe(false);
  });

  it('reads a pasted email: text with its subject first, and the organization link', () => {
    const pasted = [
      'From: Example Rights Network <actions@rights.example.org>',
      'Date: Tuesday, 10 September 2024 at 08:00',
      'To: sam.supporter@example.com',
      'Subject: Fwd: Urgent Action: Stop the eviction',
      '',
      'UA: Guatemala 61.24',
      'Follow us: https://x.com/ExampleRights',
      'Read the full action',
      'https://rights.example.org/actions/ua-61-24.',
    ].join('\n');
    expect(readPastedEmail(pasted)).toEqual({
      text: 'Urgent Action: Stop the eviction\n\nUA: Guatemala 61.24\nFollow us: https://x.com/ExampleRights\nRead the full action\nhttps://rights.example.org/actions/ua-61-24.',
      subject: 'Urgent Action: Stop the eviction',
      url: 'https://rights.example.org/actions/ua-61-24',
    });
  });

  it('gives nothing for a text that is not an email', () => {
    expect(readPastedEmail('UA: Guatemala 61.24\nDear President,')).toBeUndefined();
  });
});

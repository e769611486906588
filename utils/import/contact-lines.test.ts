import { describe, expect, it } from 'vitest';
import { emailValue, hasUrl, labelStarts, parseContactLine, phoneNumber, twitterHandle, unlabelledContact } from './contact-lines';

describe('parseContactLine', () => {
  it('reads a labelled line', () => {
    expect(parseContactLine('Twitter: @AlbertoOtarolaP')).toEqual([{ field: 'twitter', label: 'Twitter', value: '@AlbertoOtarolaP' }]);
    expect(parseContactLine('Salutation: Your Excellency,')).toEqual([
      { field: 'salutation', label: 'Salutation', value: 'Your Excellency,' },
    ]);
  });

  it('reads several labels on one line', () => {
    expect(parseContactLine('Tel: +98 21 1234 5678 | Fax: +98 21 8765 4321; E-mail: a@b.ir')).toEqual([
      { field: 'phone', label: 'Tel', value: '+98 21 1234 5678' },
      { field: 'fax', label: 'Fax', value: '+98 21 8765 4321' },
      { field: 'email', label: 'E-mail', value: 'a@b.ir' },
    ]);
  });

  it.each(['X (formerly Twitter): @a', 'X: @a', 'Twitter/X: @a'])('knows "%s" as Twitter', (line) => {
    expect(parseContactLine(line)?.[0]?.field).toBe('twitter');
  });

  it.each([
    ['Correo-e: fgr@fgr.org.mx', 'email'],
    ['Correo electrónico: fgr@fgr.org.mx', 'email'],
    ['Courriel : pr@elysee.fr', 'email'],
    ['Teléfono: +52 55 5346 0000', 'phone'],
    ['Tél. : +33 1 42 92 81 00', 'phone'],
    ['Télécopie : +33 1 42 92 81 01', 'fax'],
    ['Tratamiento: Señora Fiscal General', 'salutation'],
    ['Formule d’appel : Monsieur le Président,', 'salutation'],
    ['Dirección: Av. Reforma 211', 'address'],
    ['X (antes Twitter): @FGRMexico', 'twitter'],
    ['Formulario web: https://fgr.org.mx/contacto', 'other'],
  ])('knows the label of "%s"', (line, field) => {
    expect(parseContactLine(line)?.[0]?.field).toBe(field);
  });

  it('reads "Tel/Fax:" as both', () => {
    expect(parseContactLine('Tel/Fax: +504 2221 5656')).toEqual([
      { field: 'phone', label: 'Tel/Fax', value: '+504 2221 5656' },
      { field: 'fax', label: 'Tel/Fax', value: '+504 2221 5656' },
    ]);
  });

  it('takes "X:" as a label only before a handle', () => {
    expect(parseContactLine('X: the government must act')).toBeUndefined();
  });

  it('finds labels that follow other text on the line', () => {
    const line = 'Mr. A Bee, Minister Email: a@b.org Twitter: @abee';
    expect(labelStarts(line).map((index) => line.slice(index, index + 6))).toEqual(['Email:', 'Twitte']);
  });

  it('is not fooled by a label inside a line', () => {
    expect(parseContactLine('PO Box: 12')).toBeUndefined();
    expect(parseContactLine('Send a fax: now')).toBeUndefined();
  });
});

describe('unlabelled contacts', () => {
  it.each([
    ['minister@interior.gov.ir', 'email'],
    ['+52 55 5346 0000', 'phone'],
    ['(202) 833-9860', 'phone'],
    ['@FGRMexico', 'twitter'],
    ['https://x.com/FGRMexico', 'twitter'],
    ['twitter.com/KingSalman', 'twitter'],
  ])('"%s" is a %s', (line, field) => {
    expect(unlabelledContact(line)?.field).toBe(field);
  });

  it("takes the address written after a link's text by the page reader", () => {
    expect(unlabelledContact('Send an email to the office secretary@justice.example.ph')).toEqual({
      field: 'email',
      label: '',
      value: 'secretary@justice.example.ph',
    });
    expect(unlabelledContact('Escribir al despacho: despacho@fiscalia.example.co')?.value).toBe('despacho@fiscalia.example.co');
  });

  it.each([
    '06720 Ciudad de México',
    '12/03/2027',
    'Write to him',
    'https://www.gob.mx/contacto',
    'Please let us know what you did by writing to us within two weeks at actions@example.org',
  ])('"%s" is none', (line) => {
    expect(unlabelledContact(line)).toBeUndefined();
  });

  it('knows a web address', () => {
    expect(hasUrl('Formulario: https://www.gob.mx/contacto')).toBe(true);
    expect(hasUrl('www.gob.mx')).toBe(true);
    expect(hasUrl('Av. Reforma 211')).toBe(false);
  });
});

describe('contact values', () => {
  it.each([
    ['@AlbertoOtarolaP', 'AlbertoOtarolaP'],
    ['https://x.com/ErnestinaGodoy', 'ErnestinaGodoy'],
    ['twitter.com/KingSalman?lang=en', 'KingSalman'],
    ['@pcmperu (official)', 'pcmperu'],
    ['@ThisHandleIsWayTooLong', undefined],
  ])('twitter "%s" → %s', (value, handle) => {
    expect(twitterHandle(value)).toBe(handle);
  });

  it.each([
    ['(202) 833-9860', '(202) 833-9860'],
    ['+7 (495) 607-19-22 (office hours)', '+7 (495) 607-19-22'],
    ['+51 1 219 7000 ext. 3', '+51 1 219 7000'],
    ['call the office', undefined],
    ['12', undefined],
  ])('phone "%s" → %s', (value, number) => {
    expect(phoneNumber(value)).toBe(number);
  });

  it.each([
    ['info@adalet.gov.tr', { kind: 'address', address: 'info@adalet.gov.tr' }],
    ['mailto:info@adalet.gov.tr.', { kind: 'address', address: 'info@adalet.gov.tr' }],
    ['<a@b.org>, c@d.org', { kind: 'address', address: 'a@b.org' }],
    ['[email protected]', { kind: 'hidden' }],
    ['see website', { kind: 'unreadable' }],
  ])('email "%s"', (value, expected) => {
    expect(emailValue(value)).toEqual(expected);
  });
});

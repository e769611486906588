import { describe, expect, it } from 'vitest';
import { parseOfficials } from './officials';
import { toLines } from './text-lines';

function parse(text: string) {
  const result = parseOfficials(toLines(text));
  // The lines each field was read from are checked on their own below.
  return { ...result, officials: result.officials.map(({ evidence: _evidence, ...official }) => official) };
}

describe('parseOfficials', () => {
  it('takes an organization line above the name once the previous block is closed', () => {
    const { officials, start } = parse(
      'Intro sentence that ends.\n\nMr. A Bee\nPresidencia del Consejo\nStreet 1,\nTwitter: @abee\n\nSome Embassy Here\nAmbassador C Dee\n1 Avenue\nPhone: (202) 833-9860',
    );
    expect(start).toBe(2);
    expect(officials).toEqual([
      { name: 'Mr. A Bee', organization: 'Presidencia del Consejo', address: ['Street 1'], twitter: 'abee' },
      { name: 'Ambassador C Dee', organization: 'Some Embassy Here', address: ['1 Avenue'], phone: '(202) 833-9860' },
    ]);
  });

  it('reads an office right under the name as its title, the organization after it', () => {
    const { officials } = parse('Mr. Ivan Kubrakov\nMinister of Internal Affairs\nMinistry of Internal Affairs\nul. Gorodskoy Val 4');
    expect(officials[0]).toMatchObject({
      title: 'Minister of Internal Affairs',
      organization: 'Ministry of Internal Affairs',
      address: ['ul. Gorodskoy Val 4'],
    });
  });

  it('reads "Office, Name" and "Name, Office" lines', () => {
    const { officials } = parse(
      'Head of Judiciary, Gholamhossein Mohseni Ejei\nTehran, Iran\n\nMr. Ali Bahreini, Ambassador of Iran\nFax: +41 22 733 02 03',
    );
    expect(officials.map(({ name, title }) => ({ name, title }))).toEqual([
      { name: 'Gholamhossein Mohseni Ejei', title: 'Head of Judiciary' },
      { name: 'Mr. Ali Bahreini', title: 'Ambassador of Iran' },
    ]);
  });

  it('reads a bare name under an office', () => {
    const { officials } = parse('Prosecutor General\nAndrei Shved\nMinsk\nBelarus');
    expect(officials).toEqual([{ name: 'Andrei Shved', title: 'Prosecutor General', address: ['Minsk', 'Belarus'] }]);
  });

  it('does not take an office for a name ("President of the Republic")', () => {
    expect(parse('President of the Republic\nPalacio Nacional').namesFound).toBe(0);
    expect(parse('President Ortega must release them now').namesFound).toBe(0);
  });

  it('notes a hidden email, a bad handle, a repeated phone and an unreachable official', () => {
    const { officials, notes, namesFound } = parse(
      'Ms. E Eff\nEmail: [email protected]\nTwitter: not a handle!\nPhone: +1 555 0100\nPhone: +1 555 0199\n\nMr. G Gee\nSalutation: Dear Sir,',
    );
    expect(namesFound).toBe(2);
    expect(officials).toEqual([{ name: 'Ms. E Eff', address: [], phone: '+1 555 0100' }]);
    expect(notes.map((note) => note.code)).toEqual(['hidden-email', 'unreadable-contact', 'extra-contact', 'official-without-contact']);
  });

  it('finds nobody in prose', () => {
    expect(parse('A long paragraph about the case, with no names in it.\n\nAnother one.')).toMatchObject({
      officials: [],
      namesFound: 0,
      start: 3,
    });
  });

  it('keeps where each field was read', () => {
    const { officials } = parseOfficials(toLines('Intro.\n\nMinister of Justice\nMr. A Bee\n1 Street\nEmail: a@b.org'));
    expect(officials[0]!.evidence).toEqual({ title: 2, name: 3, address: 4, email: 5 });
  });

  it('reads the office before the name on one line, in three languages', () => {
    const { officials } = parse(
      'Public Prosecutor Ivan Petrov\nul. Lenina 1\n\nFiscal General de México Alejandro Gertz Manero\nCorreo-e: fgr@fgr.org.mx\n\nMinistre de la Justice M. Gérald Darmanin\nCourriel : ministre@justice.gouv.fr',
    );
    expect(officials.map(({ name, title }) => ({ name, title }))).toEqual([
      { name: 'Ivan Petrov', title: 'Public Prosecutor' },
      { name: 'Alejandro Gertz Manero', title: 'Fiscal General de México' },
      { name: 'M. Gérald Darmanin', title: 'Ministre de la Justice' },
    ]);
  });

  it('reads Spanish and French labels, and a salutation line for its official', () => {
    const { officials } = parse(
      'Lic. Ernestina Godoy Ramos\nFiscal General de la República\nCorreo-e: ernestina@fgr.org.mx\nTeléfono: +52 55 5346 0000\nTratamiento: Señora Fiscal General\n\nM. Kaïs Saïed\nPrésident de la République\nTélécopie : +216 71 744 721\nFormule d’appel : Monsieur le Président,',
    );
    expect(officials).toEqual([
      {
        name: 'Lic. Ernestina Godoy Ramos',
        title: 'Fiscal General de la República',
        address: [],
        email: 'ernestina@fgr.org.mx',
        phone: '+52 55 5346 0000',
        salutation: 'Señora Fiscal General',
      },
      {
        name: 'M. Kaïs Saïed',
        title: 'Président de la République',
        address: [],
        fax: '+216 71 744 721',
        salutation: 'Monsieur le Président,',
      },
    ]);
  });

  it('reads unlabelled addresses, numbers, handles and profile links', () => {
    const { officials } = parse(
      'Mr. A Bee\nMinister of Interior\nminister@interior.gov\n+98 21 6174 1234\n@abee\n\nMs. C Dee\nhttps://x.com/cdee',
    );
    expect(officials).toEqual([
      {
        name: 'Mr. A Bee',
        title: 'Minister of Interior',
        address: [],
        email: 'minister@interior.gov',
        phone: '+98 21 6174 1234',
        twitter: 'abee',
      },
      { name: 'Ms. C Dee', address: [], twitter: 'cdee' },
    ]);
  });

  it('never takes a web address for a postal line, and says so', () => {
    const { officials, notes } = parse('Mr. A Bee\nMinistry of Justice\n12 Main Street\nhttps://justice.gov/contact-form\nEmail: a@b.org');
    expect(officials[0]!.address).toEqual(['12 Main Street']);
    expect(notes.map((note) => note.code)).toEqual(['ignored-text']);
  });

  it('keeps an official written after a bullet', () => {
    const { officials } = parse(
      '• Click here to report your actions.\nMr. A Bee\nEmail: a@b.org\n\n• Ms. C Dee, Minister of Justice\nFax: +1 555 0100',
    );
    expect(officials.map(({ name }) => name)).toEqual(['Mr. A Bee', 'Ms. C Dee']);
  });

  it('reads a contact block copied onto one line', () => {
    const { officials } = parseOfficials(
      toLines('Mr. Ahmad Vahidi Minister of Interior Fatemi Square, Tehran, Iran\nEmail: info@moi.ir\nTwitter: @moi_iran'),
    );
    expect(officials).toMatchObject([
      {
        name: 'Mr. Ahmad Vahidi',
        title: 'Minister of Interior',
        address: ['Fatemi Square, Tehran, Iran'],
        email: 'info@moi.ir',
        twitter: 'moi_iran',
      },
    ]);
  });

  it('names contacts without a person by their office', () => {
    const { officials } = parse('Write to:\n\nPresidencia de la República\nCorreo-e: contacto@presidencia.gob.pe');
    expect(officials).toEqual([{ name: 'Presidencia de la República', address: [], email: 'contacto@presidencia.gob.pe' }]);
  });

  it('reads the labelled fields of a contact form, and a postal line without its full stop', () => {
    const { officials } = parseOfficials(
      toLines(
        'Name: Ms. Amina Okafor\nTitle: Attorney General, Federal Ministry of Justice\nAddress: Shehu Shagari Way, Abuja, Nigeria.\nEmail: info@justice.gov.ng',
      ),
    );
    expect(officials).toMatchObject([
      {
        name: 'Ms. Amina Okafor',
        title: 'Attorney General, Federal Ministry of Justice',
        address: ['Shehu Shagari Way, Abuja, Nigeria'],
        email: 'info@justice.gov.ng',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseOfficials } from './officials';
import { toLines } from './text-lines';

const parse = (text: string) => parseOfficials(toLines(text));

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
    expect(notes.map((note) => note.code)).toEqual([
      'hidden-email',
      'unreadable-contact',
      'extra-contact',
      'official-without-contact',
    ]);
  });

  it('finds nobody in prose', () => {
    expect(parse('A long paragraph about the case, with no names in it.\n\nAnother one.')).toMatchObject({
      officials: [],
      namesFound: 0,
      start: 3,
    });
  });
});

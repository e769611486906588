import { describe, expect, it } from 'vitest';
import type { Official } from './officials';
import { countryFromOfficials, findCaseCountry, findReference, findSequence, mentionsUrgentAction } from './reference';
import { toLines } from './text-lines';

describe('findReference', () => {
  it.each([
    ['UA: Peru 106.23', 'en', 'UA 106.23'],
    ['Urgent Action: Iran (UA 12.24)', 'en', 'UA 12.24'],
    ['UA 45/24 Egypt', 'en', 'UA 45/24'],
    ['Third Urgent Action: Russia (UA 78.25)', 'en', 'UA 78.25'],
    ['URGENT ACTION UA 19.25 Viet Nam', 'en', 'UA 19.25'],
    ['UA: 12/24 Index: MDE 13/7420/2024 Iran Date: 3 March 2024', 'en', 'UA 12/24'],
    ['Primera AU 047/24: 047/24 | Índice: AMR 41/8075/2024 | Fecha: | México', 'es', 'AU 047/24'],
    ['Acción Urgente 047/24', 'es', 'AU 047/24'],
    ['Action urgente – AU 364/12', 'fr', 'AU 364/12'],
  ] as const)('reads "%s"', (line, language, reference) => {
    expect(findReference([line], language)).toMatchObject({ reference, index: 0 });
  });

  it('finds the number wherever the text states it', () => {
    const lines = toLines(
      '3 March 2027\nHome > Take action\n\nA journalist was arrested. This is the third update of UA 235/17.\n\nMore text.',
    );
    expect(findReference(lines, 'en')).toMatchObject({ reference: 'UA 235/17', index: 3 });
    const report = ['Free him now', '', 'Please let us know the actions you took on Urgent Action 106.23 so we can count them.'];
    expect(findReference(report, 'en')).toMatchObject({ reference: 'UA 106.23', index: 2 });
  });

  it('reads a heading of number and country alone when the text names the urgent action', () => {
    expect(findReference(['Actions urgentes', '', '044/22 | Chine', 'Lancée le 19 mai 2022'], 'fr')).toMatchObject({
      reference: 'AU 044/22',
      index: 2,
    });
    expect(findReference(['Résultats', '', '044/22 | Chine'], 'fr')).toBeUndefined();
  });

  it('keeps a title left on the heading', () => {
    expect(findReference(['UA 12/24 Iran: Woman human rights defender at risk'], 'en')?.rest).toBe('Woman human rights defender at risk');
  });

  it.each([
    'Urgent action needed',
    'The ua 12.24 report',
    'Second Urgent Action',
    'Published March 3, 2027',
    'Index: MDE 13/7420/2024',
    'Au 12/24 rue de la Paix',
    `She was arrested on 12/24 and held in a cell ${'for a long time '.repeat(12)} urgent action`,
  ])('finds no reference in "%s"', (line) => {
    expect(findReference([line], 'en')).toBeUndefined();
  });
});

describe('findSequence', () => {
  it.each([
    ['…the actions you took on Second Urgent Action 106.23. It’s…', '106.23', 2],
    ['This is the third urgent action on her case.', '12/24', 3],
    ['Primera AU 047/24: 047/24 | México', '047/24', 1],
    ['Cuarta AU: 12/24', '12/24', 4],
    ['Deuxième action urgente – AU 364/12', '364/12', 2],
    ['2nd UA 5.26 USA', '5.26', 2],
  ])('reads "%s"', (line, number, sequence) => {
    expect(findSequence([line], number)).toEqual({ value: sequence, index: 0 });
  });

  it.each([
    ['See also Second Urgent Action 99.22.', '106.23'],
    ['This is the third update of UA 235/17.', '235/17'],
    ['Update: UA 235/17', '235/17'],
    [`La primera acción urgente de la historia se emitió en 1973, ${'cuando un profesor fue detenido '.repeat(5)}.`, '12/24'],
  ])('reads no sequence in "%s"', (line, number) => {
    expect(findSequence([line], number)).toBeUndefined();
  });
});

describe('findCaseCountry', () => {
  it.each([
    [['UA: Peru 106.23'], 'PE'],
    [['Primera AU 047/24: 047/24 | Índice: AMR 41/8075/2024 | Fecha: | México'], 'MX'],
    [['Irán: Defensora en peligro', 'AU 12/24'], 'IR'],
    [['Action urgente', 'Égypte', 'AU 45/24'], 'EG'],
    [['Arabia Saudí | AU 27/25'], 'SA'],
  ] as const)('reads %j', (lines, code) => {
    const reference = findReference(lines, 'es')!;
    expect(findCaseCountry(lines, reference)?.value.code).toBe(code);
  });

  it('reads the country beside the same number on another heading', () => {
    const lines = ['Urgent Action: Release a defender — UA 166.26', '', 'Urgent Action: Release a defender (Venezuela: UA 166.26)'];
    expect(findCaseCountry(lines, findReference(lines, 'en')!)).toEqual({ value: { code: 'VE', name: 'Venezuela' }, index: 2 });
  });

  it('takes no country from prose or an address', () => {
    const lines = ['UA 7/25', 'The journalist fled to Peru after his arrest in Bolivia.', '1050 Brussels, Belgium'];
    expect(findCaseCountry(lines, findReference(lines, 'en')!)).toBeUndefined();
  });
});

describe('countryFromOfficials', () => {
  const official = (name: string, address: string[]): Official => ({ name, address, evidence: { name: 2, address: 3 } });
  const intro = ['A photographer is serving twenty years in prison in Myanmar for pictures of a cyclone.', ''];

  it("takes the country the summary and an official's address both name", () => {
    const officials = [
      official('Senior General Min Aung Hlaing', ['Nay Pyi Taw, Myanmar']),
      official('Embassy of Myanmar', ['Canberra, Australia']),
    ];
    expect(countryFromOfficials([...intro, 'x', 'Nay Pyi Taw, Myanmar'], 2, officials)?.value.code).toBe('MM');
  });

  it("takes the first official's country, but never an embassy's", () => {
    expect(
      countryFromOfficials(['x', 'y', 'z', '1006 Tunis, Tunisia'], 0, [official('Ms. Leila Jaffel', ['1006 Tunis, Tunisia'])])?.value.code,
    ).toBe('TN');
    expect(countryFromOfficials(['x'], 0, [official('Embassy of Iran', ['Ottawa, Canada'])])).toBeUndefined();
  });
});

describe('mentionsUrgentAction', () => {
  it('knows the three languages, and "UA"/"AU" in capitals with a number only', () => {
    expect(mentionsUrgentAction('Join our Urgent Action network')).toBe(true);
    expect(mentionsUrgentAction('Firma esta Acción Urgente')).toBe(true);
    expect(mentionsUrgentAction('Cette action urgente')).toBe(true);
    expect(mentionsUrgentAction('AU 12/24')).toBe(true);
    expect(mentionsUrgentAction('Nous allons au cinéma. Au 12 rue.')).toBe(false);
  });
});

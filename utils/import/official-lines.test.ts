import { describe, expect, it } from 'vitest';
import { isNameLine, isOfficeLine, isOrganizationLine, looksLikePlainName, nameWithoutHonorifics } from './official-lines';

describe('official lines', () => {
  it.each([
    'Mr. Alberto Otárola Peñaranda',
    'Ambassador Gustavo Adolfo Meza-Cuadra Velásquez',
    'H.E. Mr. Awwad bin Saleh Alawwad',
    'His Majesty King Salman bin Abdul Aziz Al Saud',
    'President Xi Jinping (习近平)',
    'Ms. Татьяна Москалькова',
    'Dr Ernestina Godoy Ramos',
    'Prime Minister Anwar Ibrahim',
  ])('"%s" is a name', (line) => {
    expect(isNameLine(line)).toBe(true);
  });

  it.each(['Minister of Interior', 'Presidencia del Consejo de Ministros', 'Mr. Smith walked home', 'Dr. Who: 12'])(
    '"%s" is not a name',
    (line) => {
      expect(isNameLine(line)).toBe(false);
    },
  );

  it.each(['Minister of Interior', 'Prosecutor General', 'President of the Council of Ministers', 'Head of the Judiciary'])(
    '"%s" is an office',
    (line) => {
      expect(isOfficeLine(line)).toBe(true);
    },
  );

  it.each(['Prosecutor General’s Office', 'Presidencia del Consejo de Ministros', 'Ministerial Avenue 5'])(
    '"%s" is not an office',
    (line) => {
      expect(isOfficeLine(line)).toBe(false);
    },
  );

  it('tells organizations from addresses', () => {
    expect(isOrganizationLine('Peruvian Embassy in the United States')).toBe(true);
    expect(isOrganizationLine('Presidencia del Consejo de Ministros')).toBe(true);
    expect(isOrganizationLine('c/o Embassy of Iran to the European Union')).toBe(false);
    expect(isOrganizationLine('Jirón Carabaya, Cuadra 1,')).toBe(false);
  });

  it('tells bare names from other lines', () => {
    expect(looksLikePlainName('Gholamhossein Mohseni Ejei')).toBe(true);
    expect(looksLikePlainName('Salman bin Abdul Aziz Al Saud')).toBe(true);
    expect(looksLikePlainName('Cercado de Lima, Perú')).toBe(false);
    expect(looksLikePlainName('Belarus')).toBe(false);
  });

  it('strips honorifics for ids', () => {
    expect(nameWithoutHonorifics('H.E. Mr. Awwad bin Saleh Alawwad')).toBe('Awwad bin Saleh Alawwad');
    expect(nameWithoutHonorifics('His Majesty King Salman')).toBe('Salman');
  });
});

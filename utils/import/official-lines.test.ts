import { describe, expect, it } from 'vitest';
import {
  isNameLine,
  isOfficeLine,
  isOrganizationLine,
  looksLikePlainName,
  nameWithoutHonorifics,
  splitNameAndOffice,
  splitCommaRunTogether,
  splitRunTogetherOfficial,
} from './official-lines';

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
    'Lic. Ernestina Godoy Ramos',
    'Sra. Dina Boluarte Zegarra',
    'M. Kaïs Saïed',
    'Mme Rachida Dati',
  ])('"%s" is a name', (line) => {
    expect(isNameLine(line)).toBe(true);
  });

  it.each([
    'Minister of Interior',
    'Presidencia del Consejo de Ministros',
    'Mr. Smith walked home',
    'Dr. Who: 12',
    'Presidente de la República',
    'Dr. Velasco, Número 175',
  ])('"%s" is not a name', (line) => {
    expect(isNameLine(line)).toBe(false);
  });

  it.each([
    'Minister of Interior',
    'Prosecutor General',
    'President of the Council of Ministers',
    'Head of the Judiciary',
    'Fiscal General de la República',
    'Ministre de la Justice',
    'Garde des Sceaux, ministre de la Justice',
  ])('"%s" is an office', (line) => {
    expect(isOfficeLine(line)).toBe(true);
  });

  it.each([
    'Prosecutor General’s Office',
    'Presidencia del Consejo de Ministros',
    'Ministerial Avenue 5',
    'President Ortega must release them now',
  ])('"%s" is not an office', (line) => {
    expect(isOfficeLine(line)).toBe(false);
  });

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

  it.each([
    ['Fiscal General de México Alejandro Gertz Manero', 'Alejandro Gertz Manero', 'Fiscal General de México'],
    ['Public Prosecutor Ivan Petrov', 'Ivan Petrov', 'Public Prosecutor'],
    ['President of the Republic of Peru Dina Boluarte', 'Dina Boluarte', 'President of the Republic of Peru'],
    ['Mr. Ahmad Vahidi Minister of Interior', 'Mr. Ahmad Vahidi', 'Minister of Interior'],
    ['Head of Judiciary, Gholamhossein Mohseni Ejei', 'Gholamhossein Mohseni Ejei', 'Head of Judiciary'],
    ['M. Kaïs Saïed, Président de la République', 'M. Kaïs Saïed', 'Président de la République'],
  ])('splits "%s" into name and office', (line, name, title) => {
    expect(splitNameAndOffice(line)).toEqual({ name, title });
  });

  it('keeps a one-word title in the name, as an honorific', () => {
    expect(splitNameAndOffice('Ambassador Gustavo Adolfo Meza-Cuadra Velásquez')).toBeUndefined();
  });

  it('splits a contact block copied onto one line', () => {
    expect(
      splitRunTogetherOfficial('Fiscal General de México Alejandro Gertz Manero Dr. Velasco, Número 175, 06720 Ciudad de México'),
    ).toEqual({
      name: 'Alejandro Gertz Manero',
      title: 'Fiscal General de México',
      address: 'Dr. Velasco, Número 175, 06720 Ciudad de México',
    });
    expect(splitRunTogetherOfficial('M. Kaïs Saïed Président de la République Palais de Carthage, Tunis')).toEqual({
      name: 'M. Kaïs Saïed',
      title: 'Président de la République',
      address: 'Palais de Carthage, Tunis',
    });
    expect(
      splitRunTogetherOfficial('HER EXCELLENCY ROSE NAMUKASA High Commission for the Republic of Uganda Uganda House, London'),
    ).toEqual({
      name: 'HER EXCELLENCY ROSE NAMUKASA',
      organization: 'High Commission for the Republic of Uganda',
      address: 'Uganda House, London',
    });
    expect(splitRunTogetherOfficial('The government must act now')).toBeUndefined();
  });

  it("reads a block copied onto one line with commas, the name with a person's honorific", () => {
    expect(
      splitCommaRunTogether('Ministre de la Justice, Garde des Sceaux Mme Awa Ndiaye, Avenue de la République, Dakar, Sénégal.'),
    ).toEqual({
      name: 'Mme Awa Ndiaye',
      title: 'Ministre de la Justice, Garde des Sceaux',
      address: 'Avenue de la République, Dakar, Sénégal',
    });
    expect(splitCommaRunTogether('Copies à : Ambassade du Togo, S.E. M. Kodjo Adedze, rue de la Loi 12, 1000 Bruxelles')).toEqual({
      name: 'S.E. M. Kodjo Adedze',
      organization: 'Ambassade du Togo',
      address: 'rue de la Loi 12, 1000 Bruxelles',
    });
    expect(splitCommaRunTogether('His Excellency Ali Saleh, Ambassador, Embassy of Yemen, 57 Cromwell Road, London SW7 2ED.')).toEqual({
      name: 'His Excellency Ali Saleh',
      title: 'Ambassador',
      organization: 'Embassy of Yemen',
      address: '57 Cromwell Road, London SW7 2ED',
    });
    // The office after the name on one part may hide a postal line: the other reading takes it.
    expect(splitCommaRunTogether('Mr. Ahmad Vahidi Minister of Interior Fatemi Square, Tehran, Iran')).toBeUndefined();
  });

  it('knows an office with its adjective before the complement ("Gobernador Constitucional del Estado de …")', () => {
    expect(splitNameAndOffice('Gobernador Constitucional del Estado de Oaxaca, Ing. Salomón Jara Cruz')).toEqual({
      name: 'Ing. Salomón Jara Cruz',
      title: 'Gobernador Constitucional del Estado de Oaxaca',
    });
  });

  it('takes a building with its street on one line for a postal line, not an organization', () => {
    expect(isOrganizationLine('Civic Centre Government Offices, Corner Independence Avenue and Main Street')).toBe(false);
    expect(isOrganizationLine('Ministry of Justice, Legal and Parliamentary Affairs')).toBe(true);
  });

  it('reads an office addressed with its courtesy ("Monsieur le Président de la République") as an office', () => {
    expect(isOfficeLine('Monsieur le Président de la République')).toBe(true);
    expect(isOfficeLine('Señora Fiscal General de la Nación')).toBe(true);
    // Alone, it is the letter's salutation.
    expect(isOfficeLine('Monsieur le Président')).toBe(false);
  });
});

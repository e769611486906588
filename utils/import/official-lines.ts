/**
 * What a line in an officials' block is, in English, Spanish and French: a
 * name (after an honorific or office: "Mr.", "Lic.", "M.", "Ambassador",
 * "Fiscal General de México"), an office ("Minister of Interior", "Fiscal
 * General de la República", "Ministre de la Justice"), an organization
 * (Ministry, Embajada, Ambassade…) or something else (then an address line).
 */

const honorifics = [
  // English
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'H\\.\\s?E', 'HE',
  'Hon', 'The Hon(?:ou?rable)?', 'Excellency', '(?:His|Her) (?:Royal )?(?:Excellency|Majesty|Highness)',
  'Sheikh', 'Shaikh', 'King', 'Queen', 'Crown Prince', 'Prince', 'Princess', 'Emir', 'Sultan', 'Ayatollah',
  // Spanish
  'Sr', 'Sra', 'Srta', 'Señor', 'Señora', 'Don', 'Doña', 'Dña', 'Lic', 'Licda', 'Licenciado', 'Licenciada', 'Dra',
  'Ing', 'Mtro', 'Mtra', 'Excmo', 'Excma', 'Ilmo', 'Ilma', 'S\\.\\s?E', 'Su Excelencia', 'Abg', 'Abog', 'Gral',
  // French
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Me', 'Pr', 'Monsieur', 'Madame', 'Son Excellence', 'Sa Majesté',
];
// Offices that also stand before a name as a title ("Ambassador Gustavo Meza-Cuadra", "Presidente Gustavo Petro").
const titleWords = [
  '(?:Vice[ -])?President', '(?:Deputy )?Prime Minister', 'Minister', 'Ambassador', "Charg[ée] d[’']Affaires",
  'Governor', 'Mayor', 'Senator', 'Judge', '(?:Chief )?Justice', 'Attorney General', 'Prosecutor General',
  'Procurator General', 'Public Prosecutor', 'General', 'Colonel', 'Commissioner', 'Chairman', 'Chairwoman',
  'Chairperson', 'Speaker',
  '(?:Vice)?[Pp]residenta?', 'Ministr[oa]', 'Embajador(?:a)?', 'Fiscal(?: General)?', 'Gobernador(?:a)?',
  'Alcalde(?:sa)?', 'Jueza?', 'Magistrad[oa]', 'Coronel', 'Comisionad[oa]', 'Canciller', 'Procurador(?:a)?',
  'Secretari[oa]', 'Defensor(?:a)?',
  'Président(?:e)?', 'Ministre', 'Ambassadeur', 'Ambassadrice', 'Procureur(?:e)?(?: général(?:e)?)?', 'Juge',
  'Gouverneur', 'Général', 'Maire', 'Premier ministre', 'Première ministre', 'Préfet', 'Commissaire',
];
const honorific = new RegExp(
  String.raw`^(?:${[...honorifics, ...titleWords].join('|')})\.?\s+(?=[\p{Lu}\p{Lt}\p{Lo}])`,
  'u',
);
// Small words that occur in offices ("Minister of Interior"), never in English names.
const englishOfficeWord = /\s(?:of|for|to|the|and|in|at|on)\s/;

/**
 * Words of institutions, places and offices that a person's name does not
 * contain: "Presidente de la República" is no name although every word but
 * two is capitalized.
 */
const institutionWords = new Set(
  `republic república republica république nation nación nacion nationale national nacional state states estado
  état etat interior interieur intérieur justice justicia foreign exteriores extérieures exterieures affairs affaires
  asuntos relaciones relations security seguridad sécurité securite defence defense defensa public pública publica
  publique general générale generale ministry ministerio ministère ministere office oficina bureau embassy embajada
  ambassade government gobierno gouvernement federal federación federacion fédération police policía policia army
  ejército ejercito armée armee prison prisión prision court corte tribunal cour supreme supremo suprema suprême
  council consejo conseil congress congreso parliament parlamento assembly asamblea assemblée assemblee department
  departamento province provincia city ciudad region región district distrito municipal municipality commission
  comisión comision committee comité comite human humanos humains rights derechos droits homme attorney prosecutor
  prosecution judiciary judicial poder house casa palace palacio palais kingdom reino royaume united unidos unis
  president presidente président presidenta présidente minister ministro ministra ministre ambassador embajador
  embajadora ambassadeur governor gobernador gobernadora gouverneur mayor alcalde maire secretary secretario
  secretaria secrétaire directorate dirección direction director directora directeur directrice head jefe jefa chef
  chief people pueblo peuple women mujer mujeres femmes interior home health salud santé education educación
  éducation labour labor trabajo travail migration migración immigration inmigración interna internal internas
  penitentiary penitenciario penitenciaria pénitentiaire avenue avenida calle street road rue boulevard square plaza
  place colonia`.split(/\s+/),
);

function fold(word: string): string {
  return word.toLowerCase().replace(/[.,;:()]/g, '');
}

export function isInstitutionWord(word: string): boolean {
  return institutionWords.has(fold(word));
}

const nameParticles = new Set([
  'bin', 'bint', 'ibn', 'ben', 'al', 'el', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'van', 'von', 'der',
  'den', 'la', 'las', 'los', 'le', 'les', 'du', 'des', 'y', 'e', 'ould', "d'", 'd’', 'i',
]);

/** The words of a name, leaving out what is in brackets (a name in another script). */
function nameWords(name: string): string[] {
  return name.replace(/\s*\([^)]*\)\s*/g, ' ').trim().split(' ').filter(Boolean);
}

function isNameWord(word: string): boolean {
  if (isInstitutionWord(word)) return false;
  if (/^[\p{Lu}\p{Lt}\p{Lo}]/u.test(word)) return !/\d/.test(word);
  const lower = word.toLowerCase();
  return nameParticles.has(lower.split(/[-‑]/)[0]!) || /^(?:d['’]|al-|el-)[\p{Lu}]/u.test(word);
}

function hasNameShape(words: readonly string[]): boolean {
  return (
    words.length >= 1 &&
    words.length <= 7 &&
    words.every(isNameWord) &&
    /^[\p{Lu}\p{Lt}\p{Lo}]/u.test(words[0]!) &&
    !nameParticles.has(words.at(-1)!.toLowerCase())
  );
}

/** The name without leading honorifics and titles, for the official's id. */
export function nameWithoutHonorifics(name: string): string {
  let rest = name;
  for (let match = honorific.exec(rest); match; match = honorific.exec(rest)) {
    rest = rest.slice(match[0].length);
  }
  return rest;
}

/** A name after an honorific or title: "Mr. Alberto Otárola Peñaranda", "Lic. Ernestina Godoy", "M. Kaïs Saïed". */
export function isNameLine(line: string): boolean {
  if (line.length > 90 || !honorific.test(line) || englishOfficeWord.test(` ${line} `) || /[\d:@]/.test(line)) {
    return false;
  }
  const words = nameWords(nameWithoutHonorifics(line));
  return words.length >= 1 && hasNameShape(words) && !isOrganizationLine(line);
}

/** A bare name without honorific: 2-6 capitalized words (particles such as "bin" or "de" aside). */
export function looksLikePlainName(line: string): boolean {
  if (line.length > 60 || /[\d:@,;]/.test(line) || isOrganizationLine(line) || isOfficeLine(line)) return false;
  const words = nameWords(line);
  return words.length >= 2 && words.length <= 6 && hasNameShape(words);
}

const offices = [
  // English
  'President', 'Vice[ -]President', 'Prime Minister', 'Minister', 'Ambassador', "Charg[ée] d[’']Affaires",
  'Governor', 'Mayor', 'Head', 'Chief', 'Director(?: General)?', 'Attorney General', 'Prosecutor(?: General)?',
  'Procurator(?: General)?', 'Public Prosecutor', 'Chief Justice', 'Judge', 'Speaker', 'Chair', 'Chairman',
  'Chairwoman', 'Chairperson', '(?:High )?Commissioner', 'Secretary(?: General)?', 'Supreme Leader',
  'Ombuds(?:man|woman|person)', 'Permanent Representative', 'Representative', 'Commander', 'Interior Minister',
  'Foreign Minister', 'Justice Minister', 'Governor General', 'King', 'Queen', 'Emir', 'Sultan', 'Crown Prince',
  // Spanish
  'President[ea]', 'Vicepresident[ea]', 'Ministr[oa]', 'Embajador(?:a)?', 'Fiscal(?: General)?', 'Fiscal Especial',
  'Gobernador(?:a)?', 'Alcalde(?:sa)?', 'Jef[ea]', 'Director(?:a)?(?: General)?', 'Procurador(?:a)?(?: General)?',
  'Defensor(?:a)? del Pueblo', 'Defensor(?:a)?', 'Comisionad[oa]', 'Jueza?', 'Magistrad[oa]', 'Canciller',
  'Secretari[oa](?: General)?', 'Subsecretari[oa]', 'Titular', 'Encargad[oa] de Negocios', 'Rey', 'Reina',
  // French
  'Président(?:e)?', 'Vice-président(?:e)?', 'Premier ministre', 'Première ministre', 'Ministre', 'Ambassadeur',
  'Ambassadrice', 'Procureur(?:e)?(?: général(?:e)?)?', 'Garde des Sceaux', 'Chef', 'Directeur(?: général)?',
  'Directrice(?: générale)?', 'Gouverneur', 'Préfet', 'Préfète', 'Maire', 'Juge', 'Commissaire', 'Haut-Commissaire',
  'Secrétaire(?: général(?:e)?)?', 'Médiateur', 'Défenseur des droits', "Chargé(?:e)? d[’']affaires", 'Roi', 'Reine',
];
const officeQualifier = String.raw`(?:(?:Acting|Deputy|Federal|Interim|First|Vice|Vice-|Interino|Interina|Adjoint|Adjointe)\s+)?`;
const officeComplement = String.raw`(?:\s*,?\s+(?:of|for|to|at|in|de|del|de\s+la|de\s+los|de\s+las|para|en|du|des|de\s+l['’]|à|au|aux|d['’])\s*\S.*)?`;
const officeHead = new RegExp(String.raw`^${officeQualifier}(?:${offices.join('|')})(?:\s+(?:General|Adjunt[oa]|général(?:e)?|adjoint(?:e)?))?`, 'iu');
const office = new RegExp(String.raw`${officeHead.source}${officeComplement}$`, 'iu');

/** An office such as "Minister of Interior", "Fiscal General de la República" or "Ministre de la Justice". */
export function isOfficeLine(line: string): boolean {
  // "Garde des Sceaux, ministre de la Justice": two offices of one person.
  const parts = line.split(/\s*,\s+/);
  if (parts.length > 1 && parts.length <= 3) return line.length <= 110 && parts.every((part) => isOfficeLine(part));
  if (line.length > 110 || !office.test(line) || /[\d@:]/.test(line)) return false;
  // "Head" and "Chief" open many sentences: they count only with their complement.
  if (/^(?:head|chief|chef|jef[ea]|titular)$/i.test(line)) return false;
  // The office's words are capitalized or small: a sentence ("President Ortega must release them") is not an office.
  const words = line.split(/\s+/);
  return words.filter((word) => /^\p{Ll}/u.test(word) && !/^(?:of|for|to|at|in|the|and|on|de|del|la|las|los|el|y|e|para|en|du|des|le|les|et|à|au|aux|d['’]\S*|l['’]\S*)$/i.test(word)).length <= 1;
}

const organizationWords = [
  'Ministry', 'Ministerio', 'Ministère', 'Office', 'Oficina', 'Embassy', 'Embajada', 'Ambassade', 'Consulate',
  'Consulado', 'Consulat', 'Mission', 'Misión', 'Council', 'Consejo', 'Conseil', 'Presidency', 'Presidencia',
  'Présidence', 'Court', 'Tribunal', 'Corte', 'Cour', 'Government', 'Gobierno', 'Gouvernement', 'Department',
  'Parliament', 'Parlement', 'Assembly', 'Asamblea', 'Assemblée', 'Congress', 'Congreso', 'Senate', 'Senado', 'Sénat',
  'Procuraduría', 'Fiscalía', 'Defensoría', 'Prison', 'Penitentiary', 'Commission', 'Comisión', 'Committee', 'Comité',
  'Palace', 'Palacio', 'Palais', 'Administration', 'Secretariat', 'Secretaría', 'Secrétariat', 'Directorate',
  'Dirección', 'Direction', 'Agency', 'Agencia', 'Agence', 'Bureau', 'Police', 'Policía', 'Judiciary', 'Authority',
  'Cabinet', 'Gabinete', 'Kremlin', 'White House', 'Casa Blanca', 'Maison Blanche', 'Diwan', 'Royal Court',
  'Procuracy', 'Prosecutor’s Office', "Prosecutor's Office", 'Municipality', 'Municipalidad', 'Mairie', 'Préfecture',
  'Headquarters', 'State Council', 'Chancellery', 'Cancillería', 'Gobernación', 'Alcaldía', 'Parquet', 'Poder Judicial',
];
const organization = new RegExp(String.raw`(?:^|[\s(])(?:${organizationWords.join('|')})(?=$|[\s,)])`, 'iu');
const organizationWord = new RegExp(String.raw`^(?:${organizationWords.join('|')})$`, 'u');

export function isOrganizationLine(line: string): boolean {
  return line.length <= 120 && organization.test(line) && !/\d|^c\/o\b/i.test(line) && !/[.!?]$/.test(line);
}

export interface NameAndOffice {
  name: string;
  title?: string;
}

/**
 * A name and an office on one line: "Name, Office", "Office, Name", "Name
 * (Office)", "Office Name" ("Fiscal General de México Alejandro Gertz Manero",
 * "Public Prosecutor Ivan Petrov") or "Honorific Name Office" ("Mr. Ahmad
 * Vahidi Minister of Interior").
 */
export function splitNameAndOffice(line: string): NameAndOffice | undefined {
  if (line.length > 140 || /[\d@:]/.test(line)) return undefined;
  const separated = /^(.+?)\s*(?:,|\s[–—-]\s|\s\|\s)\s*(.+)$/u.exec(line) ?? /^(.+?)\s*\(([^)]+)\)$/u.exec(line);
  if (separated) {
    const [, first, second] = separated as unknown as [string, string, string];
    if (isPersonName(first) && isOfficeLine(second)) return { name: first, title: second };
    if (isOfficeLine(first) && isPersonName(second)) return { name: second, title: first };
  }
  const words = line.split(/\s+/);
  // Office first: the shortest office with its complement, then the name ("… de México Alejandro Gertz Manero").
  // A one-word title stays in the name, as an honorific: "Ambassador Gustavo Meza-Cuadra".
  for (let cut = 2; cut < words.length; cut++) {
    const head = words.slice(0, cut).join(' ');
    const tail = words.slice(cut).join(' ');
    if (isOfficeLine(head) && !/[,;]$/.test(head) && isPersonName(tail) && !endsWithPlace(head, tail)) {
      return { name: tail, title: head };
    }
  }
  // Name first, then an office.
  for (let cut = 2; cut < words.length; cut++) {
    const head = words.slice(0, cut).join(' ');
    const tail = words.slice(cut).join(' ');
    if ((isNameLine(head) || looksLikePlainName(head)) && officeHead.test(tail) && isOfficeLine(tail)) {
      return { name: head, title: tail };
    }
  }
  return undefined;
}

/** A cut that leaves the office without its complement ("Minister of") or the name with one word. */
function endsWithPlace(head: string, tail: string): boolean {
  return /\s(?:of|for|to|the|and|in|at|de|del|la|las|los|el|y|du|des|le|les|et|à|au|aux)$/i.test(head) || nameWords(tail).length < 2;
}

function isPersonName(text: string): boolean {
  return isNameLine(text) || looksLikePlainName(text);
}

const smallWord = /^(?:of|for|to|the|and|in|at|on|de|del|la|las|los|el|y|e|para|en|du|des|le|les|et|à|au|aux|d['’]\S*|l['’]\S*)$/i;

/** How many of the words form an office, its complement kept to small, institution and place words. */
function officeLength(words: readonly string[], isPlace: (word: string) => boolean): number {
  let length = 0;
  for (let count = Math.min(words.length, 4); count >= 1; count--) {
    if (officeHead.exec(words.slice(0, count).join(' '))?.[0].length === words.slice(0, count).join(' ').length) {
      length = count;
      break;
    }
  }
  if (length === 0) return 0;
  let end = length;
  for (let index = length; index < words.length; index++) {
    const word = words[index]!.replace(/,$/, '');
    const afterSmall = smallWord.test(words[index - 1]!);
    if (smallWord.test(word)) continue;
    // An organization after the office's complement starts the address block: "… de la République Palais de Carthage".
    if (!afterSmall && organizationWord.test(word)) break;
    if (/^\p{Lu}/u.test(word) && (isInstitutionWord(word) || isPlace(word) || afterSmall) && !/\d/.test(word)) {
      end = index + 1;
      if (words[index]!.endsWith(',')) break;
      continue;
    }
    break;
  }
  return end;
}

/** How many of the words form a person's name: after an honorific, or 2-5 name words. */
function nameLength(words: readonly string[]): number {
  let start = 0;
  for (let text = words.join(' '), match = honorific.exec(text); match; match = honorific.exec(text)) {
    const used = match[0].trim().split(/\s+/).length;
    start += used;
    text = words.slice(start).join(' ');
  }
  let end = start;
  for (let index = start; index < words.length && index - start < 6; index++) {
    const word = words[index]!.replace(/,$/, '');
    if (!isNameWord(word) || (/\.$/.test(word) && word.length > 2) || officeLength(words.slice(index), () => false) > 0) break;
    end = index + 1;
    if (words[index]!.endsWith(',')) break;
  }
  while (end > start && nameParticles.has(words[end - 1]!.replace(/,$/, '').toLowerCase())) end--;
  return end - start >= (start > 0 ? 1 : 2) ? end : 0;
}

export interface RunTogether {
  name: string;
  title?: string;
  organization?: string;
  address?: string;
}

/**
 * A contact block copied onto one line: "<name> <office> <address>" or
 * "<office> <name> <address>", as the label-free part before "Email: …".
 */
export function splitRunTogetherOfficial(line: string, isPlace: (word: string) => boolean = () => false): RunTogether | undefined {
  const words = line.split(/\s+/).filter(Boolean);
  let name: string | undefined;
  let title: string | undefined;
  let used = 0;
  const officeFirst = officeLength(words, isPlace);
  // A one-word title is an honorific ("Ambassador X"); a longer office ("Public Prosecutor X") is the title.
  const nameFirst = honorific.test(line) && officeFirst < 2 ? nameLength(words) : 0;
  if (nameFirst > 0) {
    name = words.slice(0, nameFirst).join(' ');
    used = nameFirst;
    const officeAfter = officeLength(words.slice(used), isPlace);
    if (officeAfter > 0) {
      title = words.slice(used, used + officeAfter).join(' ');
      used += officeAfter;
    }
  } else if (officeFirst > 0) {
    const length = nameLength(words.slice(officeFirst));
    if (length === 0) return undefined;
    title = words.slice(0, officeFirst).join(' ');
    name = words.slice(officeFirst, officeFirst + length).join(' ');
    used = officeFirst + length;
  } else {
    return undefined;
  }
  const strip = (text: string) => text.replace(/^[\s,;–—-]+|[\s,;–—-]+$/g, '');
  let rest = strip(words.slice(used).join(' '));
  let organization: string | undefined;
  const firstPart = rest.split(/,\s+/)[0]!;
  if (firstPart && isOrganizationLine(firstPart)) {
    organization = firstPart;
    rest = strip(rest.slice(firstPart.length));
  }
  return {
    name: strip(name),
    ...(title && { title: strip(title) }),
    ...(organization && { organization }),
    ...(rest && { address: rest }),
  };
}

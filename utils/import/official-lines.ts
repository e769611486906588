/**
 * What a line in an officials' block is, in English, Spanish and French: a
 * name (after an honorific or office: "Mr.", "Lic.", "M.", "Ambassador",
 * "Fiscal General de México"), an office ("Minister of Interior", "Fiscal
 * General de la República", "Ministre de la Justice"), an organization
 * (Ministry, Embajada, Ambassade…) or something else (then an address line).
 */

const honorifics = [
  // English
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Prof',
  'Professor',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'H\\.\\s?E',
  'HE',
  'Hon',
  'The Hon(?:ou?rable)?',
  '(?:The )?(?:Rt|Right)\\.? Hon(?:ou?rable)?',
  'Excellency',
  '(?:His|Her) (?:Royal )?(?:Excellency|Majesty|Highness)',
  'Sheikh',
  'Shaikh',
  'King',
  'Queen',
  'Crown Prince',
  'Prince',
  'Princess',
  'Emir',
  'Sultan',
  'Ayatollah',
  'Atty',
  'Engr',
  'Adv',
  'Counsell?or',
  'Imam',
  'Rev',
  // Military and police ranks
  '(?:(?:Police|Senior|Lieutenant|Major|Brigadier|Army|Air Chief|Vice|Lt\\.?) )?General',
  'Field Marshal',
  'Marshal',
  'Colonel',
  'Lieutenant Colonel',
  'Major',
  'Captain',
  'Admiral',
  'Commander',
  // Spanish
  'Sr',
  'Sra',
  'Srta',
  'Señor',
  'Señora',
  'Don',
  'Doña',
  'Dña',
  'Lic',
  'Licda',
  'Licenciado',
  'Licenciada',
  'Dra',
  'Ing',
  'Mtro',
  'Mtra',
  'Excmo',
  'Excma',
  'Ilmo',
  'Ilma',
  'S\\.\\s?E',
  'Su Excelencia',
  'Abg',
  'Abog',
  'Gral',
  'Consejer[oa]',
  'Teniente Coronel',
  'Capitán',
  // French
  'M',
  'MM',
  'Mme',
  'Mmes',
  'Mlle',
  'Me',
  'Pr',
  'Monsieur',
  'Madame',
  'Son Excellence',
  'Sa Majesté',
  'Conseiller',
  // "Monsieur le Général Balla Samoura", "Madame la Ministre …"
  '(?:Monsieur|M\\.) le (?:Général|Colonel|Commandant|Ministre|Président|Procureur|Juge|Maire|Préfet|Gouverneur|Commissaire)',
  '(?:Madame|Mme) la (?:Générale|Ministre|Présidente|Procureure|Juge|Maire|Préfète|Gouverneure|Commissaire)',
];
// Offices that also stand before a name as a title ("Ambassador Gustavo Meza-Cuadra", "Presidente Gustavo Petro").
const titleWords = [
  '(?:Vice[ -])?President',
  '(?:Deputy )?Prime Minister',
  'Minister',
  'Ambassador',
  "Charg[ée] d[’']Affaires",
  'Governor',
  'Mayor',
  'Senator',
  'Judge',
  '(?:Chief )?Justice',
  'Attorney General',
  'Prosecutor General',
  'Procurator General',
  'Public Prosecutor',
  'General',
  'Colonel',
  'Commissioner',
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Speaker',
  '(?:Vice)?[Pp]residenta?',
  'Ministr[oa]',
  'Embajador(?:a)?',
  'Fiscal(?: General)?',
  'Gobernador(?:a)?',
  'Alcalde(?:sa)?',
  'Jueza?',
  'Magistrad[oa]',
  'Coronel',
  'Comisionad[oa]',
  'Canciller',
  'Procurador(?:a)?',
  'Secretari[oa]',
  'Defensor(?:a)?',
  'Président(?:e)?',
  'Ministre',
  'Ambassadeur',
  'Ambassadrice',
  'Procureur(?:e)?(?: général(?:e)?)?',
  'Juge',
  'Gouverneur',
  'Général',
  'Maire',
  'Premier ministre',
  'Première ministre',
  'Préfet',
  'Commissaire',
];
const honorific = new RegExp(String.raw`^(?:${[...honorifics, ...titleWords].join('|')})\.?\s+(?=[\p{Lu}\p{Lt}\p{Lo}])`, 'u');
const personHonorific = new RegExp(String.raw`^(?:${honorifics.join('|')})\.?\s+(?=[\p{Lu}\p{Lt}\p{Lo}])`, 'u');

/** Whether a name opens with an honorific of a person ("Mr.", "Sra.", "Monsieur"), not with an office. */
export function hasPersonHonorific(name: string): boolean {
  return personHonorific.test(name);
}
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
  prosecution judiciary judicial poder kingdom reino royaume united unidos unis
  president presidente président presidenta présidente minister ministro ministra ministre ambassador embajador
  embajadora ambassadeur governor gobernador gobernadora gouverneur mayor alcalde maire secretary secretario
  secretaria secrétaire directorate dirección direction director directora directeur directrice head jefe jefa chef
  chief people pueblo peuple women mujer mujeres femmes interior home health salud santé education educación
  éducation labour labor trabajo travail migration migración immigration inmigración interna internal internas
  penitentiary penitenciario penitenciaria pénitentiaire gendarmerie instituto institut institute`.split(/\s+/),
);
// Words that open a postal line: they end an office ("… Derechos Humanos Calle Scipión Llona 350").
const streetWords = new Set(
  `avenue avenida av avda calle street st road rue boulevard bd blvd square plaza place colonia col jirón jr carrera
  cra paseo camino route chemin allée quai impasse po bp apartado casilla house casa palace palacio palais`.split(/\s+/),
);

export function isStreetWord(word: string): boolean {
  return streetWords.has(fold(word));
}

function fold(word: string): string {
  return word.toLowerCase().replace(/[.,;:()]/g, '');
}

function isInstitutionWord(word: string): boolean {
  return institutionWords.has(fold(word));
}

const nameParticles = new Set([
  'bin',
  'bint',
  'ibn',
  'ben',
  'al',
  'el',
  'de',
  'del',
  'della',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'la',
  'las',
  'los',
  'le',
  'les',
  'du',
  'des',
  'y',
  'e',
  'ould',
  "d'",
  'd’',
  'i',
]);

/** The words of a name, leaving out what is in brackets (a name in another script). */
function nameWords(name: string): string[] {
  return name
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function isNameWord(word: string): boolean {
  if (isInstitutionWord(word) || isStreetWord(word)) return false;
  // "'Ali", "ʿAbd": a transliterated ayn before the capital.
  if (/^['’ʿ]?[\p{Lu}\p{Lt}\p{Lo}]/u.test(word)) return !/\d/.test(word);
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
  const name = nameWithoutHonorifics(line);
  return hasNameShape(nameWords(name)) && !isOrganizationLine(name);
}

/** A bare name without honorific: 2-6 capitalized words (particles such as "bin" or "de" aside). */
export function looksLikePlainName(line: string): boolean {
  if (line.length > 60 || /[\d:@,;]/.test(line) || isOrganizationLine(line) || isOfficeLine(line)) return false;
  const words = nameWords(line);
  return words.length >= 2 && words.length <= 6 && hasNameShape(words);
}

const offices = [
  // English
  'President',
  'Vice[ -]President',
  'Prime Minister',
  'Minister',
  'Ambassador',
  "Charg[ée] d[’']Affaires",
  'Governor',
  'Mayor',
  'Head',
  'Chief',
  'Director(?: General)?',
  'Attorney General',
  'Prosecutor(?: General)?',
  'Procurator(?: General)?',
  'Public Prosecutor',
  'Chief Justice',
  'Judge',
  'Speaker',
  'Chair',
  'Chairman',
  'Chairwoman',
  'Chairperson',
  '(?:High )?Commissioner',
  'Secretary(?: General)?',
  'Supreme Leader',
  'Ombuds(?:man|woman|person)',
  'Permanent Representative',
  'Representative',
  'Commander',
  'Interior Minister',
  'Foreign Minister',
  'Justice Minister',
  'Governor General',
  'King',
  'Queen',
  'Emir',
  'Sultan',
  'Crown Prince',
  'Inspector General',
  'Chief of (?:Staff|Police)',
  'State Secretary',
  'Under-Secretary',
  'Envoy',
  // Spanish
  'President[ea]',
  'Vicepresident[ea]',
  'Ministr[oa]',
  'Embajador(?:a)?',
  'Fiscal(?: General)?',
  'Fiscal Especial',
  'Gobernador(?:a)?',
  'Alcalde(?:sa)?',
  'Jef[ea]',
  'Director(?:a)?(?: General)?',
  'Procurador(?:a)?(?: General)?',
  'Defensor(?:a)? del Pueblo',
  'Defensor(?:a)?',
  'Comisionad[oa]',
  'Jueza?',
  'Magistrad[oa]',
  'Canciller',
  'Secretari[oa](?: General)?',
  'Subsecretari[oa]',
  'Titular',
  'Encargad[oa] de Negocios',
  'Rey',
  'Reina',
  'Inspector(?:a)? General',
  'Comandante',
  'Director(?:a)? Nacional',
  'Fiscal Nacional',
  'Fiscal de la Nación',
  'Responsable',
  // French
  'Président(?:e)?',
  'Vice-président(?:e)?',
  'Premier ministre',
  'Première ministre',
  'Ministre',
  'Ambassadeur',
  'Ambassadrice',
  'Procureur(?:e)?(?: général(?:e)?)?',
  'Garde des Sceaux',
  'Chef',
  'Directeur(?: général)?',
  'Directrice(?: générale)?',
  'Gouverneur',
  'Préfet',
  'Préfète',
  'Maire',
  'Juge',
  'Commissaire',
  'Haut-Commissaire',
  'Secrétaire(?: général(?:e)?)?',
  'Médiateur',
  'Défenseur des droits',
  "Chargé(?:e)? d[’']affaires",
  'Roi',
  'Reine',
  'Commandant',
  'Haut[- ]Commandant',
  'Inspecteur général',
  'Bâtonnier',
  'Responsable',
];
const officeQualifier = String.raw`(?:(?:Acting|Deputy|Federal|Interim|First|Vice|Vice-|Interino|Interina|Adjoint|Adjointe|Senior|Chief)\s+)?`;
// Connecting words after which an office's complement runs: "of the Republic", "y Jefe del …", "près le tribunal".
const officeLink = String.raw`(?:of|for|to|at|in|and|on|de|del|de\s+la|de\s+los|de\s+las|para|en|y|e|du|des|de\s+l['’]|à|au|aux|d['’]|et|près|auprès|chargée?|encargad[oa])`;
const officeComplement = String.raw`(?:\s*,?\s+${officeLink}\s*\S.*)?`;
const officeHead = new RegExp(
  String.raw`^${officeQualifier}(?:${offices.join('|')})(?:\s+(?:General|Adjunt[oa]|général(?:e)?|adjoint(?:e)?|délégu[ée]e?|delegad[oa]|suplente|interin[oa]|Constitucional|Municipal|Regional|Provincial|Estatal|a\.\s?i\.|ad\s+interim|p\.\s?i\.))?`,
  'iu',
);
const office = new RegExp(String.raw`${officeHead.source}${officeComplement}$`, 'iu');

// Verbs make a sentence of what starts like an office: "Minister of Interior ordered the arrest".
const sentenceVerb =
  /\s(?:is|are|was|were|has|have|had|will|would|must|should|can|could|said|says|ordered|es|fue|son|está|están|ha|han|debe|dijo|ordenó|est|sont|ont|doit|peut|a\s+été)\s/i;
const linkWord =
  /^(?:of|for|to|at|in|the|and|on|de|del|la|las|los|el|y|e|para|en|du|des|le|les|et|à|au|aux|près|auprès|d['’]\S*|l['’]\S*)$/i;

const courtesyBeforeOffice = /^(?:(?:Monsieur|Madame)\s+(?:le|la)\s+|(?:Monsieur|Madame)\s+l['’]|(?:Señor|Señora)\s+)(?=\p{Lu})/u;

/** An office such as "Minister of Interior", "Fiscal General de la República" or "Ministre de la Justice". */
export function isOfficeLine(line: string): boolean {
  // "Monsieur le Président de la République", "Señora Fiscal General de la Nación": the office, addressed.
  const addressed = courtesyBeforeOffice.exec(line);
  if (addressed) {
    const rest = line.slice(addressed[0].length);
    return /^\p{Lu}\S*\s+\S/u.test(rest) && isOfficeLine(rest);
  }
  // "Garde des Sceaux, ministre de la Justice", "Chairman, State Security and Peace Commission": an office with more.
  const parts = line.split(/\s*,\s+/);
  if (parts.length > 1 && parts.length <= 4) {
    const [first, ...more] = parts as [string, ...string[]];
    return (
      line.length <= 130 &&
      isOfficeLine(first) &&
      more.every(
        (part) =>
          !/\d/.test(part) && (isOfficeLine(part) || isOrganizationLine(part) || part.split(/\s+/).some((word) => linkWord.test(word))),
      )
    );
  }
  if (
    line.length > 130 ||
    !office.test(line) ||
    /[\d@:]/.test(line) ||
    /[!?]$|\p{L}{4,}\.$/u.test(line) ||
    sentenceVerb.test(` ${line} `)
  ) {
    return false;
  }
  // "Head" and "Chief" open many sentences: they count only with their complement.
  if (/^(?:head|chief|chef|jef[ea]|titular|commander|comandante|commandant)$/i.test(line)) return false;
  // Without a complement, an office is a few capitalized words ("Prosecutor General"); a complement may run on in
  // lower case, as Spanish and French write it ("… de la Commission nationale indépendante des droits de l'homme").
  const words = line.split(/\s+/);
  const lower = words.filter((word) => /^\p{Ll}/u.test(word) && !linkWord.test(word)).length;
  const hasComplement = words.slice(1).some((word) => linkWord.test(word));
  return lower <= (hasComplement ? 6 : 1);
}

const organizationWords = [
  'Ministry',
  'Ministerio',
  'Ministère',
  'Office',
  'Oficina',
  'Embassy',
  'Embajada',
  'Ambassade',
  'Consulate',
  'Consulado',
  'Consulat',
  'Mission',
  'Misión',
  'Council',
  'Consejo',
  'Conseil',
  'Presidency',
  'Presidencia',
  'Présidence',
  'Court',
  'Tribunal',
  'Corte',
  'Cour',
  'Government',
  'Gobierno',
  'Gouvernement',
  'Department',
  'Parliament',
  'Parlement',
  'Assembly',
  'Asamblea',
  'Assemblée',
  'Congress',
  'Congreso',
  'Senate',
  'Senado',
  'Sénat',
  'Procuraduría',
  'Fiscalía',
  'Defensoría',
  'Prison',
  'Penitentiary',
  'Commission',
  'Comisión',
  'Committee',
  'Comité',
  'Administration',
  'Secretariat',
  'Secretaría',
  'Secrétariat',
  'Directorate',
  'Dirección',
  'Direction',
  'Agency',
  'Agencia',
  'Agence',
  'Bureau',
  'Police',
  'Policía',
  'Judiciary',
  'Authority',
  'Cabinet',
  'Gabinete',
  'Diwan',
  'Royal Court',
  'High Commission',
  'Instituto',
  'Institut',
  'Institute',
  'Procuracy',
  'Prosecutor’s Office',
  "Prosecutor's Office",
  'Municipality',
  'Municipalidad',
  'Mairie',
  'Préfecture',
  'State Council',
  'Chancellery',
  'Cancillería',
  'Gobernación',
  'Alcaldía',
  'Parquet',
  'Poder Judicial',
];
const organization = new RegExp(String.raw`(?:^|[\s(])(?:${organizationWords.join('|')})(?=$|[\s,)])`, 'iu');
const organizationWord = new RegExp(String.raw`^(?:${organizationWords.join('|')})$`, 'u');

export function isOrganizationLine(line: string): boolean {
  return (
    line.length <= 120 &&
    organization.test(line) &&
    // "c/o Embassy of Iran", "a/s Ambassade d'Iran": the way to a person, a postal line.
    !/\d|^(?:c\/o|a\/s)\b/i.test(line) &&
    !/[.!?]$/.test(line) &&
    // "Palacio de Gobierno, …" is a postal line, and so is a building with its street ("… Complex, Corner X Avenue").
    !isStreetWord(line.split(/\s+/)[0] ?? '') &&
    !line
      .split(/\s*,\s+/)
      .slice(1)
      .some((part) => part.split(/\s+/).some(isStreetWord))
  );
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
  for (let cut = 2; cut < words.length && officeHead.test(line); cut++) {
    const head = words.slice(0, cut).join(' ');
    const tail = words.slice(cut).join(' ');
    // "(Ombudsperson) Leyla Huseynova": what is in brackets after an office is still the office.
    if (isOfficeLine(head) && !/[,;]$/.test(head) && /^\p{L}/u.test(tail) && isPersonName(tail) && !endsWithPlace(head, tail)) {
      return { name: tail, title: head };
    }
  }
  // Name first, then an office.
  for (let cut = 2; cut < words.length && /^\p{Lu}/u.test(line); cut++) {
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

const smallWord = /^(?:of|for|to|the|and|in|at|on|de|del|la|las|los|el|y|e|para|en|du|des|le|les|et|à|au|aux|près)$/i;
// "d'Haïti", "l'Homme": a small word and a content word in one.
const elided = /^[dl]['’](\p{L})/u;

/** Where a complement ends: small, institution and place words, and the words right after a small word. */
function complementEnd(words: readonly string[], start: number, isPlace: (word: string) => boolean): number {
  let end = start;
  let previous: 'small' | 'content' | 'place' | 'head' = 'head';
  for (let index = start; index < words.length; index++) {
    const word = words[index]!.replace(/[,;]$/, '');
    const content = elided.exec(word) ? word.slice(2) : word;
    if (smallWord.test(word)) {
      previous = 'small';
      continue;
    }
    const afterSmall: boolean = previous === 'small' || elided.test(word);
    // "of Peru" closes the complement unless a small word carries it on ("of Iran to the UN").
    if (previous === 'place') break;
    // A person's honorific or rank starts the name: "Minister of Defence General Abdel Mageed Saqr".
    if (!afterSmall && personHonorific.test(words.slice(index).join(' '))) break;
    // A postal line or an organization after the complement starts the address block.
    if (isStreetWord(content) || /\d/.test(content) || (!afterSmall && organizationWord.test(content))) break;
    if (/^\p{Lu}/u.test(content) && (isInstitutionWord(content) || isPlace(content) || afterSmall)) {
      previous = isPlace(content) && afterSmall ? 'place' : 'content';
    } else if (/^\p{Ll}/u.test(content) && previous === 'content') {
      // Spanish and French adjectives after a capitalized word: "Sécurité publique", "Police nationale".
      previous = 'content';
    } else break;
    end = index + 1;
    if (words[index]!.endsWith(',')) break;
  }
  return end;
}

function headLength(words: readonly string[], pattern: RegExp): number {
  for (let count = Math.min(words.length, 4); count >= 1; count--) {
    const head = words.slice(0, count).join(' ').replace(/,$/, '');
    if (pattern.exec(head)?.[0].length === head.length) return count;
  }
  return 0;
}

/** How many of the words form an office, its complement kept to small, institution and place words. */
function officeLength(words: readonly string[], isPlace: (word: string) => boolean): number {
  const head = headLength(words, officeHead);
  return head === 0 ? 0 : complementEnd(words, head, isPlace);
}

const organizationHead = new RegExp(
  String.raw`^(?:(?:High|Permanent|Royal|Federal|National|Supreme|Alta|Alto|Haut|Haute)\s+)?(?:${organizationWords.join('|')})`,
  'iu',
);

/** How many of the words form an organization: "High Commission for the Republic of Uganda". */
function organizationLength(words: readonly string[], isPlace: (word: string) => boolean): number {
  const head = headLength(words, organizationHead);
  return head === 0 ? 0 : complementEnd(words, head, isPlace);
}

function titleCase(word: string): string {
  return word.length > 1 && word === word.toUpperCase() ? word[0] + word.slice(1).toLowerCase() : word;
}

/** How many of the words form a person's name: after an honorific, or 2-5 name words. */
function nameLength(words: readonly string[]): number {
  // Names written in capitals ("HER EXCELLENCY ROSE NAMUKASA") are read as if title-cased, and end where the capitals do.
  const capitals = words.findIndex((word) => word !== word.toUpperCase());
  const upper = capitals !== 0 && words.slice(0, 2).every((word) => /\p{Lu}{2}/u.test(word));
  const read = words.map(titleCase);
  let start = 0;
  for (let text = read.join(' '), match = honorific.exec(text); match; match = honorific.exec(text)) {
    start += match[0].trim().split(/\s+/).length;
    text = read.slice(start).join(' ');
  }
  let end = start;
  const limit = upper && capitals > 0 ? capitals : words.length;
  for (let index = start; index < limit && index - start < 6; index++) {
    const word = read[index]!.replace(/,$/, '');
    if (!isNameWord(word) || (/\.$/.test(word) && word.length > 2) || officeLength(read.slice(index), () => false) > 0) break;
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
  const nameFirst = honorific.test(words.map(titleCase).join(' ')) && officeFirst < 2 ? nameLength(words) : 0;
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
  const rest = words.slice(used);
  const organizationEnd = organizationLength(rest, isPlace);
  const organization = strip(rest.slice(0, organizationEnd).join(' '));
  const address = strip(rest.slice(organizationEnd).join(' '));
  return {
    name: strip(name),
    ...(title && { title: strip(title) }),
    ...(organization && { organization }),
    ...(address && { address }),
  };
}

// "Copies à :", "Send a copy to:" before a block copied onto one line.
const copyLead =
  /^(?:(?:please\s+)?(?:send\s+)?(?:a\s+)?cop(?:y|ies)\s+to|cc|(?:con\s+)?copias?\s+a|(?:envoyez\s+(?:des\s+)?)?copies?\s+[àa])\s*:\s*/i;

function withPersonHonorific(part: string): NameAndOffice | undefined {
  // "Garde des Sceaux Mme Yassine Fall"; with the office after the name, postal words may hide in it.
  const combined = splitNameAndOffice(part);
  if (combined?.title && hasPersonHonorific(combined.name) && part.endsWith(combined.name)) return combined;
  return isNameLine(part) && hasPersonHonorific(part) ? { name: part } : undefined;
}

/**
 * A contact block copied onto one line with commas: "<office>, <name>,
 * <address>", "<organization>, <name>, <address>" or "<name>, <office>,
 * <organization>, <address>", the name written with a person's honorific
 * ("Mme", "S.E. M.", "His Excellency").
 */
export function splitCommaRunTogether(line: string): RunTogether | undefined {
  const parts = line
    .replace(copyLead, '')
    .replace(/\.$/, '')
    .split(/\s*,\s+/)
    .filter(Boolean);
  if (parts.length < 3) return undefined;
  const at = parts.findIndex((part) => withPersonHonorific(part) !== undefined);
  if (at < 0) return undefined;
  const titles: string[] = [];
  let organization: string | undefined;
  const describes = (part: string) => {
    if (isOfficeLine(part) && organization === undefined) titles.push(part);
    else if (isOrganizationLine(part) && organization === undefined) organization = part;
    else return false;
    return true;
  };
  if (!parts.slice(0, at).every(describes)) return undefined;
  const person = withPersonHonorific(parts[at]!)!;
  if (person.title) titles.push(person.title);
  let next = at + 1;
  while (next < parts.length - 1 && describes(parts[next]!)) next++;
  const address = parts.slice(next).join(', ');
  if (!address) return undefined;
  return {
    name: person.name,
    ...(titles.length > 0 && { title: titles.join(', ') }),
    ...(organization && { organization }),
    address,
  };
}

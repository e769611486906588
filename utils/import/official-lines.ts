/**
 * What a line in an officials' block is: a name, an office, an organization or
 * something else (then an address line). English-language pages write a name
 * after an honorific or office ("Mr.", "President", "Ambassador"), an office as
 * that word followed by "of"/"for" ("Minister of Interior"), and organizations
 * with words such as Ministry, Embassy or Presidencia.
 */
const honorifics = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sr', 'Sra', 'Sir', 'Dame',
  'Lord', 'Lady', 'H\\.\\s?E', 'HE', 'Hon', 'The Hon(?:ou?rable)?', 'Excellency',
  '(?:His|Her) (?:Royal )?(?:Excellency|Majesty|Highness)',
  '(?:Vice[ -])?President', '(?:Deputy )?Prime Minister', 'Minister', 'Ambassador',
  "Charg[ée] d[’']Affaires", 'Governor', 'Mayor', 'Senator', 'Judge', '(?:Chief )?Justice',
  'Attorney General', 'Prosecutor General', 'Procurator General', 'General', 'Colonel',
  'Sheikh', 'Shaikh', 'King', 'Queen', 'Crown Prince', 'Prince', 'Princess', 'Emir', 'Sultan',
  'Ayatollah', 'Commissioner', 'Chairman', 'Chairwoman', 'Chairperson', 'Speaker',
];
const honorific = new RegExp(String.raw`^(?:${honorifics.join('|')})\.?\s+(?=[\p{Lu}\p{Lt}\p{Lo}])`, 'u');
// Small words that occur in offices ("Minister of Interior"), never in names.
const officeWord = /\s(?:of|for|to|the|and|in|at|on)\s/;

export function isNameLine(line: string): boolean {
  return (
    line.length <= 90 &&
    honorific.test(line) &&
    !officeWord.test(` ${line} `) &&
    !/[\d:@]/.test(line) &&
    !isOrganizationLine(line) &&
    nameWords(nameWithoutHonorifics(line)).every(isNameWord)
  );
}

const offices = [
  'President', 'Prime Minister', 'Minister', 'Ambassador', "Charg[ée] d[’']Affaires", 'Governor',
  'Mayor', 'Head', 'Chief', 'Director', 'Attorney General', 'Prosecutor(?: General)?',
  'Procurator(?: General)?', 'Public Prosecutor', 'Chief Justice', 'Judge', 'Speaker', 'Chair',
  'Chairman', 'Chairwoman', 'Chairperson', '(?:High )?Commissioner', 'Secretary', 'Supreme Leader',
  'Ombuds(?:man|woman|person)', 'Permanent Representative', 'Representative', 'Commander',
  'Interior Minister', 'Foreign Minister', 'Justice Minister',
];
const office = new RegExp(
  String.raw`^(?:(?:Acting|Deputy|Federal|Interim|First|Vice|Vice-)\s+)?(?:${offices.join('|')})(?:\s+General)?(?:\s+(?:of|for|to|at|in)\s.*)?$`,
);

/** An office such as "Minister of Interior" or "Prosecutor General". */
export function isOfficeLine(line: string): boolean {
  return line.length <= 100 && office.test(line) && !/[\d@:]/.test(line);
}

const organizationWords = [
  'Ministry', 'Ministerio', 'Ministère', 'Office', 'Oficina', 'Embassy', 'Embajada', 'Consulate',
  'Consulado', 'Mission', 'Council', 'Consejo', 'Presidency', 'Presidencia', 'Présidence',
  'Court', 'Tribunal', 'Corte', 'Government', 'Gobierno', 'Department', 'Parliament',
  'Assembly', 'Asamblea', 'Congress', 'Congreso', 'Senate', 'Senado', 'Procuraduría',
  'Fiscalía', 'Prison', 'Penitentiary', 'Commission', 'Comisión', 'Committee', 'Palace',
  'Palacio', 'Administration', 'Secretariat', 'Secretaría', 'Directorate', 'Agency', 'Bureau',
  'Police', 'Policía', 'Judiciary', 'Authority', 'Cabinet', 'Kremlin', 'White House', 'Diwan',
  'Royal Court', 'Procuracy', 'Prosecutor’s Office', "Prosecutor's Office", 'Municipality',
  'Municipalidad', 'Headquarters', 'State Council', 'Chancellery', 'Cancillería',
];
const organization = new RegExp(String.raw`(?:^|[\s(])(?:${organizationWords.join('|')})(?=$|[\s,)])`, 'u');

export function isOrganizationLine(line: string): boolean {
  return line.length <= 120 && organization.test(line) && !/\d|^c\/o\b/i.test(line);
}

const nameParticles = new Set([
  'bin', 'bint', 'ibn', 'al', 'el', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'van',
  'von', 'der', 'den', 'la', 'le', 'y', 'e',
]);

/** The words of a name, leaving out what is in brackets (a name in another script). */
function nameWords(name: string): string[] {
  return name.replace(/\s*\([^)]*\)\s*/g, ' ').trim().split(' ').filter(Boolean);
}

function isNameWord(word: string): boolean {
  return /^[\p{Lu}\p{Lt}\p{Lo}]/u.test(word) || nameParticles.has(word.split(/[-‑]/)[0]!);
}

/** A bare name without honorific: 2-6 capitalized words (particles such as "bin" aside). */
export function looksLikePlainName(line: string): boolean {
  if (line.length > 60 || /[\d:@,;]/.test(line) || isOrganizationLine(line) || isOfficeLine(line)) {
    return false;
  }
  const words = nameWords(line);
  return words.length >= 2 && words.length <= 6 && words.every(isNameWord);
}

/** The name without leading honorifics, for the official's id. */
export function nameWithoutHonorifics(name: string): string {
  let rest = name;
  for (let match = honorific.exec(rest); match; match = honorific.exec(rest)) {
    rest = rest.slice(match[0].length);
  }
  return rest;
}

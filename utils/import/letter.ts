/**
 * The sample letter, in English, Spanish or French: from its salutation ("Dear
 * Minister,", "Fiscal General:", "Señor Presidente:", "Monsieur le Président,")
 * to its closing ("Yours sincerely,", "Atentamente,", "Veuillez agréer …"), or
 * to the end of the text without one. A page with talking points instead of a
 * letter gives an outline: the points, for the supporter to write up.
 */
import { isOfficeLine } from './official-lines';
import { bulletText, joinParagraph, paragraphs, unicodeWords } from './text-lines';

export interface LetterParts {
  /** The opening line as written, e.g. "Dear Mr. Alberto Otárola Peñaranda,"; absent for an outline without one. */
  salutation?: string;
  /** Paragraphs separated by one blank line; for an outline, one point a line. */
  body: string;
  closing?: string;
  /** A "Subject:"/"Asunto:"/"Objet :" line above the opening. */
  subject?: string;
  /** The body is the organization's points for the supporter to write in their own words. */
  outline: boolean;
  /** Index of the first line that belongs to the letter (its subject or opening). */
  start: number;
  /** Index of the line after the letter (after its closing). */
  end: number;
  /** Where each part was read. */
  salutationIndex?: number;
  bodyIndex: number;
  closingIndex?: number;
}

const salutations: RegExp[] = [
  // English
  /^Dear\s+[^,:;!?]{1,90}?[,:]/i,
  /^(?:Your\s+)?Excellency\s*[,:]/i,
  /^Your\s+(?:Majesty|Royal\s+Highness|Highness|Hono(?:u)?r)\s*[,:]/i,
  /^(?:Dear\s+)?(?:Sirs?|Madam)(?:\s+(?:or|and|\/)\s+(?:Madam|Sir))?\s*[,:]/i,
  /^To\s+whom\s+it\s+may\s+concern\s*[,:]/i,
  /^(?:The\s+)?Hono(?:u)?rable\s+[^,:]{1,60}[,:]/i,
  // Spanish
  /^(?:Estimad[oa]s?|Apreciad[oa]s?|Distinguid[oa]s?|Respetad[oa]s?|Querid[oa]s?|Excelent[ií]sim[oa]s?|Excm[oa]\.?|Ilustr[ií]sim[oa]|Ilm[oa]\.?)\s+[^:,;!?]{1,90}?[:,]/i,
  /^(?:Señor|Señora|Señorita|Sr\.|Sra\.|Srta\.)(?:\s+[^:,;!?]{1,80}?)?\s*:/i,
  /^Muy\s+señ(?:or|ora)\s+m[ií][oa]\s*[:,]/i,
  /^A\s+quien\s+corresponda\s*[:,]/i,
  /^(?:Su\s+)?(?:Excelencia|Señoría|Majestad)\s*[:,]/i,
  // French
  /^(?:Madame|Monsieur)\s*,\s*(?:Madame|Monsieur)\s*,/i,
  /^(?:Madame|Monsieur)\s+(?:ou|et)\s+(?:Madame|Monsieur)\s*,/i,
  /^(?:Monsieur|Madame|Mademoiselle|Messieurs|Mesdames)(?:\s+(?:le|la|les|l['’])\s*[^,:;!?]{1,80}?)?\s*[,:]/i,
  /^(?:Votre\s+|Son\s+)?Excellence\s*[,:]/i,
  /^(?:Cher|Chère|Chers|Chères)\s+[^,:;!?]{1,60},/i,
  /^À\s+qui\s+de\s+droit\s*,/i,
];

// Openings written to the supporter by the organization, not the sample letter's.
const toSupporter = unicodeWords(
  /^(?:hi|hello|hey|hola|bonjour|salut)\b|\b(?:friends?|supporters?|activists?|colleagues?|team|all|everyone|amig[oa]s?|activistas?|simpatizantes?|soci[oa]s?|compañer[oa]s?|amie?s?|militant(?:e|es|s)?|sympathisant(?:e|es|s)?|adhérent(?:e|es|s)?)\b/i,
);

const bodySignal =
  /^(?:I\s+am\s+writing|I\s+write|I['’]m\s+writing|I\s+am\s+(?:deeply\s+|gravely\s+|very\s+)?(?:concerned|alarmed|dismayed|worried)|I\s+urge|I\s+call\s+on|I\s+respectfully|We\s+are\s+writing|Me\s+dirijo|Le\s+escribo|Les\s+escribo|Escribo|Me\s+pongo\s+en\s+contacto|Quiero\s+expresar|Le\s+insto|Le\s+pido|Les\s+pido|Le\s+solicito|Como\s+(?:miembro|simpatizante)|Je\s+vous\s+écris|Je\s+me\s+permets|Je\s+suis|Je\s+vous\s+demande|J['’]ai\s+appris|Je\s+tiens|En\s+tant\s+que|Je\s+souhaite)/i;

const sampleHeading = unicodeWords(
  /^(?:(?:sample|suggested|model|draft)\s+(?:letter|message|email|e-mail|appeal)|(?:carta|mensaje|correo|llamamiento)\s+(?:modelo|de\s+ejemplo|sugerid[oa])|modelo\s+de\s+(?:carta|mensaje|llamamiento)|(?:lettre|message|courrier)\s+(?:type|mod[èe]le)|mod[èe]le\s+de\s+(?:lettre|message|courrier)|exemple\s+de\s+lettre)\b\s*:?\s*/i,
);
const mentionsSample =
  /\b(?:sample\s+letter|carta\s+modelo|modelo\s+de\s+carta|lettre[-\s]type|mod[èe]le\s+de\s+lettre|lettre\s+mod[èe]le)\b/i;

const closings: RegExp[] = [
  /^(?:Yours\s+(?:sincerely|faithfully|truly|respectfully)|Sincerely(?:\s+yours)?|Respectfully(?:\s+yours)?|(?:Kind|Kindest|Best|Warm|Warmest)\s+regards|Regards|With\s+(?:respect|regards|thanks|best\s+wishes)|Many\s+thanks|Thank\s+you|Yours)\s*[,.]?$/i,
  /^(?:(?:Muy\s+)?atentamente|Cordialmente|Respetuosamente|Sinceramente|Saludos(?:\s+(?:cordiales|atentos|respetuosos))?|(?:Un|Reciba\s+un)\s+(?:cordial|atento|respetuoso)\s+saludo|Le\s+saluda\s+(?:muy\s+)?atentamente|Sin\s+otro\s+particular,?\s+(?:le\s+)?saluda?\s+(?:muy\s+)?atentamente)\s*[,.]?$/i,
  /^(?:Veuillez\s+agr[ée]er|Je\s+vous\s+prie\s+d['’]agr[ée]er|Je\s+vous\s+prie\s+de\s+(?:bien\s+vouloir\s+)?(?:croire|recevoir|agr[ée]er)|Recevez,?\s|Dans\s+l['’]attente\s+de\s+votre\s+r[ée]ponse,?\s+(?:je\s+vous\s+prie|veuillez)|Avec\s+(?:mes|nos)\s+(?:salutations|respectueuses|sinc[èe]res)|(?:Salutations|Sinc[èe]res\s+salutations)\b).{0,240}$/i,
  /^(?:Respectueusement|Cordialement|Bien\s+(?:cordialement|à\s+vous)|Salutations\s+(?:respectueuses|distingu[ée]es|cordiales))\s*[,.]?$/i,
];
const closingAtEnd =
  /(?<=[.!?])\s+((?:Yours\s+(?:sincerely|faithfully|truly|respectfully)|Sincerely(?:\s+yours)?|Respectfully(?:\s+yours)?|Kind\s+regards|(?:Muy\s+)?[Aa]tentamente|Cordialmente|Respetuosamente|Veuillez\s+agr[ée]er.{0,200}|Je\s+vous\s+prie\s+d['’]agr[ée]er.{0,200}|Cordialement|Respectueusement)\s*[,.]?)$/u;

const subjectLine = /^(?:Subject|Re|Asunto|Objet|Ref)\s*:\s*(\S.*)$/i;
// Where a letter without closing stops: the page's next section or the signature.
const stopLine = unicodeWords(
  /^(?:additional\s+information|background(?:\s+information)?|more\s+information|further\s+information|información\s+(?:adicional|complementaria)|más\s+información|informations?\s+complémentaires?|complément\s+d['’]information|contexte|share(?:\s+this)?|comparte|compartir|partager|report\s+your\s+actions?|\[\s*(?:your|tu|su|votre)\s+(?:name|nombre|nom)\s*\]|(?:your\s+name|tu\s+nombre|su\s+nombre|votre\s+nom)\s*:?|copies?\s+(?:to|a|à)\s*:?|copia\s+a\s*:?|envía\s+copias?\s+a\s*:?)\b/i,
);

/** A heading-like line that points to the sample letter ("Actúa: … o utiliza esta carta modelo"): not the summary's. */
export function pointsToSampleLetter(line: string): boolean {
  return line.length <= 160 && !/[.!?]$/.test(line) && mentionsSample.test(line);
}

/** A heading such as "Sample letter", "Carta modelo", "Lettre modèle" on its own line. */
export function isSampleHeading(line: string): boolean {
  const heading = sampleHeading.exec(line);
  return heading !== null && heading[0].trim().length === line.trim().length;
}

/** The salutation at the start of a line, and what follows it on the line. */
export function salutationAt(line: string): { salutation: string; rest: string } | undefined {
  const text = line.replace(sampleHeading, '');
  for (const pattern of salutations) {
    const match = pattern.exec(text);
    if (match) return { salutation: match[0].trim(), rest: text.slice(match[0].length).trim() };
  }
  // An office and a colon: "Fiscal General de México:", "Presidente:".
  const office = /^([^:]{3,80}):(?:\s+(.*))?$/.exec(text);
  if (office && isOfficeLine(office[1]!.trim())) return { salutation: `${office[1]!.trim()}:`, rest: office[2]?.trim() ?? '' };
  // "Dear Minister" alone on its line, without a comma.
  if (/^Dear\s+\S/i.test(text) && text.length <= 80 && !/[.!?]$/.test(text) && text.split(/\s+/).length <= 8) {
    return { salutation: text, rest: '' };
  }
  return undefined;
}

export function isClosing(line: string): boolean {
  return closings.some((pattern) => pattern.test(line));
}

/**
 * Cuts letters copied onto one line: "SAMPLE LETTER Dear Minister, I am
 * writing…" becomes heading, salutation and body; "…release him. Yours
 * sincerely," loses its closing to a line of its own.
 */
export function splitLetterLines(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const out: string[] = [];
    let text = line;
    const heading = sampleHeading.exec(text);
    if (heading && heading[0].length < text.length && salutationAt(text.slice(heading[0].length))) {
      out.push(heading[0].trim());
      text = text.slice(heading[0].length).trim();
    }
    const opening = salutationAt(text);
    if (opening && opening.rest && /^[\p{Lu}¿¡"“«]/u.test(opening.rest) && opening.rest.length > 20) {
      out.push(opening.salutation);
      text = opening.rest;
    }
    const closing = closingAtEnd.exec(text);
    if (closing && closing.index > 20) {
      out.push(text.slice(0, closing.index).trim(), closing[1]!.trim());
    } else {
      out.push(text);
    }
    return out;
  });
}

function nextNonEmpty(lines: readonly string[], from: number): number {
  for (let index = from; index < lines.length; index++) if (lines[index]) return index;
  return -1;
}

interface Candidate {
  index: number;
  salutation: string;
  score: number;
}

function scoreCandidate(lines: readonly string[], index: number, salutation: string, firstContact: number): number {
  let score = 0;
  const above = lines.slice(Math.max(0, index - 4), index).filter(Boolean);
  if (
    sampleHeading.test(lines[index]!) ||
    above.some((line) => sampleHeading.test(line) || (mentionsSample.test(line) && line.length <= 160))
  ) {
    score += 2;
  }
  const next = lines[nextNonEmpty(lines, index + 1)] ?? '';
  if (bodySignal.test(next)) score += 1;
  if (firstContact >= 0 && index > firstContact) score += 1;
  const words = salutation.replace(/[,:]$/, '').split(/\s+/);
  if (toSupporter.test(salutation)) score -= 3;
  // "Dear Jane,": a first name alone is the supporter's, never an official's.
  else if (
    /^Dear$/i.test(words[0] ?? '') &&
    words.length === 2 &&
    !isOfficeLine(words[1]!) &&
    !/^(?:Sirs?|Madam|Excellency|President|Minister|Ambassador|Governor|Prosecutor|Judge|Mayor)$/i.test(words[1]!)
  )
    score -= 3;
  return score;
}

/**
 * The sample letter: the best of the salutations with a body after them (one
 * under a "Sample letter" heading, or followed by "I am writing…", wins over a
 * greeting to the supporter), read to its closing or to the end.
 */
export function findLetter(
  lines: readonly string[],
  firstContact = -1,
  isContact: (index: number) => boolean = () => false,
): LetterParts | undefined {
  const candidates: Candidate[] = [];
  lines.forEach((line, index) => {
    if (!line || isContact(index)) return;
    const found = salutationAt(line);
    if (!found || found.rest) return;
    const body = nextNonEmpty(lines, index + 1);
    if (body < 0 || isClosing(lines[body]!) || isContact(body)) return;
    candidates.push({ index, salutation: found.salutation, score: scoreCandidate(lines, index, found.salutation, firstContact) });
  });
  const best = candidates.reduce<Candidate | undefined>(
    (chosen, candidate) => (!chosen || candidate.score > chosen.score ? candidate : chosen),
    undefined,
  );
  if (!best || best.score < -1) return undefined;

  const openingIndex = best.index;
  let closingIndex: number | undefined;
  let end = lines.length;
  for (let index = openingIndex + 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (!line) continue;
    if (isClosing(line)) {
      closingIndex = index;
      end = index + 1;
      break;
    }
    if (stopLine.test(line) || isContact(index)) {
      end = index;
      break;
    }
  }
  const bodyLines = lines.slice(openingIndex + 1, closingIndex ?? end);
  const bodyIndex = nextNonEmpty(lines, openingIndex + 1);

  let start = openingIndex;
  let subject: string | undefined;
  for (let index = openingIndex - 1; index >= 0 && index >= openingIndex - 3; index--) {
    const match = subjectLine.exec(lines[index]!);
    if (match) {
      subject = match[1];
      start = index;
      break;
    }
    if (lines[index]) break;
  }

  return {
    salutation: best.salutation,
    body: paragraphs(bodyLines).map(joinParagraph).join('\n\n'),
    ...(closingIndex !== undefined && { closing: lines[closingIndex], closingIndex }),
    ...(subject && { subject }),
    outline: false,
    start,
    end,
    salutationIndex: openingIndex,
    bodyIndex,
  };
}

const pointsIntro = unicodeWords(
  new RegExp(
    [
      String.raw`\b(?:call(?:ing)?\s+on|urg(?:e|ing)|ask(?:ing)?|demand(?:ing)?|press(?:ing)?)\b[^:]{0,120}\bto\s*:$`,
      String.raw`\b(?:in\s+your\s+own\s+words|key\s+points|talking\s+points|points\s+to\s+(?:make|raise|include)|suggested\s+points|main\s+points|following\s+points)\b[^:]{0,120}:?$`,
      String.raw`\b(?:pid(?:a|e|an|iendo|ales|eles|iéndoles)|inst(?:a|e|en|ando)|exhort(?:a|e|en|ando)|sol[ií]cit(?:a|e|en|ando)|reclam(?:a|e|en|ando)|ex[ií]j(?:a|e|an|iendo)|sugerimos|recomendamos)\b[^:]{0,120}:$`,
      String.raw`\b(?:con\s+tus\s+propias\s+palabras|con\s+sus\s+propias\s+palabras|puntos\s+(?:clave|principales|siguientes|a\s+incluir|a\s+tratar)|su\s+mensaje|tu\s+mensaje)\b[^:]{0,120}:?$`,
      String.raw`\b(?:demand(?:ez|ant|ez-leur)|exhort(?:ez|ant)|appel(?:ez|ant)|pri(?:ez|ant)|engag(?:ez|eant))\b[^:]{0,120}:$`,
      String.raw`\b(?:avec\s+vos\s+propres\s+mots|points\s+(?:cl[ée]s|principaux|suivants|à\s+aborder|à\s+soulever)|votre\s+(?:propre\s+)?message)\b[^:]{0,120}:?$`,
    ].join('|'),
    'iu',
  ),
);

function pointsAfter(lines: readonly string[], index: number, skip: (index: number) => boolean): { points: string[]; end: number } {
  const points: string[] = [];
  let end = index + 1;
  for (let at = index + 1; at < lines.length; at++) {
    const text = lines[at]!;
    if (!text) continue;
    const point = bulletText(text);
    if (point === undefined || skip(at)) break;
    points.push(point);
    end = at + 1;
  }
  return { points, end };
}

// A point to raise is a sentence or a clause, not a name or an address line.
const isPointText = (point: string) => point.length >= 25 && point.split(/\s+/).length >= 5;

/**
 * Talking points instead of a letter: the bullets after a line such as
 * "…calling on them to:"; failing that, after any lead-in ending with a colon
 * ("PLEASE WRITE IMMEDIATELY …:", "Pedile al Fiscal Nacional que:") when two
 * or more sentence-like bullets follow it.
 */
export function findOutline(lines: readonly string[], skip: (index: number) => boolean = () => false): LetterParts | undefined {
  const outlineAt = (index: number, points: string[], end: number): LetterParts => ({
    body: points.map((point) => `- ${point}`).join('\n'),
    outline: true,
    start: index,
    end,
    bodyIndex: index + 1,
  });
  for (const [index, line] of lines.entries()) {
    if (!line || skip(index) || line.length > 300 || !pointsIntro.test(line)) continue;
    const { points, end } = pointsAfter(lines, index, skip);
    if (points.length > 0) return outlineAt(index, points, end);
  }
  for (const [index, line] of lines.entries()) {
    if (!line.endsWith(':') || skip(index) || line.length > 300 || bulletText(line) !== undefined) continue;
    const { points, end } = pointsAfter(lines, index, skip);
    if (points.length >= 2 && points.every(isPointText)) return outlineAt(index, points, end);
  }
  return undefined;
}

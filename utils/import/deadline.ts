/**
 * The action's deadline and whether it has ended, as English, Spanish and
 * French pages state them. A date counts only in a sentence about the action
 * ("take action before", "expires on", "antes del", "jusqu'au"): prose such as
 * "he was held until 3 May" is no deadline.
 */
import { findDate, parseDate, type ParsedDate } from './dates';
import type { Language } from './language';
import { bulletText, unicodeWords } from './text-lines';

type DeadlineKind = 'ended' | 'extended' | 'until' | 'none';

export interface DeadlineLine {
  kind: DeadlineKind;
  /** YYYY-MM-DD; absent when the line states no date ("This action has ended.", "No deadline"). */
  endsAt?: string;
  yearAssumed: boolean;
}

const maxSentenceLength = 220;

const noDeadline = unicodeWords(
  /\bno\s+(?:deadline|end\s+date|expiry\s+date)\b|\bsin\s+(?:fecha\s+l[ií]mite|plazo|fecha\s+de\s+(?:cierre|vencimiento))\b|\b(?:pas\s+de|sans)\s+(?:date\s+limite|date\s+butoir|échéance)\b/i,
);

const ended = unicodeWords(
  new RegExp(
    [
      String.raw`\b(?:action|appeal|campaign)s?\s+(?:has\s+|have\s+|was\s+|is\s+|are\s+)?(?:now\s+)?(?:ended|closed|expired|over)\b(?:\s+on)?`,
      String.raw`^(?:ended|closed|expired)(?:\s+on)?\s*:`,
      String.raw`\bno\s+(?:further|more)\s+(?:action|appeals?)\s+(?:is\s+|are\s+)?(?:needed|required|requested|necessary)\b`,
      String.raw`\b(?:acci[oó]n|action|llamamiento|campaña)(?:\s+urgente)?\s+(?:ya\s+)?(?:ha\s+|fue\s+|est[aá]\s+|se\s+ha\s+)?(?:finalizad[oa]|terminad[oa]|concluid[oa]|cerrad[oa]|expirad[oa]|finalizó|terminó|concluyó|expiró)\b(?:\s+el)?`,
      String.raw`^(?:finalizad[oa]|terminad[oa]|cerrad[oa])(?:\s+el)?\s*:?`,
      String.raw`\bno\s+(?:es\s+necesario|se\s+requiere|se\s+necesita|hace\s+falta|se\s+solicita)n?\s+(?:realizar\s+|emprender\s+|enviar\s+)?más\s+(?:acci(?:ones|ón)|llamamientos)\b`,
      String.raw`\baction(?:\s+urgente)?\s+(?:est\s+|a\s+été\s+)?(?:terminée|close|clôturée|achevée|expirée)\b(?:\s+le)?`,
      String.raw`^(?:terminée|close|clôturée)(?:\s+le)?\s*:?`,
      String.raw`\baucune\s+(?:autre\s+)?action\s+(?:complémentaire\s+|supplémentaire\s+)?n['’]est\s+(?:plus\s+)?(?:requise|nécessaire|demandée)\b`,
      String.raw`\bn['’]est\s+plus\s+n[ée]cessaire\s+d['’](?:agir|envoyer|[ée]crire)|\bne\s+plus\s+envoyer\s+d['’]appels\b`,
      String.raw`\b(?:please\s+)?stop\s+sending\s+appeals\b|\bno\s+further\s+appeals\b|\bdeje\s+de\s+enviar\s+llamamientos\b|\bno\s+env[ií]e[ns]?\s+m[aá]s\s+llamamientos\b`,
    ].join('|'),
    'iu',
  ),
);

const extended = unicodeWords(
  /\b(?:extended|prolonged)\s+(?:until|till|to|through)\s+|\b(?:prorrogad[oa]|ampliad[oa]|extendid[oa]|prolongad[oa])\s+hasta\s+(?:el\s+)?|\b(?:prolongée?|prorogée?|étendue?|reportée?)\s+(?:jusqu['’]au|au)\s+/giu,
);

const label =
  /^(?:deadline|until|valid\s+until|end\s+date|ends?(?:\s+on)?|closing\s+date|expires?(?:\s+on)?|expiry\s+date|action\s+ends?(?:\s+on)?|(?:act|respond|write)\s+by|fecha\s+l[ií]mite|plazo|vence|v[aá]lid[ao]\s+hasta|hasta|date\s+limite|date\s+butoir|échéance|jusqu['’]au|valable\s+jusqu['’]au)(?:\s*:\s*|\s+(?=\w|[\u00C0-\u024F]))/iu;
// A short label with a deadline word before a colon: "Fecha límite para enviar llamamientos:", "Délai d'envoi :".
const longLabel = unicodeWords(
  /^[^:.!?]{0,40}\b(?:deadline|fecha\s+l[ií]mite|plazo|d[ée]lai|date\s+limite|date\s+butoir|échéance|expir\w*|vence|valid\s+until|v[aá]lid[ao]\s+hasta|valable\s+jusqu)\b[^:.!?]{0,40}:\s*/iu,
);

const datePreposition = /^(?:jusqu['’]au|avant\s+le|au\s+plus\s+tard\s+le|le|until|before|by|on|hasta\s+el|antes\s+del?|el)\s+/i;

// What the sentence must be about: the action, or a plea to act or write.
const aboutAction = unicodeWords(
  /\b(?:take\s+action|act|write|send|appeal|appeals|respond|sign|urgent\s+action|action|expires?|act[uú]a|act[uú]e|actuar|escrib[ae]|escribir|env[ií][ae]|enviar|llamamientos?|acci[oó]n|firm[ae]|agissez|agir|[ée]crivez|[ée]crire|envoyez|envoyer|appels?|intervenez|interpellez)\b/iu,
);
// A plea that opens the sentence: "Contact these two officials by May 3", not "he had no contact until May".
const imperative = unicodeWords(
  /^(?:please\s+|por\s+favor,?\s+|merci\s+de\s+)?(?:contact|call|email|tweet|contacta|contacte|contactez|contacter|llama|llame|appelez|appeler)\b/iu,
);

const before = unicodeWords(
  /\b(?:before|until|till|by|no\s+later\s+than|expires?\s+on|ends?\s+on|antes\s+del?|hasta\s+el|a\s+más\s+tardar\s+el|no\s+más\s+tarde\s+del?|vence\s+el|expira\s+el|avant\s+le|jusqu['’]au|d['’]ici\s+(?:au|le)|au\s+plus\s+tard\s+le|expire\s+le)\s*:?\s*/giu,
);

// A heading that is only "no later than:", the date under it.
const beforeAlone = /^(?:no\s+m[aá]s\s+tarde\s+del?|a\s+m[aá]s\s+tardar\s+el|no\s+later\s+than|au\s+plus\s+tard\s+le)\s*:$/i;

function dateAfter(text: string, pattern: RegExp, now?: Date, language?: Language): ParsedDate | undefined {
  for (const match of text.matchAll(pattern)) {
    const date = parseDate(text.slice(match.index + match[0].length), now, language);
    if (date) return date;
  }
  return undefined;
}

function sentences(line: string): string[] {
  return line.split(
    /(?<!\b(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta|St|No|Lic|Mme|M|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)(?<=[.!?])\s+(?=[\p{Lu}¡¿"“«(])/u,
  );
}

function readSentence(text: string, now?: Date, language?: Language): DeadlineLine | undefined {
  // "UA"/"AU" in capitals only: "au" is a French word.
  const sentence = text.replace(/\b(?:UA|AU)\b/g, 'action');
  const end = ended.exec(sentence);
  if (end) {
    const date = findDate(sentence.slice(end.index + end[0].length), now, language) ?? findDate(sentence, now, language);
    return { kind: 'ended', endsAt: date?.date, yearAssumed: date?.yearAssumed ?? false };
  }
  const longer = dateAfter(sentence, extended, now, language);
  if (longer) return { kind: 'extended', endsAt: longer.date, yearAssumed: longer.yearAssumed };
  if (noDeadline.test(sentence)) return { kind: 'none', yearAssumed: false };
  for (const labelled of [label.exec(sentence), longLabel.exec(sentence)]) {
    // "Délai d'envoi : jusqu'au 25 février 2027": a preposition may stand between label and date.
    const rest = labelled && sentence.slice(labelled[0].length).replace(datePreposition, '');
    const date = rest && parseDate(rest, now, language);
    if (date) return { kind: 'until', endsAt: date.date, yearAssumed: date.yearAssumed };
  }
  if (!aboutAction.test(sentence) && !imperative.test(sentence)) return undefined;
  const date = dateAfter(sentence, before, now, language);
  return date && { kind: 'until', endsAt: date.date, yearAssumed: date.yearAssumed };
}

/** Reads a line that states a deadline, an extension, no deadline, or the end of the action. */
export function parseDeadlineLine(line: string, now?: Date, language?: Language): DeadlineLine | undefined {
  for (const sentence of sentences(line)) {
    if (sentence.length > maxSentenceLength) continue;
    const found = readSentence(sentence, now, language);
    if (found) return found;
  }
  return undefined;
}

export interface Deadline {
  status: 'active' | 'ended';
  /** YYYY-MM-DD, absent when none is stated. */
  endsAt?: string;
  yearAssumed: boolean;
  /** The lines read: where the date and the ended status come from. */
  dateIndex?: number;
  statusIndex?: number;
}

/**
 * The deadline over the whole text: an extension wins over the first date
 * given, the date of an ended action over a plain one; "no deadline" gives none.
 */
export function findDeadline(
  lines: readonly string[],
  skip: (index: number) => boolean,
  now?: Date,
  language?: Language,
): Deadline | undefined {
  const found: (DeadlineLine & { index: number })[] = [];
  lines.forEach((line, index) => {
    if (!line || skip(index)) return;
    // "3. Contact these two officials by November 15, 2027:": read without its list marker.
    const text = bulletText(line) ?? line;
    const deadline = parseDeadlineLine(text, now, language);
    if (deadline) found.push({ ...deadline, index });
    // "NO MÁS TARDE DEL:" or "Deadline:" with the date alone on the next line.
    const next = lines[index + 1] ?? '';
    const date = !deadline && text.endsWith(':') && text.length <= 120 ? parseDate(next, now, language) : undefined;
    if (date && date.length >= next.replace(/[.\s]+$/, '').length && !skip(index + 1)) {
      const joined =
        parseDeadlineLine(`${text} ${next}`, now, language) ??
        (beforeAlone.test(text) ? { kind: 'until' as const, endsAt: date.date, yearAssumed: date.yearAssumed } : undefined);
      if (joined) found.push({ ...joined, index: index + 1 });
    }
  });
  if (found.length === 0) return undefined;
  const endedLine = found.find((line) => line.kind === 'ended');
  const rank: Record<DeadlineKind, number> = { extended: 0, ended: 1, until: 2, none: 3 };
  const dated = found.filter((line) => line.endsAt).sort((a, b) => rank[a.kind] - rank[b.kind] || a.index - b.index)[0];
  return {
    status: endedLine ? 'ended' : 'active',
    ...(dated && { endsAt: dated.endsAt, dateIndex: dated.index }),
    yearAssumed: dated?.yearAssumed ?? false,
    ...(endedLine && { statusIndex: endedLine.index }),
  };
}

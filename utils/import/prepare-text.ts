/**
 * The text as lines ready to read: a pasted email loses its headers,
 * forwarding separators and quote marks, and a contact block copied as one
 * line ("… Email: … Twitter: @…") is cut at its labels.
 */
import { emailValue, labelStarts, phoneNumber } from './contact-lines';
import { urgentActionWords } from './reference';
import { toLines } from './text-lines';

const forwardSeparator =
  /^(?:-{2,}\s*)?(?:forwarded\s+message|original\s+message|begin\s+forwarded\s+message|mensaje\s+reenviado|mensaje\s+original|inicio\s+del\s+mensaje\s+reenviado|message\s+transf[ée]r[ée]|message\s+d['’]origine|message\s+original|d[ée]but\s+du\s+message\s+(?:r[ée]exp[ée]di[ée]|transf[ée]r[ée]))\s*:?\s*(?:-{2,})?$/i;
const attribution = /^(?:on\s.{5,160}\swrote|el\s.{5,160}\sescribi[óo]|le\s.{5,160}\sa\s+[ée]crit)\s*:$/i;
const headerLine =
  /^(?:from|to|cc|bcc|subject|date|sent|reply-to|de|para|cco|asunto|fecha|enviado(?:\s+el)?|objet|à|a|envoy[ée](?:\s+le)?|r[ée]pondre\s+[àa]|return-path|message-id|mime-version|content-type)\s*:(?:\s|$)/i;
const keyHeader = /^(?:from|subject|de|asunto|objet)\s*:/i;
const subjectHeader = /^(?:subject|asunto|objet)\s*:\s*(.*)$/i;

export interface PreparedText {
  lines: string[];
  /** The subject of a pasted email, when the text had one. */
  emailSubject?: string;
  /** The text is a pasted email: it had headers, a forwarding line or quote marks. */
  isEmail: boolean;
}

const salutationLabel = /^(?:salutation|greeting|tratamiento|saludo|formule\s+d['’]appel)\s*:/i;

/** Whether the value after a label looks like the contact it announces. */
function contactLike(value: string): boolean {
  const text = value.trim();
  return (
    /^\S+@\S+\.\S+/.test(text) ||
    /^@\w/.test(text) ||
    /^(?:https?:\/\/)?(?:www\.)?(?:x|twitter)\.com\//i.test(text) ||
    (phoneNumber(text) !== undefined && /^\+?\(?\d/.test(text)) ||
    emailValue(text).kind === 'hidden'
  );
}

/** Cuts a line at contact labels that follow other text, when they carry contact values. */
function splitAtLabels(line: string): string[] {
  const starts = labelStarts(line);
  if (starts.length === 0) return [line];
  const cuts = [0, ...starts, line.length];
  const parts = cuts.slice(0, -1).map((start, index) => line.slice(start, cuts[index + 1]).trim());
  const contacts = parts.slice(1).filter((part) => contactLike(part.replace(/^[^:]*:\s*/, '')));
  if (contacts.length === 0) return [line];
  // Separators before the next label go; a salutation's own comma stays ("Formule d'appel : Monsieur le Ministre,").
  return parts
    .map((part) => (salutationLabel.test(part) ? part.replace(/[\s;|•·]+$/, '') : part.replace(/[\s,;|•·]+$/, '')))
    .filter(Boolean);
}

function isHeaderBlockAt(lines: readonly string[], index: number, afterSeparator: boolean): number {
  let end = index;
  let key = false;
  while (end < lines.length && headerLine.test(lines[end]!)) {
    key ||= keyHeader.test(lines[end]!);
    end++;
  }
  const count = end - index;
  return (count >= 2 && key) || (afterSeparator && count >= 1) ? count : 0;
}

// A page's heading glued to its marker when read from the tab: "Acción UrgenteDEFENSORAS ESPIADAS…".
const gluedHeading = new RegExp(String.raw`^(${urgentActionWords}s?)(?=\p{Lu}{2})`, 'iu');

function splitGluedHeading(line: string): string[] {
  const glued = gluedHeading.exec(line);
  return glued ? [glued[1]!, line.slice(glued[1]!.length)] : [line];
}

export function prepareText(text: string): PreparedText {
  const quoted = toLines(text);
  const raw = quoted.map((line) => line.replace(/^(?:>\s?)+/, '').trim());
  let isEmail = quoted.some((line) => line.startsWith('>'));
  const lines: string[] = [];
  let emailSubject: string | undefined;
  let afterSeparator = false;
  for (let index = 0; index < raw.length; index++) {
    const line = raw[index]!;
    if (forwardSeparator.test(line) || attribution.test(line)) {
      afterSeparator = true;
      isEmail = true;
      lines.push('');
      continue;
    }
    const headers = line ? isHeaderBlockAt(raw, index, afterSeparator) : 0;
    if (headers > 0) {
      isEmail = true;
      for (const header of raw.slice(index, index + headers)) emailSubject ??= subjectHeader.exec(header)?.[1]?.trim() || undefined;
      lines.push(...Array<string>(headers).fill(''));
      index += headers - 1;
      continue;
    }
    if (line) afterSeparator = false;
    lines.push(...splitAtLabels(line).flatMap(splitGluedHeading));
  }
  return { lines, ...(emailSubject && { emailSubject }), isEmail };
}

/**
 * An email's text as a supporter pastes or forwards it: header lines (From,
 * To, Date, Subject…), "Forwarded message" blocks, reply attributions and `>`
 * quote marks are not the action's text and are left out; the subject is kept
 * as the first line, since organizations state the action's title and often
 * its reference there.
 */
import { chooseActionLink, linksInText } from './action-link';

export interface EmailText {
  text: string;
  subject?: string;
  /** The organization's link in the message. */
  url?: string;
}

// Header labels as mail programs write them in English, Spanish and French.
const headerLine =
  /^(?:from|to|cc|bcc|date|sent|subject|reply-to|de|para|a|fecha|enviado(?:\s+el)?|asunto|responder\s+a|objet|objeto|à|envoyé(?:\s+le)?|répondre\s+à)\s*:\s*(.*)$/i;
const subjectLabel = /^(?:subject|asunto|objet|objeto)\s*:/i;
const senderLabel = /^(?:from|de)\s*:/i;
const forwardMarker =
  /^(?:-{2,}\s*(?:forwarded\s+message|original\s+message|mensaje\s+(?:reenviado|original)|message\s+(?:transféré|d'origine|original|réexpédié))\s*-{2,}|(?:begin\s+forwarded\s+message|inicio\s+del\s+mensaje\s+reenviado|début\s+du\s+message\s+(?:réexpédié|transféré))\s*:?|_{10,})$/i;
const attribution = /^(?:on|el|le)\s.{4,240}\s(?:wrote|escribió|a\s+écrit)\s*:$/i;
const quoteMarks = /^(?:>[ \t]?)+/;
const subjectPrefix = /^(?:\s*(?:re|fwd?|tr|rv|wg|réf|enc|reenv(?:iado)?)\s*(?:\[\d+\])?\s*:\s*)+/i;

/** A subject without its "Re:", "Fwd:", "TR:", "RV:" prefixes. */
export function plainSubject(subject: string): string {
  return subject.replace(subjectPrefix, '').replace(/\s+/g, ' ').trim();
}

/** The subject as the text's first line, a blank line before the body. */
export function withSubject(subject: string | undefined, body: string): string {
  const title = subject ? plainSubject(subject) : '';
  return title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
}

/** Header lines from `start`: their count and the subject they give. */
function headerBlock(lines: readonly string[], start: number): { end: number; subject?: string; labels: string[] } {
  let index = start;
  let subject: string | undefined;
  const labels: string[] = [];
  while (index < lines.length) {
    const line = lines[index]!.trim();
    const header = headerLine.exec(line);
    if (header) {
      labels.push(line);
      if (subjectLabel.test(line) && header[1]) subject = header[1];
    } else if (!(labels.length > 0 && /^\s/.test(lines[index]!) && line)) {
      break; // An indented line continues the header before it; anything else ends the block.
    }
    index++;
  }
  return { end: index, ...(subject && { subject }), labels };
}

/** A real header block names the sender or the subject, among at least two header lines. */
function isHeaderBlock(labels: readonly string[]): boolean {
  return labels.length >= 2 && labels.some((line) => senderLabel.test(line) || subjectLabel.test(line));
}

/**
 * The body of an email without what mail programs add around it. In a forward
 * or a reply, only the original message is kept: what stands before its
 * header block or "… wrote:" line is the forwarder's note, not the action.
 * The subject is the forwarded message's when there is one (the
 * organization's own), else the pasted headers'.
 */
export function cleanEmailBody(text: string): { text: string; subject?: string } {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(quoteMarks, ''));
  const kept: string[] = [];
  // Where the original message starts in `kept`: after the last forwarding block.
  let originalStart = 0;
  let subject: string | undefined;
  let forwardedSubject: string | undefined;
  let index = 0;
  while (index < lines.length && !lines[index]!.trim()) index++;
  const top = headerBlock(lines, index);
  if (isHeaderBlock(top.labels)) {
    subject = top.subject;
    index = top.end;
  }
  while (index < lines.length) {
    const line = lines[index]!.trim();
    if (forwardMarker.test(line)) {
      let next = index + 1;
      while (next < lines.length && !lines[next]!.trim()) next++;
      const block = headerBlock(lines, next);
      if (isHeaderBlock(block.labels)) {
        forwardedSubject = block.subject ?? forwardedSubject;
        originalStart = kept.length;
        index = block.end;
        continue;
      }
      index++;
      continue;
    }
    if (attribution.test(line)) {
      originalStart = kept.length;
      index++;
      continue;
    }
    // Outlook forwards without a marker line: a block of From, Sent, To, Subject.
    if (senderLabel.test(line)) {
      const block = headerBlock(lines, index);
      if (block.labels.length >= 3 && block.labels.some((label) => subjectLabel.test(label))) {
        forwardedSubject = block.subject ?? forwardedSubject;
        originalStart = kept.length;
        index = block.end;
        continue;
      }
    }
    kept.push(lines[index]!);
    index++;
  }
  const body = kept
    .slice(originalStart)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const chosen = forwardedSubject ?? subject;
  return { text: body, ...(chosen && { subject: plainSubject(chosen) }) };
}

/** Whether a pasted text is an email: header lines at the top, a forwarded message, or quoted lines. */
export function looksLikeEmail(text: string): boolean {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  while (start < lines.length && !lines[start]!.trim()) start++;
  if (isHeaderBlock(headerBlock(lines, start).labels)) return true;
  const filled = lines.filter((line) => line.trim());
  if (filled.some((line) => forwardMarker.test(line.trim()) || attribution.test(line.trim()))) return true;
  return filled.length > 0 && filled.filter((line) => quoteMarks.test(line)).length >= filled.length / 2;
}

/** A pasted email as the importer's text, with its subject and the organization's link; undefined for other texts. */
export function readPastedEmail(text: string): EmailText | undefined {
  if (!looksLikeEmail(text)) return undefined;
  const body = cleanEmailBody(text);
  const url = chooseActionLink(linksInText(body.text));
  return {
    text: withSubject(body.subject, body.text),
    ...(body.subject && { subject: body.subject }),
    ...(url && { url }),
  };
}

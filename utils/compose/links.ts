/**
 * Links for each channel, as pure functions of validated values.
 * RFC 6068 for mailto: UTF-8 percent-encoding, %20 for spaces, CRLF line breaks.
 */
import { isMailbox } from '@/utils/feed/mailbox';
import type { EmailApp } from '@/utils/db/records';

/** Longer mailto links are cut off or refused by mail clients and browsers. */
export const maxMailtoLength = 2000;

export interface EmailMessage {
  to: string;
  subject: string;
  body: string;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function withCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

function assertMailbox(address: string): void {
  if (!isMailbox(address)) throw new Error(`Not a single plain email address: ${address}`);
}

/** UTF-8 percent-encoding with %20 for spaces, as RFC 6068 asks; webmail may show a form encoding's `+` as it is. */
function query(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
}

export function mailtoUrl({ to, subject, body }: EmailMessage): string {
  assertMailbox(to);
  return `mailto:${to}?${query({ subject: oneLine(subject), body: withCrlf(body) })}`;
}

export function gmailUrl({ to, subject, body }: EmailMessage): string {
  assertMailbox(to);
  return `https://mail.google.com/mail/?${query({ view: 'cm', fs: '1', to, su: oneLine(subject), body })}`;
}

export function outlookUrl({ to, subject, body }: EmailMessage): string {
  assertMailbox(to);
  return `https://outlook.live.com/mail/0/deeplink/compose?${query({ to, subject: oneLine(subject), body })}`;
}

export interface EmailLink {
  url: string;
  /** The letter did not fit: it goes by clipboard and the draft asks to paste it. */
  needsPaste: boolean;
}

/**
 * The link that opens the supporter's email app with the letter. A mailto link
 * over the limit carries `pasteBody` instead, and the caller copies the letter.
 */
export function emailLink(app: EmailApp, message: EmailMessage, pasteBody: string): EmailLink {
  if (app === 'gmail') return { url: gmailUrl(message), needsPaste: false };
  if (app === 'outlook') return { url: outlookUrl(message), needsPaste: false };
  const full = mailtoUrl(message);
  if (full.length <= maxMailtoLength) return { url: full, needsPaste: false };
  const short = mailtoUrl({ ...message, body: pasteBody });
  if (short.length <= maxMailtoLength) return { url: short, needsPaste: true };
  return { url: mailtoUrl({ ...message, subject: '', body: pasteBody }), needsPaste: true };
}

export function tweetIntentUrl(text: string): string {
  return `https://x.com/intent/tweet?text=${encodeURIComponent(text)}`;
}

/** `tel:` with the number's digits, keeping a leading + (RFC 3966 global number). */
export function telUrl(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, '');
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${digits}`;
}

/**
 * An email opened in Gmail or Outlook on the web: the message body inside the
 * webmail's page, and its subject. Found by the webmail's own markup, which
 * these selectors follow (Gmail: the `div.a3s` body in a `[data-message-id]`
 * message, the subject in `h2.hP`; Outlook: the `[aria-label="Message body"]`
 * document in the reading pane).
 */
import type { Layout } from './markup';
import { measureText } from './structured-text';

export interface WebmailMessage {
  service: 'gmail' | 'outlook';
  body: Element;
  subject?: string;
}

const services: { service: WebmailMessage['service']; bodies: string; subjects: string }[] = [
  {
    service: 'gmail',
    bodies: '[data-message-id] div.a3s, div.adn div.a3s, div.a3s.aiL',
    subjects: 'h2.hP, h2[data-thread-perm-id]',
  },
  {
    service: 'outlook',
    // The label follows Outlook's language.
    bodies: [
      '[aria-label="Message body"]',
      '[aria-label="Cuerpo del mensaje"]',
      '[aria-label="Corps du message"]',
      '#ReadingPaneContainerId [role="document"]',
      '[data-app-section="ConversationContainer"] [role="document"]',
    ].join(', '),
    subjects: [
      '[data-app-section="ConversationTopic"]',
      '#ReadingPaneContainerId [role="heading"]',
      '[role="main"] [role="heading"][aria-level="2"]',
    ].join(', '),
  },
];

function isRendered(element: Element, layout: Layout): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (layout(node) === 'none') return false;
  }
  return true;
}

/**
 * The opened message. In a conversation several bodies may be open: the one
 * with the most text is the message (the others are short replies and
 * forwards' covering notes, or collapsed).
 */
export function findWebmailMessage(doc: Document, layout: Layout): WebmailMessage | undefined {
  for (const { service, bodies, subjects } of services) {
    const found = Array.from(doc.querySelectorAll(bodies))
      // An outer match holds an inner one: keep the innermost, the body itself.
      .filter((element, _index, all) => !all.some((other) => other !== element && element.contains(other)))
      .filter((element) => isRendered(element, layout));
    if (found.length === 0) continue;
    const lengths = new Map(found.map((element) => [element, measureText(element, { layout }).get(element) ?? 0]));
    const body = found.reduce((best, element) => (lengths.get(element)! > lengths.get(best)! ? element : best));
    const subject = Array.from(doc.querySelectorAll(subjects))
      .filter((element) => isRendered(element, layout))
      .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
      .find(Boolean);
    return { service, body, ...(subject && { subject }) };
  }
  return undefined;
}

/**
 * What the crafted-input suites check in every page: no uncaught error (pages
 * and the background), no dialog a script could open, and no unsafe link.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';

/** The browser's own note of a failed request (a refused feed) is not an error of the extension. */
const networkNote = /^Failed to load resource/;

/** Starts listening; the returned function gives (and forgets) what went wrong since the last call. */
export function watchErrors(context: BrowserContext, worker: Worker): () => string[] {
  let errors: string[] = [];
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: uncaught ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !networkNote.test(message.text())) errors.push(`${page.url()}: console ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      errors.push(`${page.url()}: dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.on('weberror', (error) => errors.push(`uncaught ${error.error().message}`));
  worker.on('console', (message) => {
    if (message.type() === 'error' && !networkNote.test(message.text())) errors.push(`background: console ${message.text()}`);
  });
  return () => {
    const found = [...new Set(errors)];
    errors = [];
    return found;
  };
}

const oneMailbox = /^[^\s@,;%?&]+@[^\s@,;%?&]+$/;
const mailtoFields = new Set(['subject', 'body']);

/** Why a link is unsafe, or undefined when it is not. `secrets`: details a public post must not carry. */
function unsafety(href: string, secrets: readonly string[]): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim())?.[1]?.toLowerCase();
  if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript') return 'script or data link';
  if (scheme === 'mailto') {
    const [to = '', query = ''] = href.slice('mailto:'.length).split('?', 2);
    if (!oneMailbox.test(decodeURIComponent(to))) return 'not one plain recipient';
    const params = new URLSearchParams(query);
    if ([...params.keys()].some((key) => !mailtoFields.has(key.toLowerCase()))) return 'extra mail header';
    if (/[\r\n]/.test(params.get('subject') ?? '')) return 'subject with a line break';
  }
  if (/^https:\/\/(x|twitter)\.com\//i.test(href)) {
    const text = new URL(href).searchParams.get('text') ?? '';
    if (secrets.some((secret) => text.toLowerCase().includes(secret.toLowerCase()))) return 'tweet carrying a private detail';
  }
  return undefined;
}

/** Every unsafe link in the page, with the reason. */
export async function unsafeLinks(page: Page, secrets: readonly string[] = []): Promise<string[]> {
  const hrefs = await page
    .locator('a[href], area[href], form[action], iframe[src], object[data], embed[src]')
    .evaluateAll((elements) =>
      elements.map(
        (element) =>
          element.getAttribute('href') ??
          element.getAttribute('action') ??
          element.getAttribute('src') ??
          element.getAttribute('data') ??
          '',
      ),
    );
  return hrefs.flatMap((href) => {
    const reason = unsafety(href, secrets);
    return reason ? [`${reason}: ${href}`] : [];
  });
}

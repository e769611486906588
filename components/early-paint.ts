import type { FirstPaint } from '@/utils/db/records';

/**
 * Shows the background's drawing of the popup's first screen
 * (first-paint.tsx) in `#app`, with the page's language and title. It stays
 * inert, out of reach of clicks, keys and screen readers, until the popup's
 * first render has taken it over (entrypoints/popup/main.tsx): nothing acts
 * on a mere drawing. That takes a few tens of milliseconds.
 */
export function showFirstPaint({ html, language, title }: FirstPaint): Promise<void> {
  return new Promise((resolve) => {
    const show = () => {
      const app = document.getElementById('app');
      // Not over the popup's own render: in `wxt dev` its module is still in the page's head, and may run first.
      if (app && !app.hasChildNodes()) {
        document.documentElement.lang = language;
        document.title = title;
        app.inert = true;
        app.innerHTML = html;
      }
      resolve();
    };
    // The read may answer before the parser has reached the page's body.
    if (document.getElementById('app') || document.readyState !== 'loading') show();
    else document.addEventListener('DOMContentLoaded', show, { once: true });
  });
}

/**
 * Loads the popup's modules once its first paint is shown: loading them
 * alongside its read slows that read down (npm run bench). `list`: the
 * page's module first, then the modules it imports, separated by spaces.
 */
export function loadModules(list: string): void {
  const [page, ...imports] = list.split(' ').filter(Boolean);
  for (const href of imports) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
  if (page) document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: page }));
}

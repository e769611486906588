import type { Page } from '@playwright/test';

/**
 * Every record of one IndexedDB store, as the extension stored it. Runs in an
 * extension page: pass it to Playwright's or puppeteer's `page.evaluate`.
 */
export function storeRecordsInPage(store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('urgent-actions');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => {
        resolve(request.result);
        open.result.close();
      };
      request.onerror = () => reject(request.error);
    };
  });
}

/** Every record of one IndexedDB store, read in an extension page as the extension stored it. */
export async function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return (await page.evaluate(storeRecordsInPage, store)) as T[];
}

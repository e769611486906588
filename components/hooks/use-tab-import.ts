/** Import this page: offered when the current tab is a web page; its view is loaded on the first click. */
import { useEffect, useState } from 'preact/hooks';
import type { TabImport } from '@/components/TabImport';
import { readableActiveTabId } from '@/utils/import/read-tab';

export function useTabImport() {
  /** The current tab, when it is a web page that could be imported. */
  const [tabId, setTabId] = useState<number>();
  /** The import view, loaded on the first click: the importer stays off the start-up path. */
  const [Importer, setImporter] = useState<typeof TabImport>();
  const [importing, setImporting] = useState(false);

  useEffect(() => void readableActiveTabId().then(setTabId), []);

  const start = () =>
    void import('@/components/TabImport').then((loaded) => {
      setImporter(() => loaded.TabImport);
      setImporting(true);
    });

  return { tabId, Importer: importing ? Importer : undefined, start, stop: () => setImporting(false) };
}

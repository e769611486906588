/** Importing the page in a tab; the popup loads this module only when asked to import. */
import type { ActionRecord } from '@/utils/db/records';
import { importFromTab } from '@/utils/import/import-flow';
import { ImportPanel } from './ImportPanel';

export function TabImport({ tabId, onSaved, onCancel }: { tabId: number; onSaved: (action: ActionRecord) => void; onCancel: () => void }) {
  return <ImportPanel load={() => importFromTab(tabId, new Date())} onSaved={onSaved} onCancel={onCancel} />;
}

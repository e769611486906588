/** Import from text: each click starts a fresh import of the pasted text. */
import { useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import type { ActionRecord } from '@/utils/db/records';

export function useTextImport(onSaved: () => void) {
  /** The pasted text (and the action's page, if given) being imported; `id` starts a fresh import for each click. */
  const [importing, setImporting] = useState<{ text: string; url?: string; id: number }>();
  const [status, setStatus] = useState<string>();
  return {
    importing,
    status,
    start: (text: string, url?: string) => {
      setStatus(undefined);
      setImporting({ text, url, id: Date.now() });
    },
    saved: (action: ActionRecord) => {
      setImporting(undefined);
      setStatus(t('importSaved', action.title));
      onSaved();
    },
    cancel: () => setImporting(undefined),
  };
}

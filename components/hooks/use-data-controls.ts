/** Export, import and delete all of the supporter's data. */
import { useState } from 'preact/hooks';
import type { Status } from '@/components/StatusMessage';
import { t } from '@/utils/browser/i18n';
import { downloadText } from '@/utils/browser/download';
import { exportData } from '@/utils/db/backup';
import { send } from '@/utils/messaging/send';

export function useDataControls(onReplaced: () => Promise<void>) {
  const [status, setStatus] = useState<Status>();
  /** Bumped when all data changed at once, so that forms show the new data. */
  const [generation, setGeneration] = useState(0);

  const replaced = async (text: string) => {
    setStatus({ text, problem: false });
    await onReplaced();
    setGeneration((current) => current + 1);
  };

  const exportFile = () =>
    void exportData().then((backup) => {
      downloadText(JSON.stringify(backup, null, 2), 'urgent-actions-data.json', 'application/json');
      setStatus({ text: t('dataExported'), problem: false });
    });

  const importFile = async (file: File) => {
    try {
      const result = await send('importBackup', { json: await file.text() });
      if (result.ok) await replaced(t('dataImported'));
      else setStatus({ text: t('dataNotImported'), problem: true });
    } catch (error) {
      // The file was valid but writing it failed: the transaction was aborted, nothing changed.
      console.error('Could not import the data:', error);
      setStatus({ text: t('dataImportFailed'), problem: true });
    }
  };

  const deleteEverything = async () => {
    try {
      await send('deleteAllData', {});
    } catch (error) {
      console.error('Could not delete the data:', error);
      setStatus({ text: t('loadFailed', String(error)), problem: true });
      return;
    }
    await replaced(t('dataDeleted'));
  };

  return {
    status,
    generation,
    exportFile,
    importFile: (file: File) => void importFile(file),
    deleteEverything: () => void deleteEverything(),
  };
}

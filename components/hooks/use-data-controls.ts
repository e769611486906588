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
      console.error('Could not import the data:', error);
      setStatus({ text: t('dataNotImported'), problem: true });
    }
  };

  const deleteEverything = async () => {
    await send('deleteAllData', {});
    await replaced(t('dataDeleted'));
  };

  return { status, generation, exportFile, importFile: (file: File) => void importFile(file), deleteEverything: () => void deleteEverything() };
}

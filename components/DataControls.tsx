import { useRef } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { type Status, StatusMessage } from './StatusMessage';

export interface DataControlsProps {
  status?: Status;
  onExport: () => void;
  onImport: (file: File) => void;
  onDelete: () => void;
}

/** Export, import and delete everything; deleting asks first, in a dialog. */
export function DataControls({ status, onExport, onImport, onDelete }: DataControlsProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const confirm = useRef<HTMLDialogElement>(null);
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p class="hint">{t('dataHint')}</p>
      <div class="row">
        <button type="button" onClick={onExport}>
          {t('exportData')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('importData')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) onImport(file);
          }}
        />
        <button type="button" onClick={() => confirm.current?.showModal()}>
          {t('deleteAllData')}
        </button>
      </div>
      <StatusMessage status={status} />
      <dialog ref={confirm} aria-labelledby="delete-heading" aria-describedby="delete-text">
        <h3 id="delete-heading">{t('deleteAllDataQuestion')}</h3>
        <p id="delete-text">{t('deleteAllDataWarning')}</p>
        <form method="dialog" class="row">
          <button type="submit" class="danger" onClick={onDelete}>
            {t('deleteEverything')}
          </button>
          <button type="submit" autofocus>
            {t('cancel')}
          </button>
        </form>
      </dialog>
    </section>
  );
}

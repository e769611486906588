import { useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import type { ActionRecord } from '@/utils/db/records';

export interface ShareImportedProps {
  actions: ActionRecord[];
  /** Saves the chosen actions as a JSON Feed file. */
  onExport: (actions: ActionRecord[]) => void;
}

/** A coordinator shares the actions they imported: a JSON Feed file for any static host. */
export function ShareImported({ actions, onExport }: ShareImportedProps) {
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  if (actions.length === 0) return null;
  const chosen = actions.filter((action) => !left.has(action.key));
  return (
    <section aria-labelledby="share-heading">
      <h2 id="share-heading">{t('shareHeading')}</h2>
      <p class="hint">{t('shareHint')}</p>
      <fieldset>
        <legend>{t('shareChoose')}</legend>
        {actions.map((action) => (
          <label key={action.key} class="row">
            <input
              type="checkbox"
              checked={!left.has(action.key)}
              onChange={(event) => {
                const next = new Set(left);
                if (event.currentTarget.checked) next.delete(action.key);
                else next.add(action.key);
                setLeft(next);
              }}
            />
            {`${action.reference} · ${action.title}`}
          </label>
        ))}
      </fieldset>
      <button type="button" disabled={chosen.length === 0} onClick={() => onExport(chosen)}>
        {t('shareExport')}
      </button>
    </section>
  );
}

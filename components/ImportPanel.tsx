import { useEffect, useState } from 'preact/hooks';
import type { ActionRecord } from '@/utils/db/records';
import { t } from '@/utils/browser/i18n';
import { saveReview } from '@/utils/import/import-flow';
import type { ParseResult } from '@/utils/import/parse-urgent-action-text';
import { problemText } from '@/utils/import/problem-text';
import type { ReviewErrors, ReviewValues } from '@/utils/import/review';
import { ImportReview } from './ImportReview';

export interface ImportPanelProps {
  /** Reads and parses the page or text; called once, when the panel appears. */
  load: () => Promise<ParseResult>;
  onSaved: (action: ActionRecord) => void;
  onCancel: () => void;
}

/** One import: reading, then the parser's verdict or the review form, then saving. */
export function ImportPanel({ load, onSaved, onCancel }: ImportPanelProps) {
  const [result, setResult] = useState<ParseResult>();
  const [readFailed, setReadFailed] = useState(false);
  const [errors, setErrors] = useState<ReviewErrors>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    load().then(setResult, (error: unknown) => {
      console.error('Could not read the action:', error);
      setReadFailed(true);
    });
    // Once per panel: a new import mounts a new panel (its key changes).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const cancel = (
    <div class="row">
      <button type="button" onClick={onCancel}>
        {t('importCancel')}
      </button>
    </div>
  );
  if (readFailed)
    return (
      <>
        <p role="alert">{t('importReadError')}</p>
        {cancel}
      </>
    );
  if (!result) return <p role="status">{t('importReading')}</p>;
  if (!result.ok) {
    return (
      <>
        <div role="alert">
          {result.problems.map((problem, index) => (
            <p key={index}>{problemText(problem)}</p>
          ))}
        </div>
        {cancel}
      </>
    );
  }

  const save = (review: ReviewValues) => {
    setSaving(true);
    saveReview(review, result.item).then(
      (saved) => {
        setSaving(false);
        if (saved.ok) {
          onSaved(saved.action);
          return;
        }
        // Issues outside the form's fields are technical: the console gets them, the supporter a plain message.
        if (saved.other.length > 0) console.error('The imported action is not valid:', saved.other);
        setErrors({ fields: saved.fields, other: saved.other.length > 0 ? [t('importInvalidOther')] : [] });
      },
      (error: unknown) => {
        console.error('Could not save the imported action:', error);
        setSaving(false);
        setErrors({ fields: {}, other: [t('importSaveFailed')] });
      },
    );
  };
  return <ImportReview item={result.item} notes={result.notes} errors={errors} busy={saving} onSave={save} onCancel={onCancel} />;
}

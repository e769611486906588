import { useEffect, useState } from 'preact/hooks';
import type { ActionRecord } from '@/utils/action';
import { t } from '@/utils/browser/i18n';
import { saveReview } from '@/utils/import/import-flow';
import type { ParseResult } from '@/utils/import/parse-urgent-action-text';
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
  const [readError, setReadError] = useState<string>();
  const [errors, setErrors] = useState<ReviewErrors>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    load().then(setResult, (error: unknown) => setReadError(error instanceof Error ? error.message : String(error)));
  }, []);

  const cancel = (
    <div class="row">
      <button type="button" onClick={onCancel}>{t('importCancel')}</button>
    </div>
  );
  if (readError) return <><p role="alert">{t('importReadFailed', readError)}</p>{cancel}</>;
  if (!result) return <p role="status">{t('importReading')}</p>;
  if (!result.ok) {
    return (
      <>
        <div role="alert">
          {result.problems.map((problem, index) => <p key={index}>{problem.message}</p>)}
        </div>
        {cancel}
      </>
    );
  }

  const save = (review: ReviewValues) => {
    setSaving(true);
    saveReview(review, result.item, new Date()).then(
      (saved) => {
        setSaving(false);
        if (saved.ok) onSaved(saved.action);
        else setErrors(saved);
      },
      (error: unknown) => {
        setSaving(false);
        setErrors({ fields: {}, other: [String(error)] });
      },
    );
  };
  return <ImportReview item={result.item} notes={result.notes} errors={errors} busy={saving} onSave={save} onCancel={onCancel} />;
}

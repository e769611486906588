import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import type { FeedItem } from '@/utils/feed/schema';
import type { Problem } from '@/utils/import/problem';
import { problemText } from '@/utils/import/problem-text';
import {
  blankOfficial,
  itemToReview,
  type OfficialField,
  type OfficialReview,
  type ReviewErrors,
  type ReviewField,
  type ReviewValues,
} from '@/utils/import/review';

export interface ImportReviewProps {
  /** The parsed item; the form starts from it. */
  item: FeedItem;
  /** What the importer left out or guessed, in plain words. */
  notes: Problem[];
  /** From the last failed save; `other` holds messages ready to show. */
  errors?: ReviewErrors;
  busy: boolean;
  onSave: (review: ReviewValues) => void;
  onCancel: () => void;
}

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ComponentChildren }) {
  return (
    <>
      <label for={id}>{label}</label>
      <span>
        {children}
        {error && (
          <span id={`${id}-error`} class="hint error">
            {error}
          </span>
        )}
      </span>
    </>
  );
}

/** aria attributes that tie a field to its error message. */
function invalid(id: string, error: string | undefined) {
  return error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
}

const officialInputs = [
  ['name', 'importFieldName', 'text'],
  ['title', 'importFieldOffice', 'text'],
  ['organization', 'importFieldOrganization', 'text'],
  ['email', 'importFieldEmail', 'email'],
  ['phone', 'importFieldPhone', 'tel'],
  ['fax', 'importFieldFax', 'tel'],
  ['twitter', 'importFieldTwitter', 'text'],
  ['salutation', 'importFieldSalutation', 'text'],
] as const satisfies readonly (readonly [Exclude<OfficialField, 'address'>, string, string])[];

/** The imported action as a form: the supporter fixes what the importer got wrong, then saves. */
export function ImportReview({ item, notes, errors, busy, onSave, onCancel }: ImportReviewProps) {
  const [review, setReview] = useState(() => itemToReview(item));
  const parsedNames = new Map(item._urgent_action.targets.map((target) => [target.id, target.name]));
  const fieldError = (field: ReviewField) => {
    const key = errors?.fields[field];
    return key && t(key);
  };
  const hasFieldErrors = errors !== undefined && Object.keys(errors.fields).length > 0;

  const text = (field: 'title' | 'url' | 'reference' | 'subject' | 'closing', label: string) => {
    const id = `import-${field}`;
    return (
      <Field id={id} label={label} error={fieldError(field)}>
        <input
          id={id}
          type="text"
          inputMode={field === 'url' ? 'url' : undefined}
          value={review[field]}
          {...invalid(id, fieldError(field))}
          onInput={(event) => setReview({ ...review, [field]: event.currentTarget.value })}
        />
      </Field>
    );
  };
  const longText = (field: 'summary' | 'body', label: string, rows: number) => {
    const id = `import-${field}`;
    return (
      <Field id={id} label={label} error={fieldError(field)}>
        <textarea
          id={id}
          rows={rows}
          value={review[field]}
          {...invalid(id, fieldError(field))}
          onInput={(event) => setReview({ ...review, [field]: event.currentTarget.value })}
        />
      </Field>
    );
  };
  const setOfficial = (index: number, change: Partial<OfficialReview>) =>
    setReview({
      ...review,
      officials: review.officials.map((official, at) => (at === index ? { ...official, ...change } : official)),
    });

  return (
    <form
      class="import-review"
      aria-labelledby="import-review-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(review);
      }}
    >
      <h2 id="import-review-heading">{t('importReviewHeading')}</h2>
      <p class="hint">{t('importReviewHint')}</p>
      {notes.length > 0 && (
        <section aria-labelledby="import-notes-heading" class="notice">
          <h3 id="import-notes-heading">{t('importNotesHeading')}</h3>
          <ul>
            {notes.map((note, index) => (
              <li key={index}>{problemText(note)}</li>
            ))}
          </ul>
        </section>
      )}
      {errors && (hasFieldErrors || errors.other.length > 0) && (
        <div role="alert">
          {hasFieldErrors && <p>{t('importNotSaved')}</p>}
          {errors.other.map((message, index) => (
            <p key={index}>{message}</p>
          ))}
        </div>
      )}
      <div class="form-grid">
        {text('title', t('importFieldTitle'))}
        {text('url', t('importFieldUrl'))}
        {text('reference', t('importFieldReference'))}
        <Field id="import-deadline" label={t('importFieldDeadline')} error={fieldError('deadline')}>
          <input
            id="import-deadline"
            type="date"
            value={review.deadline}
            {...invalid('import-deadline', fieldError('deadline'))}
            onInput={(event) => setReview({ ...review, deadline: event.currentTarget.value })}
          />
        </Field>
      </div>
      <p>
        <label>
          <input
            type="checkbox"
            checked={review.ended}
            onChange={(event) => setReview({ ...review, ended: event.currentTarget.checked })}
          />{' '}
          {t('importFieldEnded')}
        </label>
      </p>
      <div class="form-grid">{longText('summary', t('importFieldSummary'), 4)}</div>

      <h3>{t('importOfficialsHeading')}</h3>
      {review.officials.map((official, index) => {
        const addressId = `import-official-${index}-address`;
        const addressError = fieldError(`officials.${index}.address`);
        return (
          <fieldset key={official.id}>
            {/* The name as read, so the group keeps its name while the field is edited. */}
            <legend>{parsedNames.get(official.id) ?? t('importNewOfficial')}</legend>
            <div class="form-grid">
              {officialInputs.map(([field, label, inputMode]) => {
                const id = `import-official-${index}-${field}`;
                const error = fieldError(`officials.${index}.${field}`);
                return (
                  <Field key={field} id={id} label={t(label)} error={error}>
                    <input
                      id={id}
                      type="text"
                      inputMode={inputMode}
                      value={official[field]}
                      {...invalid(id, error)}
                      onInput={(event) => setOfficial(index, { [field]: event.currentTarget.value })}
                    />
                  </Field>
                );
              })}
              <Field id={addressId} label={t('importFieldAddress')} error={addressError}>
                <textarea
                  id={addressId}
                  rows={3}
                  value={official.address}
                  {...invalid(addressId, addressError)}
                  onInput={(event) => setOfficial(index, { address: event.currentTarget.value })}
                />
              </Field>
            </div>
            <button
              type="button"
              disabled={review.officials.length === 1}
              onClick={() => setReview({ ...review, officials: review.officials.filter((_, at) => at !== index) })}
            >
              {t('importRemoveOfficial', parsedNames.get(official.id) ?? t('importNewOfficial'))}
            </button>
          </fieldset>
        );
      })}
      <p>
        <button type="button" onClick={() => setReview({ ...review, officials: [...review.officials, blankOfficial(review.officials)] })}>
          {t('importAddOfficial')}
        </button>
      </p>

      <h3>{t('importLetterHeading')}</h3>
      <div class="form-grid">
        {text('subject', t('importFieldSubject'))}
        {longText('body', t('importFieldBody'), 10)}
        {text('closing', t('importFieldClosing'))}
      </div>
      <div class="row">
        <button type="submit" disabled={busy}>
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </form>
  );
}

import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { type Profile, profileTextFields } from '@/utils/db/records';

type TextField = (typeof profileTextFields)[number];

const labels = {
  firstName: 'fieldFirstName',
  lastName: 'fieldLastName',
  email: 'fieldEmail',
  streetAddress: 'fieldStreetAddress',
  city: 'fieldCity',
  region: 'fieldRegion',
  postalCode: 'fieldPostalCode',
  country: 'fieldCountry',
} as const satisfies Record<TextField, string>;

const autocomplete = {
  firstName: 'given-name',
  lastName: 'family-name',
  email: 'email',
  streetAddress: 'street-address',
  city: 'address-level2',
  region: 'address-level1',
  postalCode: 'postal-code',
  country: 'country-name',
} as const satisfies Record<TextField, string>;

/** What goes in the signature: some write to governments they would rather not tell where they live. */
const signatureChoices = [
  ['includeEmail', 'includeEmail'],
  ['includeCity', 'includeCity'],
] as const;

export interface ProfileFormProps {
  profile: Profile;
  /** Field → message, from the last failed save. */
  errors: Partial<Record<keyof Profile, string>>;
  status?: string;
  onSave: (profile: Profile) => void;
}

export function ProfileForm({ profile, errors, status, onSave }: ProfileFormProps) {
  const [draft, setDraft] = useState(profile);
  return (
    <form
      aria-labelledby="details-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
      }}
    >
      <h2 id="details-heading">{t('yourDetails')}</h2>
      <p class="hint">{t('privacyNote')}</p>
      <div class="form-grid">
        {profileTextFields.map((field) => (
          <Fragment key={field}>
            <label for={`field-${field}`}>{t(labels[field])}</label>
            <span>
              <input
                id={`field-${field}`}
                type="text"
                inputMode={field === 'email' ? 'email' : undefined}
                autocomplete={autocomplete[field]}
                value={draft[field]}
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={errors[field] ? `error-${field}` : undefined}
                onInput={(event) => setDraft({ ...draft, [field]: event.currentTarget.value })}
              />
              {errors[field] && (
                <span id={`error-${field}`} class="hint error">
                  {errors[field]}
                </span>
              )}
            </span>
          </Fragment>
        ))}
      </div>
      {signatureChoices.map(([field, label]) => (
        <p key={field}>
          <label>
            <input
              type="checkbox"
              checked={draft[field]}
              onChange={(event) => setDraft({ ...draft, [field]: event.currentTarget.checked })}
            />{' '}
            {t(label)}
          </label>
        </p>
      ))}
      <div class="row">
        <button type="submit">{t('save')}</button>
        <span aria-live="polite">{status && <span role="status">{status}</span>}</span>
      </div>
    </form>
  );
}

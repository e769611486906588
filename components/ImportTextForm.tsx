import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';

export interface ImportTextFormProps {
  status?: string;
  onImport: (text: string) => void;
  /** The import under way, shown under the form. */
  children?: ComponentChildren;
}

/** Pasting an urgent action's text, for pages the extension cannot read itself. */
export function ImportTextForm({ status, onImport, children }: ImportTextFormProps) {
  const [text, setText] = useState('');
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) onImport(text);
        }}
      >
        <p>
          <label for="urgent-action-text">{t('urgentActionText')}</label>
        </p>
        <p class="hint" id="urgent-action-text-hint">{t('importTextHint')}</p>
        <textarea
          id="urgent-action-text"
          rows={8}
          value={text}
          aria-describedby="urgent-action-text-hint"
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <div class="row">
          <button type="submit">{t('importFromText')}</button>
          <span aria-live="polite">{status && <span role="status">{status}</span>}</span>
        </div>
      </form>
      {children}
    </section>
  );
}

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';

export interface ImportTextFormProps {
  status?: string;
  onImport: (text: string, url?: string) => void;
  /** Reads a dropped or chosen file (an email); undefined when it is not one. */
  readFile: (file: File) => Promise<{ text: string; url?: string } | undefined>;
  /** The import under way, shown under the form. */
  children?: ComponentChildren;
}

type FileNotice = { ok: boolean; text: string };

/** Pasting an urgent action's text or an email, or giving an email file, for what the extension cannot read itself. */
export function ImportTextForm({ status, onImport, readFile, children }: ImportTextFormProps) {
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [notice, setNotice] = useState<FileNotice>();

  const takeFile = (file: File | undefined) => {
    if (!file) return;
    setNotice(undefined);
    readFile(file).then(
      (email) => {
        if (!email) {
          setNotice({ ok: false, text: t('importFileRefused') });
          return;
        }
        setText(email.text);
        setUrl(email.url ?? '');
        setNotice({ ok: true, text: t('importFileRead') });
      },
      (error: unknown) => {
        console.error('Could not read the file:', error);
        setNotice({ ok: false, text: t('importFileRefused') });
      },
    );
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) onImport(text, url.trim() || undefined);
        }}
      >
        <p>
          <label for="urgent-action-text">{t('urgentActionText')}</label>
        </p>
        <p class="hint" id="urgent-action-text-hint">
          {t('importTextHint')}
        </p>
        <textarea
          id="urgent-action-text"
          rows={8}
          value={text}
          aria-describedby="urgent-action-text-hint"
          onInput={(event) => setText(event.currentTarget.value)}
          onDragOver={(event) => {
            // Files may be dropped here; dropped text goes in as usual.
            if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
          }}
          onDrop={(event) => {
            const file = event.dataTransfer?.files[0];
            if (!file) return;
            event.preventDefault();
            takeFile(file);
          }}
        />
        <div class="row">
          <label for="urgent-action-file">{t('importEmailFile')}</label>
          <input
            id="urgent-action-file"
            type="file"
            accept=".eml,message/rfc822,.txt,text/plain"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              takeFile(file);
            }}
          />
          {notice && <span role={notice.ok ? 'status' : 'alert'}>{notice.text}</span>}
        </div>
        <p>
          <label for="urgent-action-url">{t('importActionUrl')}</label>
        </p>
        <p class="hint" id="urgent-action-url-hint">
          {t('importActionUrlHint')}
        </p>
        <input
          id="urgent-action-url"
          type="url"
          value={url}
          aria-describedby="urgent-action-url-hint"
          onInput={(event) => setUrl(event.currentTarget.value)}
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

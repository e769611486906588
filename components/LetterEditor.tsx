import { t } from '@/utils/browser/i18n';

export interface LetterEditorProps {
  letter: string;
  missingHint?: string;
  edited: boolean;
  onInput: (letter: string) => void;
  onReset: () => void;
  onCopy: () => void;
  onOpenSettings: () => void;
}

export function LetterEditor({ letter, missingHint, edited, onInput, onReset, onCopy, onOpenSettings }: LetterEditorProps) {
  return (
    <div class="letter">
      <label for="letter">{t('letter')}</label>
      <textarea
        id="letter"
        rows={12}
        value={letter}
        aria-describedby={missingHint ? 'letter-hint' : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {missingHint && (
        <p id="letter-hint" class="hint">
          {missingHint}{' '}
          <a
            href="#settings"
            onClick={(event) => {
              event.preventDefault();
              onOpenSettings();
            }}
          >
            {t('fillInSettings')}
          </a>
        </p>
      )}
      <div class="row">
        <button type="button" onClick={onCopy}>
          {t('copyLetter')}
        </button>
        <button type="button" onClick={onReset} disabled={!edited}>
          {t('resetToSample')}
        </button>
      </div>
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { loadProblem } from '@/components/hooks/load-problem';
import { PostalLetterView } from '@/components/PostalLetterView';
import { t, uiLanguage } from '@/utils/browser/i18n';
import { composerTexts, findTarget } from '@/utils/compose/composer';
import { type PostalLetter, postalLetter } from '@/utils/compose/postal-letter';
import { promptFor } from '@/utils/compose/prompts';
import { loadDraft } from '@/utils/db/drafts';
import { actionsOf, listFeeds } from '@/utils/db/feeds';
import { formatDate } from '@/utils/format/intl';
import { loadProfile } from '@/utils/db/profile';

const params = new URLSearchParams(location.search);

async function loadLetter(): Promise<PostalLetter | undefined> {
  const [feeds, profile] = await Promise.all([listFeeds(), loadProfile()]);
  const action = actionsOf(feeds).find((candidate) => candidate.key === params.get('action'));
  if (!action) return undefined;
  const target = findTarget(action, params.get('target') ?? undefined);
  const texts = composerTexts(action, target, profile, await loadDraft(action.key), promptFor);
  return postalLetter(target, profile, texts.letter, formatDate(new Date(), uiLanguage()));
}

export function App() {
  const [letter, setLetter] = useState<PostalLetter | null>();
  const [loadError, setLoadError] = useState<string>();
  useEffect(
    () =>
      void loadLetter().then(
        (loaded) => setLetter(loaded ?? null),
        (error: unknown) => setLoadError(loadProblem(error)),
      ),
    [],
  );
  if (loadError)
    return (
      <main class="page">
        <p role="alert">{loadError}</p>
      </main>
    );
  if (letter === undefined) return null;
  if (letter === null)
    return (
      <main class="page">
        <p role="alert">{t('letterNotFound')}</p>
      </main>
    );
  return (
    <main class="page">
      <ErrorBoundary onReset={() => location.reload()}>
        <PostalLetterView letter={letter} />
      </ErrorBoundary>
    </main>
  );
}

import { useEffect, useState } from 'preact/hooks';
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
  useEffect(() => void loadLetter().then((loaded) => setLetter(loaded ?? null)), []);
  if (letter === undefined) return null;
  if (letter === null) return <main class="page"><p role="alert">{t('letterNotFound')}</p></main>;
  return <main class="page"><PostalLetterView letter={letter} /></main>;
}

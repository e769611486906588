/**
 * The popup's list: the snapshot the background keeps ready to draw (one read,
 * no schema, no log), refreshed through the background, which does every
 * write: Undo and a call's outcome included.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import type { CallOutcome, LogEntry, PopupSnapshot } from '@/utils/db/records';
import { readWholeSnapshot } from '@/utils/db/snapshot';
import { send } from '@/utils/messaging/send';
import { loadProblem } from './load-problem';

/**
 * The stored snapshot, the whole list. With none (first run, or one of an older shape) the
 * background writes it first, storing the bundled feed on first run by the
 * same rule as the pages' `withBundledFeed` (utils/feed/first-run-feeds.ts).
 */
async function loadSnapshot(): Promise<PopupSnapshot> {
  return (await readWholeSnapshot()) ?? (await send('popupSnapshot', {}));
}

/**
 * `stored`: the snapshot main.tsx read before the first render, so that the
 * list is drawn in that render, not in an effect a frame later.
 */
export function usePopupData(stored?: PopupSnapshot) {
  const [snapshot, setSnapshot] = useState(stored);
  const [loadError, setLoadError] = useState<string>();
  const [refreshing, setRefreshing] = useState(false);
  const [notice, setNotice] = useState<string>();

  const reload = useCallback(
    () =>
      loadSnapshot().then(
        (loaded) => {
          setLoadError(undefined);
          setSnapshot(loaded);
        },
        (error: unknown) => setLoadError(loadProblem(error)),
      ),
    [],
  );
  const refresh = useCallback(
    (force: boolean) => {
      setRefreshing(true);
      void send('refreshFeeds', { force })
        .then(reload, (error: unknown) => console.error('Refresh failed:', error))
        .finally(() => setRefreshing(false));
    },
    [reload],
  );
  useEffect(() => {
    // The first screenful of a long list is drawn: the rest follows.
    if (snapshot && !snapshot.complete) void reload();
  }, [snapshot, reload]);
  useEffect(() => {
    // Cached actions show at once; feeds that are due update behind them.
    if (stored) refresh(false);
    else void reload().then(() => refresh(false));
    // Once, when the popup opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const undo = async (entry: LogEntry) => {
    if (entry.id !== undefined) await send('undoLogEntry', { id: entry.id });
    await reload();
    setNotice(t('undone'));
  };

  const recordOutcome = async (entry: LogEntry, outcome: CallOutcome) => {
    if (entry.id !== undefined) await send('setCallOutcome', { id: entry.id, outcome });
    await reload();
    setNotice(t('outcomeSaved'));
  };

  return { snapshot, loadError, refreshing, notice, setNotice, reload, refresh, undo, recordOutcome };
}

/**
 * The popup's data: read straight from the database (fast), refreshed through
 * the background, which does every write: Undo and a call's outcome included.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { listFeeds } from '@/utils/db/feeds';
import { listLog } from '@/utils/db/log';
import { loadProfile } from '@/utils/db/profile';
import type { CallOutcome, FeedRecord, LogEntry, Profile, Settings } from '@/utils/db/records';
import { loadSettings } from '@/utils/db/settings';
import { withBundledFeed } from '@/utils/feed/first-run-feeds';
import { send } from '@/utils/messaging/send';
import { loadProblem } from './load-problem';

export interface PopupData {
  feeds: FeedRecord[];
  profile: Profile;
  settings: Settings;
  log: LogEntry[];
}

async function loadPopupData(): Promise<PopupData> {
  const [feeds, profile, settings, log] = await Promise.all([listFeeds(), loadProfile(), loadSettings(), listLog()]);
  return { feeds: await withBundledFeed(feeds, settings), profile, settings, log };
}

export function usePopupData() {
  const [data, setData] = useState<PopupData>();
  const [loadError, setLoadError] = useState<string>();
  const [refreshing, setRefreshing] = useState(false);
  const [notice, setNotice] = useState<string>();

  const reload = useCallback(
    () =>
      loadPopupData().then(
        (loaded) => {
          setLoadError(undefined);
          setData(loaded);
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
    // Cached actions show at once; feeds that are due update behind them.
    void reload().then(() => refresh(false));
  }, [reload, refresh]);

  const reloadLog = async () => {
    const log = await listLog();
    setData((current) => current && { ...current, log });
  };

  const undo = async (entry: LogEntry) => {
    if (entry.id !== undefined) await send('undoLogEntry', { id: entry.id });
    await reloadLog();
    setNotice(t('undone'));
  };

  const recordOutcome = async (entry: LogEntry, outcome: CallOutcome) => {
    if (entry.id !== undefined) await send('setCallOutcome', { id: entry.id, outcome });
    await reloadLog();
    setNotice(t('outcomeSaved'));
  };

  return { data, loadError, refreshing, notice, setNotice, reload, refresh, reloadLog, undo, recordOutcome };
}

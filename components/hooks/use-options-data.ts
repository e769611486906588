/** The options page's data, read straight from the database, and read again after each change. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { listFeeds } from '@/utils/db/feeds';
import { listLog } from '@/utils/db/log';
import { loadProfile } from '@/utils/db/profile';
import type { FeedRecord, LogEntry, Profile, Settings } from '@/utils/db/records';
import { loadSettings } from '@/utils/db/settings';
import { withBundledFeed } from '@/utils/feed/first-run-feeds';
import { loadProblem } from './load-problem';

export interface OptionsData {
  profile: Profile;
  settings: Settings;
  feeds: FeedRecord[];
  log: LogEntry[];
}

async function loadOptionsData(): Promise<OptionsData> {
  const [profile, settings, feeds, log] = await Promise.all([loadProfile(), loadSettings(), listFeeds(), listLog()]);
  return { profile, settings, feeds: await withBundledFeed(feeds, settings), log };
}

export function useOptionsData() {
  const [data, setData] = useState<OptionsData>();
  const [loadError, setLoadError] = useState<string>();
  const reload = useCallback(
    () =>
      loadOptionsData().then(
        (loaded) => {
          setLoadError(undefined);
          setData(loaded);
        },
        (error: unknown) => setLoadError(loadProblem(error)),
      ),
    [],
  );
  useEffect(() => void reload(), [reload]);
  return { data, loadError, reload };
}

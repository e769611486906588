import { useEffect, useState } from 'preact/hooks';
import { DataControls } from '@/components/DataControls';
import { EmailAppChoice } from '@/components/EmailAppChoice';
import { FeedsTable } from '@/components/FeedsTable';
import { ImportPanel } from '@/components/ImportPanel';
import { ImportTextForm } from '@/components/ImportTextForm';
import { LogTable } from '@/components/LogTable';
import { ProfileForm } from '@/components/ProfileForm';
import { UpdateSettings } from '@/components/UpdateSettings';
import { bundledFeedKey } from '@/utils/action';
import { deleteAllData, exportData, importData } from '@/utils/backup';
import { refreshBadge } from '@/utils/badge';
import { downloadText } from '@/utils/browser/download';
import { t, tCount, uiLanguage } from '@/utils/browser/i18n';
import { sendMessage } from '@/utils/browser/runtime';
import { installBundledFeed } from '@/utils/feed/bundled-feed';
import { ensureFeedPermission } from '@/utils/feed/feed-permission';
import { followFeed } from '@/utils/feed/follow-feed';
import { type FeedRecord, listFeeds, removeFeed } from '@/utils/feeds';
import { importFromPastedText, readImportFile } from '@/utils/import/import-flow';
import { listLog, type LogEntry } from '@/utils/log';
import { logToCsv } from '@/utils/log-csv';
import { fieldErrors } from '@/utils/field-errors';
import { loadProfile, type Profile, saveProfile } from '@/utils/profile';
import { loadSettings, type Settings, updateSettings } from '@/utils/settings';

const welcome = new URLSearchParams(location.search).has('welcome');

interface OptionsData {
  profile: Profile;
  settings: Settings;
  feeds: FeedRecord[];
  log: LogEntry[];
}

async function loadOptionsData(): Promise<OptionsData> {
  const [profile, settings, feeds, log] = await Promise.all([loadProfile(), loadSettings(), listFeeds(), listLog()]);
  return { profile, settings, feeds, log };
}

export function App() {
  const language = uiLanguage();
  const [data, setData] = useState<OptionsData>();
  const [profileErrors, setProfileErrors] = useState<Partial<Record<keyof Profile, string>>>({});
  const [profileStatus, setProfileStatus] = useState<string>();
  const [feedStatus, setFeedStatus] = useState<string>();
  const [adding, setAdding] = useState(false);
  const [dataStatus, setDataStatus] = useState<string>();
  /** Bumped when all data changed at once, so that the details form shows the new details. */
  const [dataGeneration, setDataGeneration] = useState(0);
  /** A feed whose site's permission the browser could not ask for in the Add click (Firefox). */
  const [needsPermission, setNeedsPermission] = useState<string>();
  /** The pasted text (and the action's page, if given) being imported; `id` starts a fresh import for each click. */
  const [importing, setImporting] = useState<{ text: string; url?: string; id: number }>();
  const [importStatus, setImportStatus] = useState<string>();

  const reload = () => loadOptionsData().then(setData);
  useEffect(() => void reload(), []);
  if (!data) return <main class="page"><h1>{t('optionsTitle')}</h1></main>;

  const saveDetails = (profile: Profile) => {
    saveProfile(profile).then(
      (saved) => {
        setData({ ...data, profile: saved });
        setProfileErrors({});
        setProfileStatus(t('detailsSaved'));
      },
      (error: unknown) => {
        setProfileErrors(fieldErrors<Profile>(error));
        setProfileStatus(t('detailsNotSaved'));
      },
    );
  };

  const addFeed = (url: string) => {
    setAdding(true);
    setNeedsPermission(undefined);
    setFeedStatus(t('addingFeed'));
    // followFeed asks for the site's permission when a fetch fails, still inside this click.
    void followFeed(url).then(async (result) => {
      setAdding(false);
      if (!result.ok && result.code === 'needs-permission') setNeedsPermission(url);
      setFeedStatus(result.ok ? tCount(result.feed.actions.length, { one: 'feedAddedOne', other: 'feedAddedOther' }, [result.feed.title, String(result.feed.actions.length)]) : result.message);
      await reload();
      await refreshBadge();
    });
  };

  const remove = async (feed: FeedRecord) => {
    await removeFeed(feed.key);
    if (feed.key === bundledFeedKey) await updateSettings({ bundledFeedRemoved: true });
    setFeedStatus(t('feedRemoved', feed.title));
    await reload();
    await refreshBadge();
  };

  /** After the data changed wholesale: show it, recount, reschedule. */
  const afterDataChange = async (status: string) => {
    setDataStatus(status);
    await reload();
    setDataGeneration((generation) => generation + 1);
    await refreshBadge();
    await sendMessage({ type: 'settings-changed' });
  };

  const importFile = async (file: File) => {
    const result = await importData(await file.text());
    if (result.ok) await afterDataChange(t('dataImported'));
    else setDataStatus(t('dataNotImported'));
  };

  const deleteEverything = async () => {
    await deleteAllData();
    // As on a fresh install: the bundled examples come back.
    await installBundledFeed();
    await afterDataChange(t('dataDeleted'));
  };

  const restoreDefault = async () => {
    await updateSettings({ bundledFeedRemoved: false });
    await installBundledFeed();
    setFeedStatus(t('defaultFeedRestored'));
    await reload();
  };

  return (
    <main class="page">
      <h1>{t('optionsTitle')}</h1>
      {welcome && (
        <section aria-labelledby="welcome-heading" class="notice">
          <h2 id="welcome-heading">{t('welcomeHeading')}</h2>
          <p>{t('welcomeText')}</p>
        </section>
      )}
      <ProfileForm key={dataGeneration} profile={data.profile} errors={profileErrors} status={profileStatus} onSave={saveDetails} />
      <EmailAppChoice
        value={data.settings.emailApp}
        onChange={(emailApp) => void updateSettings({ emailApp }).then((settings) => setData({ ...data, settings }))}
      />
      <UpdateSettings
        settings={data.settings}
        onChange={(change) =>
          void updateSettings(change).then(async (settings) => {
            setData({ ...data, settings });
            await sendMessage({ type: 'settings-changed' });
          })
        }
      />
      <FeedsTable
        feeds={data.feeds}
        now={new Date()}
        language={language}
        busy={adding}
        status={feedStatus}
        onAdd={addFeed}
        needsPermission={needsPermission}
        onAllow={(url) => {
          // The prompt must open before any other await of this click.
          const granted = ensureFeedPermission(url);
          void granted.then((allowed) => allowed && addFeed(url));
        }}
        onRemove={(feed) => void remove(feed)}
        onRestoreDefault={data.feeds.some((feed) => feed.key === bundledFeedKey) ? undefined : () => void restoreDefault()}
      />
      <ImportTextForm
        status={importStatus}
        readFile={readImportFile}
        onImport={(text, url) => {
          setImportStatus(undefined);
          setImporting({ text, url, id: Date.now() });
        }}
      >
        {importing && (
          <ImportPanel
            key={importing.id}
            load={() => importFromPastedText(importing.text, new Date(), importing.url)}
            onSaved={(action) => {
              setImporting(undefined);
              setImportStatus(t('importSaved', action.title));
              void reload();
            }}
            onCancel={() => setImporting(undefined)}
          />
        )}
      </ImportTextForm>
      <LogTable
        log={data.log}
        language={language}
        onExport={() => downloadText(logToCsv(data.log), 'urgent-actions-log.csv', 'text/csv')}
      />
      <DataControls
        status={dataStatus}
        onExport={() =>
          void exportData().then((backup) => {
            downloadText(JSON.stringify(backup, null, 2), 'urgent-actions-data.json', 'application/json');
            setDataStatus(t('dataExported'));
          })
        }
        onImport={(file) => void importFile(file)}
        onDelete={() => void deleteEverything()}
      />
    </main>
  );
}

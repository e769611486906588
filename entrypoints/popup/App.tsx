import { useEffect, useMemo, useState } from 'preact/hooks';
import { ActionList } from '@/components/ActionList';
import { ActionScreen } from '@/components/ActionScreen';
import { FeedProblems } from '@/components/FeedProblems';
import { LogNotice } from '@/components/LogNotice';
import type { TabImport } from '@/components/TabImport';
import { refreshBadge } from '@/entrypoints/background/badge';
import { t, tCount, uiLanguage } from '@/utils/browser/i18n';
import { sendMessage } from '@/utils/browser/runtime';
import { extensionUrl } from '@/utils/browser/tabs';
import { actionsOf } from '@/utils/db/feeds';
import { readableActiveTabId } from '@/utils/import/read-tab';
import { type CallOutcome, type LogEntry, listLog, removeLogEntry, setCallOutcome } from '@/utils/db/log';
import { entryToFollowUp, loadPopupData, type PopupData, splitByStatus } from '@/utils/db/popup-data';

const startParams = new URLSearchParams(location.search);
const inTab = startParams.has('tab');

export function App() {
  const language = uiLanguage();
  const [data, setData] = useState<PopupData>();
  const [loadError, setLoadError] = useState<string>();
  const [openKey, setOpenKey] = useState(startParams.get('action') ?? undefined);
  const [notice, setNotice] = useState<string>();
  const [returnedFrom, setReturnedFrom] = useState<string>();
  const [refreshing, setRefreshing] = useState(false);
  /** The current tab, when it is a web page that could be imported. */
  const [importTabId, setImportTabId] = useState<number>();
  /** The import view, loaded on the first click: the importer stays off the start-up path. */
  const [Importer, setImporter] = useState<typeof TabImport>();
  const [importing, setImporting] = useState(false);
  const now = new Date();

  const reload = () =>
    loadPopupData().then(setData, (error: unknown) => setLoadError(String(error)));
  const refresh = (force: boolean) => {
    setRefreshing(true);
    void sendMessage({ type: 'refresh-feeds', force })
      .then(reload)
      .finally(() => setRefreshing(false));
  };
  useEffect(() => {
    // Cached actions show at once; feeds that are due update behind them.
    void reload().then(() => refresh(false));
  }, []);

  useEffect(() => void readableActiveTabId().then(setImportTabId), []);

  const action = useMemo(
    () => data && actionsOf(data.feeds).find((candidate) => candidate.key === openKey),
    [data, openKey],
  );

  if (loadError) return <p role="alert">{t('loadFailed', loadError)}</p>;
  if (!data) return <h1>{t('popupHeading')}</h1>;

  const { active, ended } = splitByStatus(data.feeds, now);
  const followUp = entryToFollowUp(data.log, now);

  const refreshLog = async () => {
    const log = await listLog();
    setData((current) => current && { ...current, log });
  };

  const undo = async (entry: LogEntry) => {
    if (entry.id !== undefined) await removeLogEntry(entry.id);
    await refreshLog();
    await refreshBadge();
    setNotice(t('undone'));
  };

  const recordOutcome = async (entry: LogEntry, outcome: CallOutcome) => {
    if (entry.id !== undefined) await setCallOutcome(entry.id, outcome);
    await refreshLog();
    setNotice(t('outcomeSaved'));
  };

  const header = (
    <header class="row">
      <h1>{t('popupHeading')}</h1>
      <span class="spacer" />
      <button type="button" onClick={() => refresh(true)} aria-busy={refreshing}>
        {t('refresh')}
      </button>
      {importTabId !== undefined && (
        <button
          type="button"
          onClick={() =>
            void import('@/components/TabImport').then((loaded) => {
              setImporter(() => loaded.TabImport);
              setImporting(true);
            })
          }
        >
          {t('importThisPage')}
        </button>
      )}
      <a href={extensionUrl('/options.html')} target="_blank" rel="noopener">{t('settings')}</a>
    </header>
  );

  const footer = (
    <footer>
      {followUp && <LogNotice entry={followUp} onUndo={undo} onOutcome={recordOutcome} />}
      {notice && <p role="status">{notice}</p>}
      {data.log.length > 0 && <p class="meta">{tCount(data.log.length, { one: 'totalActionsTakenOne', other: 'totalActionsTakenOther' }, [String(data.log.length)])}</p>}
    </footer>
  );

  if (importing && Importer && importTabId !== undefined) {
    return (
      <main>
        {header}
        <Importer
          tabId={importTabId}
          onSaved={(saved) => {
            setImporting(false);
            void reload().then(() => setOpenKey(saved.key));
          }}
          onCancel={() => setImporting(false)}
        />
      </main>
    );
  }

  if (!action) {
    return (
      <main>
        {header}
        <FeedProblems feeds={data.feeds} now={now} language={language} />
        <ActionList
          active={active}
          ended={ended}
          log={data.log}
          now={now}
          language={language}
          returnedFrom={returnedFrom}
          onOpen={(key) => {
            setNotice(undefined);
            setOpenKey(key);
          }}
        />
        {footer}
      </main>
    );
  }

  return (
    <main class={inTab ? 'in-tab' : undefined}>
      {header}
      <ActionScreen
        key={action.key}
        action={action}
        profile={data.profile}
        settings={data.settings}
        log={data.log}
        now={now}
        language={language}
        inTab={inTab}
        onBack={() => {
          setNotice(undefined);
          setReturnedFrom(action.key);
          setOpenKey(undefined);
        }}
        onLogged={() => void refreshLog()}
        onNotice={setNotice}
      />
      {footer}
    </main>
  );
}

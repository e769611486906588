import { Fragment } from 'preact';
import { DataControls } from '@/components/DataControls';
import { EmailAppChoice } from '@/components/EmailAppChoice';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { FeedsTable } from '@/components/FeedsTable';
import { AppContext } from '@/components/hooks/app-context';
import { useDataControls } from '@/components/hooks/use-data-controls';
import { useFeedManager } from '@/components/hooks/use-feed-manager';
import { useOptionsData } from '@/components/hooks/use-options-data';
import { useProfileEditor } from '@/components/hooks/use-profile-editor';
import { useTextImport } from '@/components/hooks/use-text-import';
import { ImportPanel } from '@/components/ImportPanel';
import { ImportTextForm } from '@/components/ImportTextForm';
import { LogTable } from '@/components/LogTable';
import { ProfileForm } from '@/components/ProfileForm';
import { ShareImported } from '@/components/ShareImported';
import { UpdateSettings } from '@/components/UpdateSettings';
import { Welcome } from '@/components/Welcome';
import { t, uiLanguage } from '@/utils/browser/i18n';
import { downloadText } from '@/utils/browser/download';
import { bundledFeedKey } from '@/utils/feed/action';
import { importFromPastedText, readImportFile } from '@/utils/import/import-flow';
import { actionsFeed } from '@/utils/feed/actions-feed';
import { logToCsv } from '@/utils/log/csv';
import { send } from '@/utils/messaging/send';

const welcome = new URLSearchParams(location.search).has('welcome');

const focusField = (id: string) => {
  const field = document.getElementById(id);
  field?.scrollIntoView({ block: 'center' });
  field?.focus();
};

export function App() {
  const { data, loadError, reload } = useOptionsData();
  const profile = useProfileEditor(() => void reload());
  const feeds = useFeedManager(reload);
  const textImport = useTextImport(() => void reload());
  const dataControls = useDataControls(reload);

  if (loadError) {
    return (
      <main class="page">
        <h1>{t('optionsTitle')}</h1>
        <p role="alert">{loadError}</p>
        <button type="button" onClick={() => void reload()}>
          {t('tryAgain')}
        </button>
      </main>
    );
  }
  if (!data)
    return (
      <main class="page">
        <h1>{t('optionsTitle')}</h1>
      </main>
    );

  const changeSettings = (change: Parameters<typeof send<'updateSettings'>>[1]['change']) =>
    void send('updateSettings', { change }).then(() => reload());

  const retry = () => void reload();

  return (
    <AppContext.Provider value={{ language: uiLanguage(), now: new Date() }}>
      <main class="page">
        <h1>{t('optionsTitle')}</h1>
        {welcome && (
          <Welcome onFollow={() => focusField('feed-url')} onImport={() => focusField('urgent-action-text')} examplesUrl="/popup.html" />
        )}
        {/* Each section apart, so that one that fails leaves the others (and Delete all data) usable; all drawn afresh when all data is replaced. */}
        <Fragment key={dataControls.generation}>
          <ErrorBoundary onReset={retry}>
            <ProfileForm profile={data.profile} errors={profile.errors} status={profile.status} onSave={profile.save} />
          </ErrorBoundary>
          <ErrorBoundary onReset={retry}>
            <EmailAppChoice value={data.settings.emailApp} onChange={(emailApp) => changeSettings({ emailApp })} />
            <UpdateSettings settings={data.settings} onChange={changeSettings} />
          </ErrorBoundary>
          <ErrorBoundary onReset={retry}>
            <FeedsTable
              feeds={data.feeds}
              busy={feeds.adding}
              status={feeds.status}
              onAdd={feeds.add}
              needsPermission={feeds.needsPermission?.permissionUrl}
              onAllow={feeds.allow}
              onRemove={(feed) => void feeds.remove(feed)}
              onRestoreDefault={data.feeds.some((feed) => feed.key === bundledFeedKey) ? undefined : () => void feeds.restoreDefault()}
            />
          </ErrorBoundary>
          <ErrorBoundary onReset={retry}>
            <ImportTextForm status={textImport.status} readFile={readImportFile} onImport={textImport.start}>
              {textImport.importing && (
                <ImportPanel
                  key={textImport.importing.id}
                  load={() => importFromPastedText(textImport.importing!.text, new Date(), textImport.importing!.url)}
                  onSaved={textImport.saved}
                  onCancel={textImport.cancel}
                />
              )}
            </ImportTextForm>
          </ErrorBoundary>
          <ErrorBoundary onReset={retry}>
            <LogTable log={data.log} onExport={() => downloadText(logToCsv(data.log), 'urgent-actions-log.csv', 'text/csv')} />
          </ErrorBoundary>
          <ErrorBoundary onReset={retry}>
            <ShareImported
              // The Imported feed: the only one without an address besides the bundled one.
              actions={data.feeds.find((feed) => !feed.url && feed.key !== bundledFeedKey)?.actions ?? []}
              onExport={(actions) =>
                downloadText(
                  `${JSON.stringify(actionsFeed({ title: t('shareFeedTitle'), organization: t('importedFeedOrganization') }, actions), null, 2)}\n`,
                  'urgent-actions.feed.json',
                  'application/feed+json',
                )
              }
            />
          </ErrorBoundary>
        </Fragment>
        <DataControls
          status={dataControls.status}
          onExport={dataControls.exportFile}
          onImport={dataControls.importFile}
          onDelete={dataControls.deleteEverything}
        />
      </main>
    </AppContext.Provider>
  );
}

/** Export, import and Delete all data alone, for when the page itself cannot be drawn. */
export function DataRescue() {
  const controls = useDataControls(async () => location.reload());
  return (
    <DataControls
      status={controls.status}
      onExport={controls.exportFile}
      onImport={controls.importFile}
      onDelete={controls.deleteEverything}
    />
  );
}

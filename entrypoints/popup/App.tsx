import { useMemo, useState } from 'preact/hooks';
import { ActionList } from '@/components/ActionList';
import { ActionScreen } from '@/components/ActionScreen';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { FeedProblems } from '@/components/FeedProblems';
import { AppContext } from '@/components/hooks/app-context';
import { usePopupData } from '@/components/hooks/use-popup-data';
import { useTabImport } from '@/components/hooks/use-tab-import';
import { PopupFooter } from '@/components/PopupFooter';
import { PopupHeader } from '@/components/PopupHeader';
import { t, uiLanguage } from '@/utils/browser/i18n';
import { actionsOf } from '@/utils/db/feeds';
import { splitByStatus } from '@/utils/feed/action-lists';
import { entryToFollowUp } from '@/utils/log/follow-up';

const startParams = new URLSearchParams(location.search);
const inTab = startParams.has('tab');

export function App() {
  const popup = usePopupData();
  const tabImport = useTabImport();
  const [openKey, setOpenKey] = useState(startParams.get('action') ?? undefined);
  const [returnedFrom, setReturnedFrom] = useState<string>();
  const { data } = popup;
  const action = useMemo(() => data && actionsOf(data.feeds).find((candidate) => candidate.key === openKey), [data, openKey]);

  if (popup.loadError) {
    return (
      <main>
        <p role="alert">{popup.loadError}</p>
        <button type="button" onClick={() => void popup.reload()}>
          {t('tryAgain')}
        </button>
      </main>
    );
  }
  if (!data) return <h1>{t('popupHeading')}</h1>;

  const now = new Date();
  const header = (
    <PopupHeader
      refreshing={popup.refreshing}
      onRefresh={() => popup.refresh(true)}
      onImport={tabImport.tabId === undefined ? undefined : tabImport.start}
    />
  );
  const footer = (
    <PopupFooter
      followUp={entryToFollowUp(data.log, now)}
      notice={popup.notice}
      total={data.log.length}
      onUndo={(entry) => void popup.undo(entry)}
      onOutcome={(entry, outcome) => void popup.recordOutcome(entry, outcome)}
    />
  );

  let screen;
  if (tabImport.Importer && tabImport.tabId !== undefined) {
    screen = (
      <tabImport.Importer
        tabId={tabImport.tabId}
        onSaved={(saved) => {
          tabImport.stop();
          void popup.reload().then(() => setOpenKey(saved.key));
        }}
        onCancel={tabImport.stop}
      />
    );
  } else if (!action) {
    const { active, ended } = splitByStatus(data.feeds, now);
    screen = (
      <>
        <FeedProblems feeds={data.feeds} />
        <ActionList
          active={active}
          ended={ended}
          log={data.log}
          returnedFrom={returnedFrom}
          onOpen={(key) => {
            popup.setNotice(undefined);
            setOpenKey(key);
          }}
        />
        {footer}
      </>
    );
  } else {
    screen = (
      <>
        <ActionScreen
          key={action.key}
          action={action}
          profile={data.profile}
          settings={data.settings}
          log={data.log}
          inTab={inTab}
          onBack={() => {
            popup.setNotice(undefined);
            setReturnedFrom(action.key);
            setOpenKey(undefined);
          }}
          onLogged={() => void popup.reloadLog()}
          onNotice={popup.setNotice}
        />
        {footer}
      </>
    );
  }

  return (
    <AppContext.Provider value={{ language: uiLanguage(), now }}>
      <main class={action && !tabImport.Importer && inTab ? 'in-tab' : undefined}>
        {header}
        {/* A screen that fails to draw leaves the header (Settings) and a way back. */}
        <ErrorBoundary
          key={openKey ?? ''}
          onReset={action ? () => setOpenKey(undefined) : () => void popup.reload()}
          resetLabel={action ? t('backToList') : undefined}
        >
          {screen}
        </ErrorBoundary>
      </main>
    </AppContext.Provider>
  );
}

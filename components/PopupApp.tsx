import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ActionList } from '@/components/ActionList';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { FeedProblems } from '@/components/FeedProblems';
import { AppContext } from '@/components/hooks/app-context';
import { usePopupData } from '@/components/hooks/use-popup-data';
import { useTabImport } from '@/components/hooks/use-tab-import';
import type { OpenedAction } from '@/components/hooks/opened-action';
import type { PopupSnapshot } from '@/utils/db/records';
import { PopupFooter } from '@/components/PopupFooter';
import { PopupHeader } from '@/components/PopupHeader';
import { t, uiLanguage } from '@/utils/browser/i18n';
import { splitByStatus } from '@/utils/feed/action-lists';
import { entryToFollowUp } from '@/utils/log/follow-up';

/** The action screen and its data stay off the start-up path: loaded when an action is opened. */
const loadActionView = () => Promise.all([import('@/components/PopupAction'), import('@/components/hooks/opened-action')]);
type ActionView = Awaited<ReturnType<typeof loadActionView>>[0]['PopupAction'];

/**
 * The popup. `stored`: the snapshot read before the first render, drawn in it.
 * `search`: the page's query: `?action=…` opens that action, `?tab` is the popup in a tab.
 */
export function PopupApp({ stored, search = '' }: { stored?: PopupSnapshot; search?: string }) {
  const startParams = useMemo(() => new URLSearchParams(search), [search]);
  const inTab = startParams.has('tab');
  const popup = usePopupData(stored);
  const tabImport = useTabImport();
  const [opened, setOpened] = useState<{ View: ActionView; data: OpenedAction }>();
  const [returnedFrom, setReturnedFrom] = useState<string>();
  /** The action last asked for: a slower load of an earlier click must not win. */
  const wanted = useRef(startParams.get('action') ?? undefined);
  const { snapshot } = popup;

  const open = (key: string | undefined) => {
    wanted.current = key;
    if (key === undefined) return setOpened(undefined);
    void loadActionView().then(async ([{ PopupAction }, { loadOpenedAction, keepSameAction }]) => {
      const data = await loadOpenedAction(key);
      if (wanted.current !== key) return;
      setOpened((previous) => data && { View: PopupAction, data: keepSameAction(previous?.data, data) });
    });
  };

  const loaded = snapshot !== undefined;
  useEffect(() => {
    if (!loaded) return;
    if (wanted.current === undefined)
      void loadActionView(); // ready before the first click
    else open(wanted.current);
  }, [loaded]);
  // A refresh or a logged action changed the snapshot: the open action reads the database again.
  useEffect(() => {
    if (wanted.current !== undefined && opened) open(wanted.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapshot]);

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
  if (!snapshot) return <h1>{t('popupHeading')}</h1>;

  const now = new Date();
  const action = tabImport.Importer ? undefined : opened;
  const header = (
    <PopupHeader
      refreshing={popup.refreshing}
      onRefresh={() => popup.refresh(true)}
      onImport={tabImport.tabId === undefined ? undefined : tabImport.start}
    />
  );
  const footer = (
    <PopupFooter
      followUp={snapshot.newestLogEntry && entryToFollowUp([snapshot.newestLogEntry], now)}
      notice={popup.notice}
      total={snapshot.loggedCount}
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
          void popup.reload().then(() => open(saved.key));
        }}
        onCancel={tabImport.stop}
      />
    );
  } else if (!action) {
    const { active, ended } = splitByStatus(snapshot.actions, now);
    screen = (
      <>
        <FeedProblems feeds={snapshot.feedProblems} />
        <ActionList
          active={active}
          ended={ended}
          complete={snapshot.complete}
          returnedFrom={returnedFrom}
          onOpen={(key) => {
            popup.setNotice(undefined);
            open(key);
          }}
        />
        {footer}
      </>
    );
  } else {
    screen = (
      <>
        <action.View
          opened={action.data}
          inTab={inTab}
          onBack={() => {
            popup.setNotice(undefined);
            setReturnedFrom(action.data.action.key);
            open(undefined);
          }}
          onLogged={() => void popup.reload()}
          onNotice={popup.setNotice}
        />
        {footer}
      </>
    );
  }

  return (
    <AppContext.Provider value={{ language: uiLanguage(), now }}>
      <main class={action && inTab ? 'in-tab' : undefined}>
        {header}
        {/* A screen that fails to draw leaves the header (Settings) and a way back. */}
        <ErrorBoundary
          key={action?.data.action.key ?? ''}
          onReset={action ? () => open(undefined) : () => void popup.reload()}
          resetLabel={action ? t('backToList') : undefined}
        >
          {screen}
        </ErrorBoundary>
      </main>
    </AppContext.Provider>
  );
}

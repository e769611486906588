import { useEffect, useMemo, useState } from 'preact/hooks';
import { ActionList } from '@/components/ActionList';
import { ActionView } from '@/components/ActionView';
import { FeedProblems } from '@/components/FeedProblems';
import { ImportPanel } from '@/components/ImportPanel';
import { LetterEditor } from '@/components/LetterEditor';
import { LogNotice } from '@/components/LogNotice';
import { TargetCard } from '@/components/TargetCard';
import { TweetEditor } from '@/components/TweetEditor';
import { isEnded, type TargetRecord } from '@/utils/action';
import { refreshBadge } from '@/utils/badge';
import { copyText } from '@/utils/browser/clipboard';
import { t, tCount, uiLanguage } from '@/utils/browser/i18n';
import { sendMessage } from '@/utils/browser/runtime';
import { extensionUrl, openOptionsPage } from '@/utils/browser/tabs';
import { composerTexts, findTarget } from '@/utils/compose/composer';
import { composeCallScript, composeLetter } from '@/utils/compose/letter';
import { promptFor, missingDetailsHint } from '@/utils/compose/prompts';
import { targetLinks, type TargetLinks } from '@/utils/compose/target-links';
import { loadTweetCounter, type TweetLength } from '@/utils/compose/tweet-length';
import { type Draft, deleteDraft, loadDraft, saveDraft } from '@/utils/drafts';
import { importFromTab } from '@/utils/import/import-flow';
import { readableActiveTabId } from '@/utils/import/read-tab';
import { logAction } from '@/utils/log-action';
import { type CallOutcome, type Channel, type LogEntry, removeLogEntry, setCallOutcome, listLog } from '@/utils/log';
import { contactedTargetIds, entriesFor, lastEntryFor } from '@/utils/progress';
import { entryToFollowUp, loadPopupData, type PopupData, splitByStatus } from '@/utils/popup-data';
import { describeLogEntry } from '@/utils/describe-log-entry';
import { reportSummary } from '@/utils/report-summary';

const startParams = new URLSearchParams(location.search);
const inTab = startParams.has('tab');

export function App() {
  const language = uiLanguage();
  const [data, setData] = useState<PopupData>();
  const [loadError, setLoadError] = useState<string>();
  const [openKey, setOpenKey] = useState(startParams.get('action') ?? undefined);
  const [draft, setDraft] = useState<Draft>();
  const [targetId, setTargetId] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [refreshing, setRefreshing] = useState(false);
  const [countTweet, setCountTweet] = useState<(text: string) => TweetLength>();
  /** The current tab, when it is a web page that could be imported. */
  const [importTabId, setImportTabId] = useState<number>();
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
    () => data?.feeds.flatMap((feed) => feed.actions).find((candidate) => candidate.key === openKey),
    [data, openKey],
  );

  useEffect(() => {
    if (!action) return;
    void loadDraft(action.key).then((stored) => {
      setDraft(stored);
      setTargetId(findTarget(action, stored?.targetId).id);
    });
    if (action.targets.some((target) => target.twitter)) {
      void loadTweetCounter().then((counter) => setCountTweet(() => counter));
    }
  }, [action?.key]);

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
        <button type="button" onClick={() => setImporting(true)}>{t('importThisPage')}</button>
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

  if (importing && importTabId !== undefined) {
    return (
      <main>
        {header}
        <ImportPanel
          load={() => importFromTab(importTabId, now)}
          onSaved={(saved) => {
            setImporting(false);
            void reload().then(() => setOpenKey(saved.key));
          }}
          onCancel={() => setImporting(false)}
        />
      </main>
    );
  }

  if (!action || !targetId) {
    return (
      <main>
        {header}
        <FeedProblems feeds={data.feeds} now={now} language={language} />
        <ActionList active={active} ended={ended} log={data.log} now={now} language={language} onOpen={(key) => { setNotice(undefined); setOpenKey(key); }} />
        {footer}
      </main>
    );
  }

  const target = findTarget(action, targetId);
  const texts = composerTexts(action, target, data.profile, draft, promptFor);
  const actionEnded = isEnded(action, now);
  const tweetLength = countTweet?.(texts.tweet);
  const salutationOf = (other: TargetRecord) => composeLetter(action, other, data.profile, promptFor).salutation;

  const updateDraft = (change: Partial<Draft>) => {
    const next: Draft = {
      actionKey: action.key,
      targetId: target.id,
      letter: draft?.letter,
      tweet: draft?.tweet,
      actionModified: draft?.actionModified ?? action.dateModified,
      ...change,
      updatedAt: new Date().toISOString(),
    };
    setDraft(next);
    // Saved on every keystroke: the popup can close at any moment.
    saveDraft(next).catch(() => setNotice(t('draftNotSaved')));
  };

  const takeChannel = (channelTarget: TargetRecord, channel: Channel, links?: TargetLinks) => {
    if (channel === 'email' && links?.email?.needsPaste) {
      void copyText(links.letter);
      setNotice(t('letterTooLongCopied'));
    }
    void logAction(action, channelTarget, channel).then(async () => {
      await refreshLog();
      await refreshBadge();
    });
  };

  const report = () => {
    const entries = entriesFor(data.log, action.key);
    if (entries.length > 0) {
      void copyText(reportSummary(action.reference, entries, describeLogEntry));
      setNotice(t('reportSummaryCopied'));
    }
  };

  const contacted = contactedTargetIds(data.log, action.key);
  const missingHint = missingDetailsHint(texts.missing, language);

  return (
    <main class={inTab ? 'in-tab' : undefined}>
      {header}
      <ActionView
        action={action}
        ended={actionEnded}
        updatedSinceDraft={Boolean(draft?.actionModified && action.dateModified && draft.actionModified !== action.dateModified)}
        contactedCount={contacted.size}
        targetId={target.id}
        now={now}
        language={language}
        inTab={inTab}
        openInTabUrl={`${extensionUrl('/popup.html')}?tab=1&action=${encodeURIComponent(action.key)}`}
        onBack={() => { setNotice(undefined); setOpenKey(undefined); setTargetId(undefined); }}
        onTargetChange={(next) => {
          setTargetId(next.id);
          if (draft) {
            const moved = composerTexts(action, next, data.profile, draft, promptFor);
            updateDraft({
              targetId: next.id,
              letter: moved.letterEdited ? moved.letter : undefined,
              tweet: moved.tweetEdited ? moved.tweet : undefined,
            });
          }
        }}
        onMarkDone={() => takeChannel(target, 'done')}
        onReport={report}
      >
        <LetterEditor
          letter={texts.letter}
          missingHint={missingHint}
          edited={texts.letterEdited}
          onInput={(letter) => updateDraft({ letter })}
          onReset={() => {
            if (draft?.tweet === undefined) {
              setDraft(undefined);
              void deleteDraft(action.key);
            } else updateDraft({ letter: undefined });
          }}
          onCopy={() => void copyText(texts.letter).then((copied) => setNotice(t(copied ? 'letterCopied' : 'copyFailed')))}
          onOpenSettings={() => void openOptionsPage()}
        />
        {action.targets.some((candidate) => candidate.twitter) && (
          <TweetEditor tweet={texts.tweet} length={tweetLength} onInput={(tweet) => updateDraft({ tweet })} />
        )}
        {action.targets.map((candidate) => {
          const links = targetLinks(
            action,
            candidate,
            { target, salutationOf, letter: texts.letter, tweet: texts.tweet },
            data.profile,
            data.settings.emailApp,
            promptFor,
            t('pasteLetterHere'),
          );
          return (
            <TargetCard
              key={candidate.id}
              target={candidate}
              links={links}
              printUrl={`${extensionUrl('/letter.html')}?action=${encodeURIComponent(action.key)}&target=${encodeURIComponent(candidate.id)}`}
              callScript={action.callScript && links.call ? composeCallScript(action, candidate, data.profile, promptFor) : undefined}
              ended={actionEnded}
              tweetTooLong={tweetLength !== undefined && !tweetLength.valid}
              lastEntry={lastEntryFor(data.log, action.key, candidate.id)}
              now={now}
              language={language}
              onChannel={takeChannel}
              onCopyFax={(fax) => void copyText(fax).then((copied) => setNotice(t(copied ? 'faxCopied' : 'copyFailed')))}
            />
          );
        })}
      </ActionView>
      {footer}
    </main>
  );
}

/**
 * One action, wired: the supporter's draft (saved on every keystroke through
 * the background, since the popup can close at any moment and a write it had
 * started would be lost with it), the official chosen in "Write to", and each
 * channel, which logs through the background too.
 */
import { useEffect, useState } from 'preact/hooks';
import { type ActionRecord, isEnded, type TargetRecord } from '@/utils/action';
import { copyText } from '@/utils/browser/clipboard';
import { t } from '@/utils/browser/i18n';
import { sendMessage } from '@/utils/browser/runtime';
import { openOptionsPage } from '@/utils/browser/tabs';
import { composerTexts, findTarget } from '@/utils/compose/composer';
import { composeCallScript, composeLetter } from '@/utils/compose/letter';
import { missingDetailsHint, promptFor } from '@/utils/compose/prompts';
import { type TargetLinks, targetLinks } from '@/utils/compose/target-links';
import { loadTweetCounter, type TweetLength } from '@/utils/compose/tweet-length';
import { describeLogEntry } from '@/utils/describe-log-entry';
import { type Draft, loadDraft } from '@/utils/drafts';
import type { Channel, LogEntry } from '@/utils/log';
import { logAction } from '@/utils/log-action';
import { actionTabUrl, printLetterUrl } from '@/utils/page-urls';
import type { Profile } from '@/utils/profile';
import { contactedTargetIds, entriesFor, lastEntryFor } from '@/utils/progress';
import { reportSummary } from '@/utils/report-summary';
import type { Settings } from '@/utils/settings';
import { ActionView } from './ActionView';
import { LetterEditor } from './LetterEditor';
import { TargetCard } from './TargetCard';
import { TweetEditor } from './TweetEditor';

export interface ActionScreenProps {
  action: ActionRecord;
  profile: Profile;
  settings: Settings;
  log: LogEntry[];
  now: Date;
  language: string;
  inTab: boolean;
  onBack: () => void;
  onLogged: () => void;
  onNotice: (notice: string) => void;
}

export function ActionScreen({ action, profile, settings, log, now, language, inTab, onBack, onLogged, onNotice }: ActionScreenProps) {
  /** Undefined until the stored draft (or its absence) is known. */
  const [draft, setDraft] = useState<Draft | null>();
  const [targetId, setTargetId] = useState<string>();
  const [countTweet, setCountTweet] = useState<(text: string) => TweetLength>();

  useEffect(() => {
    void loadDraft(action.key).then((stored) => {
      setDraft(stored ?? null);
      setTargetId(findTarget(action, stored?.targetId).id);
    });
    if (action.targets.some((target) => target.twitter)) {
      void loadTweetCounter().then((counter) => setCountTweet(() => counter));
    }
  }, []);

  if (draft === undefined) return null;

  const target = findTarget(action, targetId);
  const texts = composerTexts(action, target, profile, draft ?? undefined, promptFor);
  const ended = isEnded(action, now);
  const tweetLength = countTweet?.(texts.tweet);
  const salutationOf = (other: TargetRecord) => composeLetter(action, other, profile, promptFor).salutation;

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
    sendMessage({ type: 'save-draft', draft: next }).catch(() => onNotice(t('draftNotSaved')));
  };

  const changeTarget = (next: TargetRecord) => {
    setTargetId(next.id);
    if (!draft) return;
    const moved = composerTexts(action, next, profile, draft, promptFor);
    updateDraft({
      targetId: next.id,
      letter: moved.letterEdited ? moved.letter : undefined,
      tweet: moved.tweetEdited ? moved.tweet : undefined,
    });
  };

  const resetLetter = () => {
    if (draft?.tweet !== undefined) return updateDraft({ letter: undefined });
    setDraft(null);
    void sendMessage({ type: 'delete-draft', actionKey: action.key });
  };

  const takeChannel = (channelTarget: TargetRecord, channel: Channel, links?: TargetLinks) => {
    if (channel === 'email' && links?.email?.needsPaste) {
      void copyText(links.letter);
      onNotice(t('letterTooLongCopied'));
    }
    void logAction(action, channelTarget, channel).then(onLogged);
  };

  const report = () => {
    const entries = entriesFor(log, action.key);
    if (entries.length === 0) return;
    void copyText(reportSummary(action.reference, entries, describeLogEntry, language));
    onNotice(t('reportSummaryCopied'));
  };

  const copy = (text: string, done: 'letterCopied' | 'faxCopied') =>
    void copyText(text).then((copied) => onNotice(t(copied ? done : 'copyFailed')));

  return (
    <ActionView
      action={action}
      ended={ended}
      updatedSinceDraft={Boolean(draft?.actionModified && action.dateModified && draft.actionModified !== action.dateModified)}
      contactedCount={contactedTargetIds(log, action.key).size}
      targetId={target.id}
      now={now}
      language={language}
      inTab={inTab}
      openInTabUrl={actionTabUrl(action.key)}
      onBack={onBack}
      onTargetChange={changeTarget}
      onMarkDone={() => takeChannel(target, 'done')}
      onReport={report}
    >
      <LetterEditor
        letter={texts.letter}
        missingHint={missingDetailsHint(texts.missing, language)}
        edited={texts.letterEdited}
        onInput={(letter) => updateDraft({ letter })}
        onReset={resetLetter}
        onCopy={() => copy(texts.letter, 'letterCopied')}
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
          profile,
          settings.emailApp,
          promptFor,
          t('pasteLetterHere'),
        );
        return (
          <TargetCard
            key={candidate.id}
            target={candidate}
            links={links}
            printUrl={printLetterUrl(action.key, candidate.id)}
            callScript={action.callScript && links.call ? composeCallScript(action, candidate, profile, promptFor) : undefined}
            ended={ended}
            tweetTooLong={tweetLength !== undefined && !tweetLength.valid}
            lastEntry={lastEntryFor(log, action.key, candidate.id)}
            now={now}
            language={language}
            onChannel={takeChannel}
            onCopyFax={(fax) => copy(fax, 'faxCopied')}
          />
        );
      })}
    </ActionView>
  );
}

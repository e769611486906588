/**
 * One action, wired: the supporter's draft (components/hooks/use-draft.ts), the
 * official chosen in "Write to", and each channel, which logs through the
 * background (the popup can close at any moment).
 */
import { useEffect, useState } from 'preact/hooks';
import { isEnded } from '@/utils/feed/action';
import type { ActionRecord, Channel, LogEntry, Profile, Settings, TargetRecord } from '@/utils/db/records';
import { copyText } from '@/utils/browser/clipboard';
import { t } from '@/utils/browser/i18n';
import { openOptionsPage } from '@/utils/browser/tabs';
import { composeCallScript, composeLetter } from '@/utils/compose/letter';
import { missingDetailsHint, promptFor } from '@/utils/compose/prompts';
import { type TargetLinks, targetLinks } from '@/utils/compose/target-links';
import { loadTweetCounter, type TweetLength } from '@/utils/compose/tweet-length';
import { describeLogEntry } from '@/utils/log/texts';
import { logAction } from '@/utils/log/log-action';
import { actionTabUrl, printLetterUrl } from '@/utils/browser/page-urls';
import { contactedTargetIds, entriesFor, lastEntryFor } from '@/utils/log/progress';
import { reportSummary } from '@/utils/log/report-summary';
import { ActionView } from './ActionView';
import { useAppContext } from './hooks/app-context';
import { useDraft } from './hooks/use-draft';
import { LetterEditor } from './LetterEditor';
import { TargetCard } from './TargetCard';
import { TweetEditor } from './TweetEditor';

export interface ActionScreenProps {
  action: ActionRecord;
  profile: Profile;
  settings: Settings;
  log: LogEntry[];
  inTab: boolean;
  onBack: () => void;
  onLogged: () => void;
  onNotice: (notice: string) => void;
}

export function ActionScreen({ action, profile, settings, log, inTab, onBack, onLogged, onNotice }: ActionScreenProps) {
  const { now, language } = useAppContext();
  const editor = useDraft(action, profile, () => onNotice(t('draftNotSaved')));
  const [countTweet, setCountTweet] = useState<(text: string) => TweetLength>();

  useEffect(() => {
    if (action.targets.some((target) => target.twitter)) {
      void loadTweetCounter().then((counter) => setCountTweet(() => counter));
    }
  }, [action]);

  if (!editor.ready) return null;

  const { draft, target, texts } = editor;
  const ended = isEnded(action, now);
  const tweetLength = countTweet?.(texts.tweet);
  const salutationOf = (other: TargetRecord) => composeLetter(action, other, profile, promptFor).salutation;

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
      inTab={inTab}
      openInTabUrl={actionTabUrl(action.key)}
      onBack={onBack}
      onTargetChange={editor.changeTarget}
      onMarkDone={() => takeChannel(target, 'done')}
      onReport={report}
    >
      <LetterEditor
        letter={texts.letter}
        missingHint={missingDetailsHint(texts.missing, language)}
        edited={texts.letterEdited}
        onInput={(letter) => editor.update({ letter })}
        onReset={editor.reset}
        onCopy={() => copy(texts.letter, 'letterCopied')}
        onOpenSettings={() => void openOptionsPage()}
      />
      {action.targets.some((candidate) => candidate.twitter) && (
        <TweetEditor tweet={texts.tweet} length={tweetLength} onInput={(tweet) => editor.update({ tweet })} />
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
            onChannel={takeChannel}
            onCopyFax={(fax) => copy(fax, 'faxCopied')}
          />
        );
      })}
    </ActionView>
  );
}

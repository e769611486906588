import { tCount } from '@/utils/browser/i18n';
import type { CallOutcome, LogEntry } from '@/utils/db/records';
import { LogNotice } from './LogNotice';

/** Undo and the call's outcome for the last action, the last notice, and the running total. */
export function PopupFooter({
  followUp,
  notice,
  total,
  onUndo,
  onOutcome,
}: {
  followUp?: LogEntry;
  notice?: string;
  total: number;
  onUndo: (entry: LogEntry) => void;
  onOutcome: (entry: LogEntry, outcome: CallOutcome) => void;
}) {
  return (
    <footer>
      {followUp && <LogNotice entry={followUp} onUndo={onUndo} onOutcome={onOutcome} />}
      {/* Always present, so the notice that appears in it is announced. */}
      <div class="live" aria-live="polite">
        {notice && <p role="status">{notice}</p>}
      </div>
      {total > 0 && <p class="meta">{tCount(total, { one: 'totalActionsTakenOne', other: 'totalActionsTakenOther' }, [String(total)])}</p>}
    </footer>
  );
}

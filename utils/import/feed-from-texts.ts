import { describeIssues } from '@/utils/feed/issues';
import { feedDocumentSchema, type FeedItem } from '@/utils/feed/schema';
import { parseUrgentActionText, type Evidence, type ParseOptions } from './parse-urgent-action-text';
import { problem, type Problem } from './problem';

export interface TextSource {
  /** How to name the text in messages, e.g. its file name. */
  name: string;
  text: string;
}

export interface SourceProblems {
  name: string;
  problems: Problem[];
}

export interface SourceEvidence {
  name: string;
  /** Item index in the feed. */
  item: number;
  evidence: Evidence;
}

interface ImportedFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  _advocacy: { version: 1; organization: string };
  items: FeedItem[];
}

export type FeedFromTextsResult =
  { ok: true; feed: ImportedFeed; notes: SourceProblems[]; evidence: SourceEvidence[] } | { ok: false; failures: SourceProblems[] };

/** One feed with an item per text; any text that gives no valid item fails the whole feed. */
export function feedFromTexts(sources: readonly TextSource[], options: ParseOptions = {}): FeedFromTextsResult {
  const items: FeedItem[] = [];
  const notes: SourceProblems[] = [];
  const failures: SourceProblems[] = [];
  const evidence: SourceEvidence[] = [];
  const sourceOfId = new Map<string, string>();
  for (const { name, text } of sources) {
    const result = parseUrgentActionText(text, options);
    if (!result.ok) {
      failures.push({ name, problems: result.problems });
      continue;
    }
    const earlier = sourceOfId.get(result.item.id);
    if (earlier !== undefined) {
      failures.push({
        name,
        problems: [
          problem('duplicate-id', `Gives the item id "${result.item.id}" that ${earlier} already gave.`, [result.item.id, earlier]),
        ],
      });
      continue;
    }
    sourceOfId.set(result.item.id, name);
    evidence.push({ name, item: items.length, evidence: result.evidence });
    items.push(result.item);
    if (result.notes.length > 0) notes.push({ name, problems: result.notes });
  }
  if (failures.length > 0) return { ok: false, failures };

  const feed: ImportedFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Imported urgent actions',
    _advocacy: { version: 1, organization: 'Imported' },
    items,
  };
  const checked = feedDocumentSchema.safeParse(feed);
  if (!checked.success) {
    return {
      ok: false,
      failures: [
        { name: '(feed)', problems: describeIssues(checked.error.issues).map((message) => problem('invalid-feed', message, [message])) },
      ],
    };
  }
  return { ok: true, feed, notes, evidence };
}

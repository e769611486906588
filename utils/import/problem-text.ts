/**
 * The importer's problems and notes in the UI's language: one message per code
 * (and kind, where a code has more than one meaning), filled in with the
 * problem's params. An unknown code keeps the importer's English message.
 */
import { t } from '@/utils/browser/i18n';
import type { Problem } from './problem';

type MessageKey = Parameters<typeof t>[0];

/** `code` or `code/kind` → message key. */
const keys = new Map<string, MessageKey>(
  Object.entries({
    'not-an-urgent-action/empty': 'importProblemEmptyText',
    'not-an-urgent-action/no-action': 'importProblemNotAnUrgentAction',
    'no-reference': 'importProblemNoReference',
    'no-officials/no-names': 'importProblemNoOfficialNames',
    'no-officials/no-contacts': 'importProblemNoOfficialContacts',
    'no-letter/no-body': 'importProblemLetterEmpty',
    'no-letter/none': 'importProblemNoLetter',
    'no-closing': 'importProblemNoClosing',
    'letter-outline': 'importProblemLetterOutline',
    'no-deadline': 'importProblemNoDeadline',
    'deadline-year-assumed': 'importProblemDeadlineYearAssumed',
    'no-country': 'importProblemNoCountry',
    'title-derived/summary': 'importProblemTitleFromSummary',
    'title-derived/header': 'importProblemTitleFromHeader',
    'subject-derived': 'importProblemSubjectDerived',
    'invalid-item': 'importProblemInvalidItem',
    'invalid-feed': 'importProblemInvalidFeed',
    'duplicate-id': 'importProblemDuplicateId',
    'extra-contact/phone': 'importProblemExtraPhone',
    'extra-contact/fax': 'importProblemExtraFax',
    'extra-contact/twitter': 'importProblemExtraTwitter',
    'extra-contact/email': 'importProblemExtraEmail',
    'unreadable-contact/twitter': 'importProblemBadTwitter',
    'unreadable-contact/phone': 'importProblemBadPhone',
    'unreadable-contact/fax': 'importProblemBadFax',
    'unreadable-contact/email': 'importProblemBadEmail',
    'hidden-email': 'importProblemHiddenEmail',
    'ignored-text/url': 'importProblemIgnoredUrl',
    'ignored-text/contact': 'importProblemIgnoredContact',
    'official-without-contact': 'importProblemNoContact',
  } satisfies Record<string, MessageKey>),
);

/** The message key for a problem, or undefined when the UI has no text for it. */
export function problemKey(problem: Pick<Problem, 'code' | 'kind'>): MessageKey | undefined {
  return keys.get(`${problem.code}/${problem.kind}`) ?? keys.get(problem.code);
}

/** The problem in the UI's language, or its English message when its code is unknown. */
export function problemText(problem: Problem): string {
  const key = problemKey(problem);
  return (key && t(key, problem.params ?? [])) || problem.message;
}

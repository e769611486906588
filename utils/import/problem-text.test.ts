import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedFromTexts } from './feed-from-texts';
import { parseOfficials } from './officials';
import { parseUrgentActionText } from './parse-urgent-action-text';
import { problem, type Problem } from './problem';
import { problemKey, problemText } from './problem-text';
import { toLines } from './text-lines';

const fixtures = join(__dirname, 'fixtures');
const now = new Date('2026-06-01T12:00:00Z');

/** Every problem and note the importer gives for the fixtures and a few made-up texts. */
function importerProblems(): Problem[] {
  const texts = [
    ...readdirSync(fixtures)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(fixtures, name), 'utf8')),
    '',
    'UA: Peru 106.23\n\nSomething happened in Peru.\n',
    'UA: Peru 106.23\n\nMr. Alberto Otárola Peñaranda\nSalutation: Dear Sir,\n\nDear Sir,\n\nPlease act.\n\nYours sincerely,\n',
    'UA: Peru 106.23\n\nMr. Alberto Otárola Peñaranda\nPhone: +51 1 555 0100\n\nDear Sir,\n',
    'UA 7/25 Atlantis\n\nMr. Ivan Petrov\nul. Lenina 1\n\nDear Mr. Petrov,\n\nRelease him.\n',
    'Mr. Ivan Petrov\nEmail: ivan@example.org\n\nAn urgent action.\n\nDear Mr. Petrov,\n\nRelease him.\n',
    'UA 7/25\n\nMr. Ivan Petrov\nhttps://example.org/form\nEmail: ivan@example.org\n\nWrite to him, calling on him to:\n• release the journalist.\n',
    'UA 7/25\n\nEmail: nobody@example.org\n\nDear Sir,\n\nRelease him.\n',
  ];
  const parsed = texts.flatMap((text) => {
    const result = parseUrgentActionText(text, { now });
    return result.ok ? result.notes : result.problems;
  });
  const officials = parseOfficials(
    toLines(
      [
        'Ms. E Eff',
        'Email: [email protected]',
        'Email: not an address',
        'Email: e@example.org',
        'Email: other@example.org',
        'Twitter: not a handle!',
        'Twitter: @eff',
        'Twitter: @eff2',
        'Phone: +1 555 0100',
        'Tel.: +1 555 0199',
        'Fax: call us',
        'Fax: +1 555 0101',
        'Fax: +1 555 0102',
        'Phone: none',
        '',
        'Mr. G Gee',
        'Salutation: Dear Sir,',
      ].join('\n'),
    ),
  ).notes;
  const peru = readFileSync(join(fixtures, 'ua-106-23-peru.txt'), 'utf8');
  const duplicate = feedFromTexts([
    { name: 'a.txt', text: peru },
    { name: 'b.txt', text: peru },
  ]);
  return [...parsed, ...officials, ...(duplicate.ok ? [] : duplicate.failures.flatMap((failure) => failure.problems))];
}

describe('problemText', () => {
  const problems = importerProblems();

  it('has a text for every problem the importer gives, equal to its English message', () => {
    expect(new Set(problems.map((found) => `${found.code}/${found.kind}`)).size).toBeGreaterThanOrEqual(20);
    for (const found of problems) {
      expect(problemKey(found), `${found.code}/${found.kind}`).toBeDefined();
      // The English message names a contact by its label as read ("Tel."); the UI by its field.
      if (found.code === 'extra-contact' || found.code === 'unreadable-contact') {
        for (const param of found.params ?? []) expect(problemText(found)).toContain(param);
      } else {
        expect(problemText(found)).toBe(found.message);
      }
    }
  });

  const cases: [Problem, string][] = [
    [problem('not-an-urgent-action', '…', [], 'empty'), 'The text is empty.'],
    [problem('not-an-urgent-action', '…', [], 'no-action'), 'This does not look like an urgent action'],
    [problem('no-reference', '…'), 'states no urgent action number'],
    [problem('letter-outline', '…'), 'points to raise instead of a sample letter'],
    [problem('no-officials', '…', [], 'no-names'), 'No officials found'],
    [problem('no-officials', '…', [], 'no-contacts'), "No official's contact details found"],
    [problem('no-letter', '…', ['Dear Minister,'], 'no-body'), 'no text after "Dear Minister,"'],
    [problem('no-letter', '…', [], 'none'), 'No sample letter found'],
    [problem('no-closing', '…'), 'no closing such as "Yours sincerely,"'],
    [problem('no-deadline', '…'), 'No deadline found'],
    [problem('deadline-year-assumed', '…', ['Act before 3 March', '2027']), '"Act before 3 March" gives no year; took 2027.'],
    [problem('no-country', '…', ['UA 7/25 Atlantis']), 'in the header "UA 7/25 Atlantis"'],
    [problem('title-derived', '…', ['Peru: Free them'], 'summary'), 'made "Peru: Free them" from the summary'],
    [problem('title-derived', '…', ['Peru: UA 1.23'], 'header'), 'made "Peru: UA 1.23" from the header'],
    [problem('subject-derived', '…'), 'no subject line'],
    [problem('invalid-item', '…', ['url: must be an https: URL']), 'not valid: url: must be an https: URL'],
    [problem('invalid-feed', '…', ['title: must not be empty']), 'not valid: title: must not be empty'],
    [problem('duplicate-id', '…', ['ua-1-23', 'a.txt']), 'id "ua-1-23" that a.txt already gave'],
    [problem('extra-contact', '…', ['Ms. Eff', '+1 555'], 'phone'), 'Ms. Eff: kept the first phone number, left out "+1 555".'],
    [problem('extra-contact', '…', ['Ms. Eff', '+1 555'], 'fax'), 'Ms. Eff: kept the first fax number, left out "+1 555".'],
    [problem('extra-contact', '…', ['Ms. Eff', '@eff'], 'twitter'), 'Ms. Eff: kept the first Twitter/X handle, left out "@eff".'],
    [problem('extra-contact', '…', ['Ms. Eff', 'e@x.org'], 'email'), 'Ms. Eff: kept the first email address, left out "e@x.org".'],
    [problem('unreadable-contact', '…', ['Ms. Eff', 'nope!'], 'twitter'), 'Ms. Eff: "nope!" is not a Twitter/X handle.'],
    [problem('unreadable-contact', '…', ['Ms. Eff', 'none'], 'phone'), 'Ms. Eff: "none" is not a phone number.'],
    [problem('unreadable-contact', '…', ['Ms. Eff', 'none'], 'fax'), 'Ms. Eff: "none" is not a fax number.'],
    [problem('unreadable-contact', '…', ['Ms. Eff', 'e at x'], 'email'), 'Ms. Eff: "e at x" is not an email address.'],
    [problem('hidden-email', '…', ['Ms. Eff']), 'Ms. Eff: the page hides the email address'],
    [problem('ignored-text', '…', ['Ms. Eff', 'https://x.org/form'], 'url'), 'Ms. Eff: left out the web address "https://x.org/form".'],
    [problem('ignored-text', '…', ['Email: a@b.org'], 'contact'), 'no official named above them: "Email: a@b.org".'],
    [problem('official-without-contact', '…', ['Mr. Gee']), 'Mr. Gee: no address or contact details; left out.'],
  ];
  const named = cases.map(([given, expected]) => [[given.code, given.kind].filter(Boolean).join('/'), given, expected] as const);
  it.each(named)('%s, with its params filled in', (_name, given, expected) => {
    const text = problemText(given);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/\$\d|\$ARG/);
    expect(text).not.toBe(given.message);
  });

  it("falls back to the importer's message for an unknown code or kind", () => {
    expect(problemText(problem('new-code', 'Something new happened.', ['x']))).toBe('Something new happened.');
    expect(problemText(problem('no-officials', 'No officials, somehow.', [], 'new-kind'))).toBe('No officials, somehow.');
  });
});

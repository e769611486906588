import { describe, expect, it } from 'vitest';
import { findLetter } from './letter';
import { toLines } from './text-lines';

describe('findLetter', () => {
  it('reads opening, paragraphs, closing and subject', () => {
    const lines = toLines(
      'Intro.\n\nSubject: Free him\n\nDear Minister, \n\nFirst line\nwrapped on two lines.  \n\n\n\nSecond paragraph.\n\nKind regards,\n\n[Your name]\n',
    );
    expect(findLetter(lines)).toEqual({
      salutation: 'Dear Minister,',
      body: 'First line wrapped on two lines.\n\nSecond paragraph.',
      closing: 'Kind regards,',
      subject: 'Free him',
      start: 2,
      end: 14,
    });
  });

  it.each(['Your Excellency,', 'Excellency,', 'Dear Sir or Madam,', 'Your Majesty,'])('opens with "%s"', (opening) => {
    expect(findLetter(toLines(`${opening}\n\nAct.\n\nSincerely,`))?.salutation).toBe(opening);
  });

  it.each(['Yours sincerely,', 'Sincerely,', 'Respectfully,', 'Kind regards,', 'Yours faithfully,', 'Best regards,'])(
    'closes with "%s"',
    (closing) => {
      expect(findLetter(toLines(`Dear Sir,\n\nAct.\n\n${closing}`))?.closing).toBe(closing);
    },
  );

  it('keeps a list in the letter on its own lines', () => {
    expect(findLetter(toLines('Dear Sir,\n\nI urge you to:\n- release him;\n- drop the charges.\n\nSincerely,'))?.body).toBe(
      'I urge you to:\n- release him;\n- drop the charges.',
    );
  });

  it('runs to the end without a closing, and finds nothing without an opening', () => {
    expect(findLetter(toLines('Dear Sir,\n\nAct now.'))).toMatchObject({ body: 'Act now.', end: 3 });
    expect(findLetter(toLines('Dear reader. This is not a letter.\n\nYours sincerely,'))).toBeUndefined();
  });
});

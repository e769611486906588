import { describe, expect, it } from 'vitest';
import { findLetter, findOutline, salutationAt, splitLetterLines } from './letter';
import { toLines } from './text-lines';

describe('findLetter', () => {
  it('reads opening, paragraphs, closing and subject, and where each was', () => {
    const lines = toLines(
      'Intro.\n\nSubject: Free him\n\nDear Minister, \n\nFirst line\nwrapped on two lines.  \n\n\n\nSecond paragraph.\n\nKind regards,\n\n[Your name]\n',
    );
    expect(findLetter(lines)).toEqual({
      salutation: 'Dear Minister,',
      body: 'First line wrapped on two lines.\n\nSecond paragraph.',
      closing: 'Kind regards,',
      subject: 'Free him',
      outline: false,
      start: 2,
      end: 14,
      salutationIndex: 4,
      bodyIndex: 6,
      closingIndex: 13,
    });
  });

  it.each([
    'Your Excellency,',
    'Excellency,',
    'Dear Sir or Madam,',
    'Your Majesty,',
    'Estimado Fiscal General:',
    'Señor Presidente:',
    'Fiscal General:',
    'Fiscal General de México:',
    'Excelentísimo Señor Presidente:',
    'Monsieur le Président,',
    'Madame la Ministre,',
    'Madame, Monsieur,',
    'Excellence,',
  ])('opens with "%s"', (opening) => {
    expect(findLetter(toLines(`${opening}\n\nAct.\n\nSincerely,`))?.salutation).toBe(opening);
  });

  it.each([
    'Yours sincerely,',
    'Sincerely,',
    'Respectfully,',
    'Kind regards,',
    'Yours faithfully,',
    'Best regards,',
    'Atentamente,',
    'Muy atentamente,',
    'Reciba un cordial saludo,',
    "Veuillez agréer, Monsieur le Président, l'expression de ma très haute considération.",
    'Je vous prie d’agréer, Madame la Ministre, mes salutations respectueuses.',
    'Cordialement,',
  ])('closes with "%s"', (closing) => {
    expect(findLetter(toLines(`Dear Sir,\n\nAct.\n\n${closing}`))?.closing).toBe(closing);
  });

  it('keeps a list in the letter on its own lines', () => {
    expect(findLetter(toLines('Dear Sir,\n\nI urge you to:\n- release him;\n- drop the charges.\n\nSincerely,'))?.body).toBe(
      'I urge you to:\n- release him;\n- drop the charges.',
    );
  });

  it('runs to the end without a closing, or to the next section, and finds nothing without an opening', () => {
    expect(findLetter(toLines('Dear Sir,\n\nAct now.'))).toMatchObject({ body: 'Act now.', end: 3 });
    expect(findLetter(toLines('Dear Sir,\n\nAct now.\n\nAdditional information\n\nHe was arrested.'))).toMatchObject({
      body: 'Act now.',
      end: 4,
    });
    expect(findLetter(toLines('Dear reader. This is not a letter.\n\nYours sincerely,'))).toBeUndefined();
  });

  it("prefers the sample letter to the organization's greeting to the supporter", () => {
    const lines = toLines(
      'Dear Jane,\n\nToday we ask you to write to the minister.\n\nSample letter\n\nDear Minister,\n\nI am writing about X.\n\nYours sincerely,',
    );
    expect(findLetter(lines)).toMatchObject({ salutation: 'Dear Minister,', body: 'I am writing about X.' });
    expect(findLetter(toLines('Hola amigas y amigos:\n\nHoy te pedimos que escribas.'))).toBeUndefined();
  });
});

describe('splitLetterLines', () => {
  it('cuts a letter copied onto one line', () => {
    expect(splitLetterLines(['SAMPLE LETTER Dear Minister, I am writing to urge you to release him. Yours sincerely,'])).toEqual([
      'SAMPLE LETTER',
      'Dear Minister,',
      'I am writing to urge you to release him.',
      'Yours sincerely,',
    ]);
    expect(splitLetterLines(['Fiscal General: Me dirijo a usted para expresarle mi preocupación.'])).toEqual([
      'Fiscal General:',
      'Me dirijo a usted para expresarle mi preocupación.',
    ]);
  });

  it('leaves prose alone', () => {
    const line = 'Dear friends, we need you.';
    expect(splitLetterLines([line])).toEqual([line]);
    expect(salutationAt('Mr. Smith walked home.')).toBeUndefined();
  });
});

describe('findOutline', () => {
  it('reads the points after "calling on them to:" as an outline', () => {
    const lines = toLines('Write to the minister in your own words, calling on them to:\n• release him;\n• drop the charges.\n\nMr. X');
    expect(findOutline(lines)).toEqual({
      body: '- release him;\n- drop the charges.',
      outline: true,
      start: 0,
      end: 3,
      bodyIndex: 1,
    });
  });

  it.each(['Escribe a las autoridades pidiéndoles que:', 'Écrivez aux autorités en leur demandant de :', 'Key points to raise:'])(
    'knows "%s"',
    (intro) => {
      expect(findOutline(toLines(`${intro}\n- liberen a X.\n- lo protejan.`))?.body).toBe('- liberen a X.\n- lo protejan.');
    },
  );

  it('needs points', () => {
    expect(findOutline(toLines('Please write calling on them to:\n\nRelease him.'))).toBeUndefined();
  });

  it('reads sentence-like points after any lead-in that ends with a colon', () => {
    const lines = toLines(
      'PLEASE WRITE AT ONCE in English or your own language:\n■ Urging the authorities to free her at once and unconditionally;\n■ Calling on them to let her see her lawyer and family.',
    );
    expect(findOutline(lines)?.body).toBe(
      '- Urging the authorities to free her at once and unconditionally;\n- Calling on them to let her see her lawyer and family.',
    );
  });

  it('takes no list of names or a single bullet after an unknown lead-in for points', () => {
    expect(findOutline(toLines('Write to:\n- Mr. Ali Reza\n- Ms. Sara Khan'))).toBeUndefined();
    expect(findOutline(toLines('Pedile al fiscal que:\n- Investigue la agresión contra la periodista sin demora.'))).toBeUndefined();
  });
});

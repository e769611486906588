import { describe, expect, it } from 'vitest';
import { prepareText } from './prepare-text';

describe('prepareText', () => {
  it('drops the headers and separators of a pasted email, and its quote marks', () => {
    const text = [
      '---------- Forwarded message ---------',
      'From: Amnistía Internacional <au@example.org>',
      'Date: lun, 3 mar 2027',
      'Subject: Fwd: AU 047/24 México',
      'To: <ana@example.com>',
      '',
      '> Hola Ana:',
      '> > Primera AU 047/24',
      'On Mon, 3 Mar 2027 at 10:00, Ana <ana@example.com> wrote:',
      'Le lun. 3 mars 2027 à 10:00, Amnesty <au@example.org> a écrit :',
    ].join('\n');
    expect(prepareText(text)).toEqual({
      lines: ['', '', '', '', '', '', 'Hola Ana:', 'Primera AU 047/24', '', ''],
      emailSubject: 'Fwd: AU 047/24 México',
      isEmail: true,
    });
  });

  it('leaves a lone "Date:" line of a page alone', () => {
    expect(prepareText('UA 12/24\nDate: 3 March 2024\n\nText.').lines).toEqual(['UA 12/24', 'Date: 3 March 2024', '', 'Text.']);
  });

  it('cuts a contact block copied onto one line at its labels', () => {
    expect(prepareText('Mr. A Bee Minister of Interior, Tehran Email: a@b.ir Fax: +98 21 1234 5678 Twitter: @abee').lines).toEqual([
      'Mr. A Bee Minister of Interior, Tehran',
      'Email: a@b.ir',
      'Fax: +98 21 1234 5678',
      'Twitter: @abee',
    ]);
  });

  it('cuts a heading glued to the marker, as some pages read from their tab', () => {
    expect(prepareText('Acción UrgenteDEFENSORAS ESPIADAS').lines).toEqual(['Acción Urgente', 'DEFENSORAS ESPIADAS']);
    expect(prepareText('Urgent Action Network').lines).toEqual(['Urgent Action Network']);
  });

  it('leaves prose with a colon alone', () => {
    const line = 'You can also send an email: it only takes a minute.';
    expect(prepareText(line).lines).toEqual([line]);
  });
});

import { describe, expect, it } from 'vitest';
import { findDeadline, parseDeadlineLine } from './deadline';

const now = new Date('2026-06-01T12:00:00Z');

describe('parseDeadlineLine', () => {
  it.each([
    ['This action ended on November 29, 2023', '2023-11-29'],
    ['This urgent action has ended: 29 Nov 2023', '2023-11-29'],
    ['Ended: 2023-11-29', '2023-11-29'],
    ['Esta acción finalizó el 3 de mayo de 2024.', '2024-05-03'],
    ['La AU ha finalizado el 3 de mayo de 2024', '2024-05-03'],
    ['Terminée le 19 mai 2022', '2022-05-19'],
  ])('reads the ended action "%s"', (line, endsAt) => {
    expect(parseDeadlineLine(line, now)).toEqual({ kind: 'ended', endsAt, yearAssumed: false });
  });

  it.each([
    'This action has ended.',
    'No further action is needed.',
    'Esta acción ha finalizado.',
    'No es necesario realizar más acciones.',
    'Cette action est terminée.',
    "Aucune action complémentaire n'est requise.",
    "Il n'est plus nécessaire d'envoyer des appels.",
    'Please stop sending appeals.',
  ])('reads an ended action without date: "%s"', (line) => {
    expect(parseDeadlineLine(line, now)).toEqual({ kind: 'ended', endsAt: undefined, yearAssumed: false });
  });

  it.each([
    ['take action before 3 March 2027', '2027-03-03'],
    ['until: 12 January 2027', '2027-01-12'],
    ['Please take action until March 3, 2027', '2027-03-03'],
    ['deadline: 2027-03-03', '2027-03-03'],
    ['PLEASE SEND APPEALS BEFORE 3 MARCH 2027', '2027-03-03'],
    ['Please write to the minister by email before 3 March 2027.', '2027-03-03'],
    ['Act by: 10 February 2027', '2027-02-10'],
    ['Deadline 10 February 2027', '2027-02-10'],
    ['Please send appeals before 15 Jan. 2027', '2027-01-15'],
    ['This Urgent Action expires on 3 March 2027.', '2027-03-03'],
    ['Actúa antes del 10 de febrero de 2027', '2027-02-10'],
    ['Envía tus llamamientos hasta el 1º de marzo de 2027.', '2027-03-01'],
    ['Fecha límite: 03/04/2027', '2027-04-03'],
    ['Agissez avant le 1er mars 2027', '2027-03-01'],
    ['Action urgente valable jusqu’au 12 avril 2027', '2027-04-12'],
    ['Contact these two officials by May 3, 2027:', '2027-05-03'],
    ["Délai d'envoi : jusqu'au 25 février 2027", '2027-02-25'],
    ['Envía llamamientos lo antes posible y no más tarde del 3 de julio de 2027.', '2027-07-03'],
  ])('reads the open deadline "%s"', (line, endsAt) => {
    expect(parseDeadlineLine(line, now, /[áéíóúñ]|de |le /.test(line) ? 'es' : 'en')).toEqual({
      kind: 'until',
      endsAt,
      yearAssumed: false,
    });
  });

  it.each([
    ['The deadline has been extended until 10 April 2027.', '2027-04-10'],
    ['Plazo prorrogado hasta el 10 de abril de 2027', '2027-04-10'],
    ['Action prolongée jusqu’au 10 avril 2027', '2027-04-10'],
  ])('reads the extension "%s"', (line, endsAt) => {
    expect(parseDeadlineLine(line, now)).toEqual({ kind: 'extended', endsAt, yearAssumed: false });
  });

  it.each(['No deadline', 'Sin fecha límite.', 'Pas de date limite'])('reads "%s" as no deadline', (line) => {
    expect(parseDeadlineLine(line, now)).toEqual({ kind: 'none', yearAssumed: false });
  });

  it.each([
    'He was held until 12 January 2024 without charge.',
    'Their next hearing is scheduled for 14 March.',
    'Il a été transféré au centre avant le 3 mars 2024.',
    'Fue detenido hasta el 3 de marzo de 2024.',
    'He had no contact with his family until 3 March 2024.',
    'Take action now!',
    `Please take action. ${'Long text. '.repeat(20)} before 3 March 2027`,
  ])('finds no deadline in "%s"', (line) => {
    expect(parseDeadlineLine(line, now)).toBeUndefined();
  });
});

describe('findDeadline', () => {
  it.each([
    ['NO MÁS TARDE DEL:\n3 de febrero de 2027', 'es'],
    ['Envíe sus llamamientos antes del:\n03/02/2027', 'es'],
    ['Date limite :\n03.02.2027', 'fr'],
    ['Deadline:\nFebruary 3, 2027', 'en'],
  ] as const)('reads the date under a deadline heading: %s', (text, language) => {
    expect(findDeadline(text.split('\n'), () => false, new Date('2026-12-01T12:00:00Z'), language)).toMatchObject({
      endsAt: '2027-02-03',
      dateIndex: 1,
    });
  });

  it('takes the extension over the first date, and keeps the ended status', () => {
    const lines = [
      'This Urgent Action expires on 3 March 2027.',
      'He is in prison.',
      'The deadline has been extended until 10 April 2027.',
    ];
    expect(findDeadline(lines, () => false, now)).toEqual({ status: 'active', endsAt: '2027-04-10', yearAssumed: false, dateIndex: 2 });
    expect(findDeadline(['This action has ended.', '', 'Act before 3 March 2024.'], () => false, now)).toEqual({
      status: 'ended',
      endsAt: '2024-03-03',
      yearAssumed: false,
      dateIndex: 2,
      statusIndex: 0,
    });
  });

  it('reads a deadline in a list item', () => {
    expect(findDeadline(['3. Contact these two officials by November 15, 2027:'], () => false, now)).toMatchObject({
      endsAt: '2027-11-15',
    });
  });

  it('gives no date for "no deadline", and skips the letter', () => {
    expect(findDeadline(['No deadline'], () => false, now)).toEqual({ status: 'active', yearAssumed: false });
    expect(findDeadline(['Act before 3 March 2027.'], () => true, now)).toBeUndefined();
  });
});

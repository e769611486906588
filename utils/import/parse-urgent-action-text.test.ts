import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedItemSchema, type FeedItem } from '@/utils/feed/schema';
import { parseUrgentActionText } from './parse-urgent-action-text';

const fixtures = join(__dirname, 'fixtures');
const seed = readFileSync(join(fixtures, 'ua-106-23-peru.txt'), 'utf8');
const example = (JSON.parse(readFileSync(join(fixtures, 'ua-106-23.feed.json'), 'utf8')) as { items: FeedItem[] }).items[0]!;

const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const digits = (text: string) => text.replace(/\D/g, '');

function parseSeed() {
  const result = parseUrgentActionText(seed, { url: 'https://www.amnestyusa.org/urgent-actions/ua-106-23/' });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result;
}

describe('parseUrgentActionText on the seed (UA 106.23, Peru)', () => {
  const { item, notes } = parseSeed();
  const ua = item._urgent_action;
  const expected = example._urgent_action;

  it('gives an item the feed schema accepts, with the given url', () => {
    expect(feedItemSchema.safeParse(item).success).toBe(true);
    expect(item.url).toBe('https://www.amnestyusa.org/urgent-actions/ua-106-23/');
    expect(item.id).toBe(example.id);
  });

  it('agrees with the example on reference, sequence, country and deadline', () => {
    expect(ua.reference).toBe(expected.reference);
    expect(ua.sequence).toBe(2);
    expect(ua.country).toBe('PE');
    expect(ua.ends_at).toBe('2023-11-29');
    expect(ua.status).toBe('ended');
  });

  it('agrees on summary, content and instructions', () => {
    expect(item.summary).toBe(example.summary);
    expect(item.content_text).toBe(example.content_text);
    expect(ua.instructions).toBe(expected.instructions);
  });

  it('agrees on both officials as far as the seed states them', () => {
    expect(ua.targets).toHaveLength(2);
    ua.targets.forEach((target, index) => {
      const want = expected.targets[index]!;
      expect(target.name).toBe(want.name);
      expect(target.organization).toBe(want.organization);
      // The seed writes the embassy's address on one line; the example splits it.
      expect(target.address?.join(', ')).toBe(want.address?.join(', '));
    });
    const [otarola, ambassador] = ua.targets;
    expect(otarola!.twitter).toBe('AlbertoOtarolaP');
    expect(otarola!.salutation).toBe('Dear Mr. Alberto Otárola Peñaranda,');
    // The seed gives no country code; the example adds +1.
    expect(digits(expected.targets[1]!.phone!).endsWith(digits(ambassador!.phone!))).toBe(true);
    expect(ambassador!.phone).toBe('(202) 833-9860');
    expect(ambassador!.salutation).toBe('His Excellency Mr.');
  });

  it('invents nothing the seed does not state', () => {
    for (const target of ua.targets) {
      expect(target.title).toBeUndefined();
      expect(target.email).toBeUndefined();
      expect(target.timezone).toBeUndefined();
    }
    expect(ua.targets[0]!.phone).toBeUndefined();
    expect(ua.targets[1]!.twitter).toBeUndefined();
    expect(ua.tweet).toBeUndefined();
    expect(ua.report_url).toBeUndefined();
    expect(item.tags).toBeUndefined();
    expect(JSON.stringify(item)).not.toMatch(/email\s*protected/i);
  });

  it('reports the hidden email address instead of keeping it', () => {
    expect(notes.map((note) => note.code)).toContain('hidden-email');
    expect(notes.find((note) => note.code === 'hidden-email')!.message).toContain('Meza-Cuadra');
  });

  it('agrees on the letter, paragraph for paragraph, and its closing', () => {
    const body = ua.letter.body.split('\n\n');
    const want = expected.letter.body.split('\n\n');
    expect(body.map(words)).toEqual(want.map(words));
    expect(ua.letter.body).toBe(expected.letter.body);
    expect(ua.letter.closing).toBe('Yours sincerely,');
  });

  it('derives a sensible title and subject, and says so', () => {
    expect(item.title).toBe('Peru: Venezuelan nationals in Peru no longer can apply for temporary protection');
    expect(item.title.length).toBeLessThanOrEqual(90);
    expect(ua.letter.subject).toBe(item.title);
    expect(notes.map((note) => note.code)).toEqual(expect.arrayContaining(['title-derived', 'subject-derived']));
  });
});

describe('parseUrgentActionText: what it rejects', () => {
  it.each([
    ['an empty string', ''],
    ['blank lines', '\n  \n\t\n'],
    ['a sentence', 'The quick brown fox jumps over the lazy dog.'],
    ['a letter without number or officials', 'Dear Minister,\n\nPlease act.\n\nYours sincerely,'],
  ])('%s: not-an-urgent-action', (_label, text) => {
    const result = parseUrgentActionText(text);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'not-an-urgent-action' }] });
  });

  it('reads a number stated after prose, and then asks for officials and a letter', () => {
    const result = parseUrgentActionText(`${'Some words here.\n'.repeat(6)}UA: Peru 106.23\n`);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'no-officials' }, { code: 'no-letter' }] });
  });

  it('says "no reference" for an action that states no number', () => {
    const text = 'Urgent Action: Peru\n\nMr. Ivan Petrov\nEmail: ivan@example.org\n\nDear Mr. Petrov,\n\nRelease him.\n\nYours sincerely,';
    expect(parseUrgentActionText(text)).toMatchObject({ ok: false, problems: [{ code: 'no-reference' }] });
  });

  it('reports every missing part at once', () => {
    const result = parseUrgentActionText('UA: Peru 106.23\n\nSomething happened in Peru.\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.code)).toEqual(['no-officials', 'no-letter']);
  });

  it('says "no official\'s contact details" when names come without any', () => {
    const text =
      'UA: Peru 106.23\n\nMr. Alberto Otárola Peñaranda\nSalutation: Dear Sir,\n\nDear Sir,\n\nPlease act.\n\nYours sincerely,\n';
    const result = parseUrgentActionText(text);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'no-officials' }] });
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/no official's contact details found/i);
  });

  it('rejects an item the schema refuses, naming the path', () => {
    const result = parseUrgentActionText(seed, { url: 'http://example.org/ua' });
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'invalid-item' }] });
    if (!result.ok) expect(result.problems[0]!.message).toContain('url');
  });
});

describe('parseUrgentActionText: variations', () => {
  const base = (header: string, extra = '') =>
    `${header}\n${extra}\nA journalist was arrested.\n\nMr. Ivan Petrov\nul. Lenina 1\nMoscow\n\nDear Mr. Petrov,\n\nRelease him.\n\nYours sincerely,\n`;

  it.each([
    ['UA: Peru 106.23', 'UA 106.23', 'PE', undefined],
    ['Urgent Action: Iran (UA 12.24)', 'UA 12.24', 'IR', undefined],
    ['UA 45/24 Egypt', 'UA 45/24', 'EG', undefined],
    ['Second Urgent Action: Peru (UA 106.23)', 'UA 106.23', 'PE', 2],
    ['UA: 12/24 Index: MDE 13/7420/2024 Iran Date: 3 March 2024', 'UA 12/24', 'IR', undefined],
  ])('reads the header "%s"', (header, reference, country, sequence) => {
    const result = parseUrgentActionText(base(header));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.item._urgent_action).toMatchObject({ reference, country });
    expect(result.item._urgent_action.sequence).toBe(sequence);
  });

  it('reads a deadline without a year relative to now, and notes it', () => {
    const result = parseUrgentActionText(base('UA: Russia 1.25', 'Please take action before 3 March'), {
      now: new Date('2026-12-20T00:00:00Z'),
    });
    expect(result.ok && result.item._urgent_action.ends_at).toBe('2027-03-03');
    expect(result.ok && result.notes.map((note) => note.code)).toContain('deadline-year-assumed');
  });

  it('notes a letter without closing, and an unknown country', () => {
    const text = 'UA 7/25 Atlantis\n\nMr. Ivan Petrov\nul. Lenina 1\n\nDear Mr. Petrov,\n\nRelease him.\n';
    const result = parseUrgentActionText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.item._urgent_action.letter).toEqual({ subject: 'UA 7/25', body: 'Release him.' });
    expect(result.item._urgent_action.country).toBeUndefined();
    expect(result.notes.map((note) => note.code)).toEqual(
      expect.arrayContaining(['no-closing', 'no-country', 'no-deadline', 'title-derived']),
    );
  });

  it('gives repeated names distinct ids', () => {
    const text = 'UA 7/25 Peru\n\nMr. Juan Pérez\nLima 1\n\nMr. Juan Perez\nLima 2\n\nDear Sir,\n\nAct.\n\nYours sincerely,\n';
    const result = parseUrgentActionText(text);
    expect(result.ok && result.item._urgent_action.targets.map((target) => target.id)).toEqual(['juan-perez', 'juan-perez-2']);
  });
});

describe('parseUrgentActionText: Spanish, French, emails and outlines', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const spanish = [
    'Inicio > Actúa > Acciones urgentes',
    'Primera AU 047/24: 047/24 | Índice: AMR 41/8075/2024 | México',
    'Acción Urgente',
    'Defensoras vigiladas por las autoridades',
    '',
    'Tres defensoras de derechos humanos fueron vigiladas de forma ilegal por la fiscalía durante años.',
    '',
    'Actúa antes del 10 de febrero de 2027.',
    '',
    'Fiscal General de México Alejandro Gertz Manero',
    'Dr. Velasco 175, Colonia Doctores',
    '06720 Ciudad de México',
    'X: @FGRMexico',
    'Correo-e: fiscal@fgr.org.mx',
    '',
    'Fiscal General de México:',
    '',
    'Me dirijo a usted para expresarle mi preocupación por las tres defensoras.',
    '',
    'Le pido que detenga toda investigación arbitraria contra ellas.',
    '',
    'Atentamente,',
  ].join('\n');

  it('reads a Spanish page', () => {
    const result = parseUrgentActionText(spanish, { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ua = result.item._urgent_action;
    expect(ua).toMatchObject({ reference: 'AU 047/24', sequence: 1, country: 'MX', ends_at: '2027-02-10' });
    expect(ua.targets).toEqual([
      {
        id: 'alejandro-gertz-manero',
        name: 'Alejandro Gertz Manero',
        title: 'Fiscal General de México',
        address: ['Dr. Velasco 175, Colonia Doctores', '06720 Ciudad de México'],
        email: 'fiscal@fgr.org.mx',
        twitter: 'FGRMexico',
        salutation: 'Fiscal General de México:',
      },
    ]);
    expect(ua.letter).toMatchObject({ body: expect.stringMatching(/^Me dirijo .* contra ellas\.$/s), closing: 'Atentamente,' });
    expect(result.evidence).toMatchObject({
      reference: 'Primera AU 047/24: 047/24 | Índice: AMR 41/8075/2024 | México',
      sequence: 'Primera AU 047/24: 047/24 | Índice: AMR 41/8075/2024 | México',
      ends_at: 'Actúa antes del 10 de febrero de 2027.',
      'targets.0.name': 'Fiscal General de México Alejandro Gertz Manero',
      'targets.0.email': 'Correo-e: fiscal@fgr.org.mx',
      'targets.0.salutation': 'Fiscal General de México:',
      'letter.body': 'Me dirijo a usted para expresarle mi preocupación por las tres defensoras.',
      'letter.closing': 'Atentamente,',
    });
  });

  it('reads a French page copied onto few lines', () => {
    const text = [
      'Action urgente – Tunisie – AU 364/12',
      'Deuxième action urgente. Agissez avant le 1er mars 2027.',
      'Un avocat a été condamné pour ses propos à la radio.',
      'M. Kaïs Saïed Président de la République Palais de Carthage, Tunis Courriel : contact@carthage.tn Twitter : @TnPresidency',
      'Modèle de lettre Monsieur le Président, Je vous écris pour vous demander de libérer cet avocat sans délai. Veuillez agréer, Monsieur le Président, l’expression de ma haute considération.',
    ].join('\n');
    const result = parseUrgentActionText(text, { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ua = result.item._urgent_action;
    expect(ua).toMatchObject({ reference: 'AU 364/12', sequence: 2, country: 'TN', ends_at: '2027-03-01' });
    expect(ua.targets).toEqual([
      {
        id: 'kais-saied',
        name: 'M. Kaïs Saïed',
        title: 'Président de la République',
        address: ['Palais de Carthage, Tunis'],
        email: 'contact@carthage.tn',
        twitter: 'TnPresidency',
        salutation: 'Monsieur le Président,',
      },
    ]);
    expect(ua.letter).toMatchObject({
      body: 'Je vous écris pour vous demander de libérer cet avocat sans délai.',
      closing: 'Veuillez agréer, Monsieur le Président, l’expression de ma haute considération.',
    });
  });

  it('reads a pasted email, leaving out its headers and the greeting to the supporter', () => {
    const text = [
      '---------- Forwarded message ---------',
      'From: Urgent Action Network <ua@example.org>',
      'Date: Mon, 3 Mar 2027 at 10:00',
      'Subject: UA 12/24: Free Sepideh',
      'To: <jane@example.com>',
      '',
      '> Dear Jane,',
      '>',
      '> Today we ask you to write for Sepideh. Please take action before 3 April 2027.',
      '>',
      '> Mr. Ali Bahreini',
      '> Permanent Representative of Iran to the UN',
      '> Email: mission.iran@example.org',
      '>',
      '> Sample letter',
      '> Your Excellency,',
      '> I am writing to ask you to release Sepideh.',
      '> Yours sincerely,',
    ].join('\n');
    const result = parseUrgentActionText(text, { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ua = result.item._urgent_action;
    expect(ua).toMatchObject({ reference: 'UA 12/24', ends_at: '2027-04-03' });
    expect(ua.targets).toMatchObject([{ name: 'Mr. Ali Bahreini', email: 'mission.iran@example.org', salutation: 'Your Excellency,' }]);
    expect(ua.letter).toMatchObject({ body: 'I am writing to ask you to release Sepideh.', closing: 'Yours sincerely,' });
    expect(JSON.stringify(result.item)).not.toContain('jane@example.com');
  });

  it('keeps talking points as an outline for the supporter to write', () => {
    const text = [
      'UA 33/25 Iran',
      '',
      'A student was arrested. Write to the official in your own words, calling on them to:',
      '• release him immediately;',
      '• let him see his family.',
      '',
      'Head of the Judiciary',
      'Gholamhossein Mohseni Ejei',
      'Email: info@example.ir',
      'Salutation: Your Excellency',
    ].join('\n');
    const result = parseUrgentActionText(text, { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.item._urgent_action.letter).toEqual({
      subject: expect.any(String),
      body: '- release him immediately;\n- let him see his family.',
      outline: true,
    });
    expect(result.item._urgent_action.targets[0]).toMatchObject({ salutation: 'Your Excellency' });
    expect(result.notes.map((note) => note.code)).toContain('letter-outline');
    expect(result.evidence['letter.outline']).toBe('A student was arrested. Write to the official in your own words, calling on them to:');
  });
});

describe('the title', () => {
  it('is the "Country: news" headline, not the site chrome above it, when the number is stated only at the end', () => {
    const text = [
      'Example Rights Section',
      'Menu   News   Act   Donate',
      '',
      'Chile: student leader held without charge',
      '',
      'A student leader has been held since 3 March without charge, and his family has not been told where.',
      '',
      'Write to the Prosecutor before 20 April 2027.',
      '',
      'Prosecutor Ana Example',
      'Email: fiscal@example.org',
      '',
      'Dear Prosecutor,',
      'Please release the student leader at once.',
      'Yours sincerely,',
      '',
      'Let us know the actions you took on Urgent Action 31.27.',
    ].join('\n');
    const result = parseUrgentActionText(text, { now: new Date('2027-03-10T12:00:00Z') });
    expect(result.ok && result.item.title).toBe('Chile: student leader held without charge');
    expect(result.ok && result.item._urgent_action?.reference).toBe('UA 31.27');
  });
});

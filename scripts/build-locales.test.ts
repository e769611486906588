import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toChromeMessages } from './build-locales';

type Source = Record<string, [string, string]>;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

const languages = readdirSync(join(root, 'locales'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));
const english = readJson<Source>('locales/en.json');

/** The $1..$9 a message uses, as a sorted list. */
const substitutions = (text: string): string[] => [...new Set(text.match(/\$\d/g) ?? [])].sort();

describe('locales', () => {
  it('has English, Spanish and French', () => {
    expect(languages.sort()).toEqual(['en', 'es', 'fr']);
  });

  describe.each(languages.filter((language) => language !== 'en'))('locales/%s.json', (language) => {
    const source = readJson<Source>(`locales/${language}.json`);

    it('has exactly the keys of en.json', () => {
      const keys = Object.keys(source);
      expect(
        Object.keys(english).filter((key) => !keys.includes(key)),
        'keys to translate',
      ).toEqual([]);
      expect(
        keys.filter((key) => !(key in english)),
        'keys no longer in English',
      ).toEqual([]);
    });

    it('has a [text, description] pair for each key, with some text', () => {
      for (const [key, value] of Object.entries(source)) {
        expect(Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string'), key).toBe(true);
        expect(value[0].trim(), key).not.toBe('');
      }
    });

    it('uses the same $n substitutions as English in each message', () => {
      const mismatches = Object.keys(english)
        .filter((key) => key in source)
        .filter((key) => substitutions(english[key]![0]).join() !== substitutions(source[key]![0]).join())
        .map(
          (key) =>
            `${key}: en ${substitutions(english[key]![0]).join() || 'none'}, ${language} ${substitutions(source[key]![0]).join() || 'none'}`,
        );
      expect(mismatches).toEqual([]);
    });
  });

  describe('locales/fr.json', () => {
    const french = readJson<Source>('locales/fr.json');
    /** Quoted examples stay as the English pages write them: "« UA: Peru 106.23 »". */
    const outsideQuotes = (text: string): string => text.replace(/«[^»]*»/g, '«\u00a0…\u00a0»');

    it('puts a no-break space before a colon, and a narrow one before ; ? and !', () => {
      const wrong = Object.entries(french)
        .filter(([, [text]]) => /[^\u00a0]:|[^\u202f][;?!]/.test(outsideQuotes(text)))
        .map(([key, [text]]) => `${key}: ${text}`);
      expect(wrong).toEqual([]);
    });

    it('uses « » with no-break spaces inside, and the typographic apostrophe', () => {
      const wrong = Object.entries(french)
        .filter(([, [text]]) => /«(?!\u00a0)|(?<!\u00a0)»|["']/.test(text))
        .map(([key, [text]]) => `${key}: ${text}`);
      expect(wrong).toEqual([]);
    });
  });

  describe.each(languages)('public/_locales/%s/messages.json', (language) => {
    it('is what scripts/build-locales.ts makes from locales/ (run `npx tsx scripts/build-locales.ts`)', () => {
      const built = readJson<unknown>(`public/_locales/${language}/messages.json`);
      expect(built).toEqual(toChromeMessages(readJson<Source>(`locales/${language}.json`)));
    });
  });
});

describe('toChromeMessages', () => {
  it('turns $n into named placeholders', () => {
    expect(toChromeMessages({ endsWhen: ['Ends $1', ''] })).toEqual({
      endsWhen: { message: 'Ends $ARG1$', placeholders: { arg1: { content: '$1' } } },
    });
  });

  it('keeps descriptions, and declares each placeholder once', () => {
    expect(toChromeMessages({ entry: ['$2: $1 and $1', 'two subs'], plain: ['Back', ''] })).toEqual({
      entry: {
        message: '$ARG2$: $ARG1$ and $ARG1$',
        description: 'two subs',
        placeholders: { arg2: { content: '$2' }, arg1: { content: '$1' } },
      },
      plain: { message: 'Back' },
    });
  });
});

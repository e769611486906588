import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t, tCount } from './i18n';

describe('UI strings', () => {
  it('fill substitutions into the shipped English messages', () => {
    expect(t('feedProblem', ['Org A', 'did not answer within 10 seconds.'])).toBe('Org A did not answer within 10 seconds.');
  });

  it('choose the singular or plural message by the count', () => {
    const forms = { one: 'totalActionsTakenOne', other: 'totalActionsTakenOther' } as const;
    expect(tCount(1, forms, ['1'])).toBe('You have taken 1 action so far.');
    expect(tCount(0, forms, ['0'])).toBe('You have taken 0 actions so far.');
    expect(tCount(12, forms, ['12'])).toBe('You have taken 12 actions so far.');
  });
});

describe('UI strings in a French browser', () => {
  const french = JSON.parse(readFileSync(resolve('locales/fr.json'), 'utf8')) as Record<string, [string, string]>;

  function inFrench(): void {
    Object.assign(fakeBrowser.i18n, {
      getUILanguage: () => 'fr',
      getMessage: (key: string, substitutions: string[] = []) =>
        french[key]?.[0].replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '') ?? '',
    });
  }

  it('use the singular for 0 and 1, as French does', () => {
    inFrench();
    const forms = { one: 'totalActionsTakenOne', other: 'totalActionsTakenOther' } as const;
    expect(tCount(0, forms, ['0'])).toBe('Vous avez mené 0 action jusqu’ici.');
    expect(tCount(1, forms, ['1'])).toBe('Vous avez mené 1 action jusqu’ici.');
    expect(tCount(2, forms, ['2'])).toBe('Vous avez mené 2 actions jusqu’ici.');
  });

  it('choose the form by the count the message names, not the first number', () => {
    inFrench();
    const forms = { one: 'officialsContactedOne', other: 'officialsContactedOther' } as const;
    expect(tCount(1, forms, ['0', '1'])).toBe('0 sur 1 destinataire contacté');
    expect(tCount(3, forms, ['1', '3'])).toBe('1 sur 3 destinataires contactés');
  });
});

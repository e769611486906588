import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    ['The journalist was arrested for his work and is held in prison.', 'en'],
    ['El periodista fue detenido por su trabajo y está en la cárcel con los demás.', 'es'],
    ['Le journaliste a été arrêté pour son travail et il est détenu dans une prison.', 'fr'],
    ['', 'en'],
  ] as const)('"%s" is %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

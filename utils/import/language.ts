/**
 * Which of the importer's languages a text is written in, from its most
 * frequent small words. Spanish and French share "de", "la", "en": only words
 * that tell them apart count.
 */
export type Language = 'en' | 'es' | 'fr';

const markers: Record<Language, ReadonlySet<string>> = {
  en: new Set([
    'the',
    'and',
    'of',
    'to',
    'is',
    'for',
    'with',
    'that',
    'his',
    'her',
    'was',
    'has',
    'been',
    'on',
    'be',
    'are',
    'we',
    'you',
    'your',
  ]),
  es: new Set(['el', 'los', 'las', 'del', 'y', 'que', 'por', 'con', 'una', 'para', 'su', 'sus', 'ha', 'fue', 'está', 'como', 'al', 'lo']),
  fr: new Set([
    'le',
    'les',
    'des',
    'du',
    'et',
    'est',
    'dans',
    'une',
    'pour',
    'avec',
    'qui',
    'au',
    'aux',
    'sur',
    'il',
    'elle',
    'ont',
    'été',
    'vous',
    'pas',
  ]),
};

export function detectLanguage(text: string): Language {
  const counts: Record<Language, number> = { en: 0, es: 0, fr: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const language of ['en', 'es', 'fr'] as const) if (markers[language].has(word)) counts[language]++;
  }
  // English wins ties: the importer's first language, and the seed's.
  if (counts.es > counts.en && counts.es >= counts.fr) return 'es';
  if (counts.fr > counts.en && counts.fr > counts.es) return 'fr';
  return 'en';
}

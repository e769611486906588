/**
 * Country names in Spanish and French, from the platform's own region names
 * (Intl.DisplayNames), for the countries the English table knows, plus the
 * spellings pages use that the platform does not give.
 */
import { countryCodes, foldName } from './country-codes';

const extraNames: Record<string, readonly string[]> = {
  SA: ['Arabia Saudita'],
  US: ['EE. UU.', 'EEUU', 'EE.UU.', 'USA'],
  RU: ['Federación de Rusia', 'Fédération de Russie'],
  KR: ['Corea del Sur', 'Corée du Sud'],
  KP: ['Corea del Norte', 'Corée du Nord'],
  CD: ['RDC', 'RD Congo', 'République démocratique du Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville', 'République du Congo'],
  CF: ['Centrafrique', 'República Centroafricana'],
  HK: ['Hong Kong', 'Hong-Kong'],
  GB: ['Reino Unido', 'Royaume-Uni'],
  PS: ['Palestina', 'Palestine', 'Territorios Palestinos Ocupados', 'Territoires palestiniens occupés'],
  VN: ['Vietnam', 'Viêt Nam', 'Viêt-Nam'],
  MM: ['Birmania', 'Birmanie'],
  BY: ['Bielorrusia', 'Biélorussie'],
};

let table: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (table) return table;
  table = new Map();
  const displays = ['es', 'fr'].map((locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));
  for (const code of countryCodes()) {
    for (const display of displays) {
      const name = display.of(code);
      if (name) table.set(foldName(name), code);
    }
    for (const name of extraNames[code] ?? []) table.set(foldName(name), code);
  }
  return table;
}

/** The code of a country named in Spanish or French, if known. */
export function countryCodeInOtherLanguages(name: string): string | undefined {
  return names().get(foldName(name));
}

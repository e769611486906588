/**
 * English country names, with the spellings urgent actions commonly use, to
 * ISO 3166-1 alpha-2 codes. Names are compared without case, accents and
 * punctuation, so "Perú" matches "Peru" and "Côte d’Ivoire" "Cote d'Ivoire".
 * All-capital abbreviations (USA, UK, DRC) only match as written, so that the
 * word "us" is not read as the United States.
 */
const countryNames: Record<string, readonly string[]> = {
  AD: ['Andorra'],
  AE: ['United Arab Emirates', 'UAE'],
  AF: ['Afghanistan'],
  AG: ['Antigua and Barbuda'],
  AI: ['Anguilla'],
  AL: ['Albania'],
  AM: ['Armenia'],
  AO: ['Angola'],
  AQ: ['Antarctica'],
  AR: ['Argentina'],
  AS: ['American Samoa'],
  AT: ['Austria'],
  AU: ['Australia'],
  AW: ['Aruba'],
  AX: ['Åland Islands'],
  AZ: ['Azerbaijan'],
  BA: ['Bosnia and Herzegovina', 'Bosnia-Herzegovina', 'Bosnia'],
  BB: ['Barbados'],
  BD: ['Bangladesh'],
  BE: ['Belgium'],
  BF: ['Burkina Faso'],
  BG: ['Bulgaria'],
  BH: ['Bahrain'],
  BI: ['Burundi'],
  BJ: ['Benin'],
  BL: ['Saint Barthélemy', 'St. Barthélemy'],
  BM: ['Bermuda'],
  BN: ['Brunei', 'Brunei Darussalam'],
  BO: ['Bolivia', 'Bolivia (Plurinational State of)', 'Plurinational State of Bolivia'],
  BQ: ['Bonaire, Sint Eustatius and Saba', 'Caribbean Netherlands'],
  BR: ['Brazil', 'Brasil'],
  BS: ['Bahamas', 'The Bahamas'],
  BT: ['Bhutan'],
  BV: ['Bouvet Island'],
  BW: ['Botswana'],
  BY: ['Belarus', 'Republic of Belarus'],
  BZ: ['Belize'],
  CA: ['Canada'],
  CC: ['Cocos (Keeling) Islands', 'Cocos Islands'],
  CD: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DR Congo', 'DRC', 'Congo (Kinshasa)', 'Congo-Kinshasa'],
  CF: ['Central African Republic', 'CAR'],
  CG: ['Republic of the Congo', 'Republic of Congo', 'Congo', 'Congo (Brazzaville)', 'Congo-Brazzaville'],
  CH: ['Switzerland'],
  CI: ["Côte d'Ivoire", 'Ivory Coast'],
  CK: ['Cook Islands'],
  CL: ['Chile'],
  CM: ['Cameroon'],
  CN: ['China', "People's Republic of China", 'PRC'],
  CO: ['Colombia'],
  CR: ['Costa Rica'],
  CU: ['Cuba'],
  CV: ['Cabo Verde', 'Cape Verde'],
  CW: ['Curaçao'],
  CX: ['Christmas Island'],
  CY: ['Cyprus'],
  CZ: ['Czechia', 'Czech Republic'],
  DE: ['Germany'],
  DJ: ['Djibouti'],
  DK: ['Denmark'],
  DM: ['Dominica'],
  DO: ['Dominican Republic'],
  DZ: ['Algeria'],
  EC: ['Ecuador'],
  EE: ['Estonia'],
  EG: ['Egypt', 'Arab Republic of Egypt'],
  EH: ['Western Sahara'],
  ER: ['Eritrea'],
  ES: ['Spain', 'España'],
  ET: ['Ethiopia'],
  FI: ['Finland'],
  FJ: ['Fiji'],
  FK: ['Falkland Islands', 'Falkland Islands (Malvinas)'],
  FM: ['Micronesia', 'Federated States of Micronesia', 'Micronesia (Federated States of)'],
  FO: ['Faroe Islands'],
  FR: ['France'],
  GA: ['Gabon'],
  GB: ['United Kingdom', 'UK', 'Great Britain', 'Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  GD: ['Grenada'],
  GE: ['Georgia'],
  GF: ['French Guiana'],
  GG: ['Guernsey'],
  GH: ['Ghana'],
  GI: ['Gibraltar'],
  GL: ['Greenland'],
  GM: ['Gambia', 'The Gambia'],
  GN: ['Guinea'],
  GP: ['Guadeloupe'],
  GQ: ['Equatorial Guinea'],
  GR: ['Greece'],
  GS: ['South Georgia and the South Sandwich Islands'],
  GT: ['Guatemala'],
  GU: ['Guam'],
  GW: ['Guinea-Bissau'],
  GY: ['Guyana'],
  HK: ['Hong Kong', 'Hong Kong SAR', 'Hong Kong SAR China'],
  HM: ['Heard Island and McDonald Islands'],
  HN: ['Honduras'],
  HR: ['Croatia'],
  HT: ['Haiti'],
  HU: ['Hungary'],
  ID: ['Indonesia'],
  IE: ['Ireland'],
  IL: ['Israel'],
  IM: ['Isle of Man'],
  IN: ['India'],
  IO: ['British Indian Ocean Territory'],
  IQ: ['Iraq'],
  IR: ['Iran', 'Islamic Republic of Iran', 'Iran (Islamic Republic of)'],
  IS: ['Iceland'],
  IT: ['Italy'],
  JE: ['Jersey'],
  JM: ['Jamaica'],
  JO: ['Jordan'],
  JP: ['Japan'],
  KE: ['Kenya'],
  KG: ['Kyrgyzstan', 'Kyrgyz Republic'],
  KH: ['Cambodia'],
  KI: ['Kiribati'],
  KM: ['Comoros'],
  KN: ['Saint Kitts and Nevis', 'St. Kitts and Nevis'],
  KP: ['North Korea', "Democratic People's Republic of Korea", 'DPRK', "Korea (Democratic People's Republic of)"],
  KR: ['South Korea', 'Republic of Korea', 'Korea (Republic of)', 'Korea'],
  KW: ['Kuwait'],
  KY: ['Cayman Islands'],
  KZ: ['Kazakhstan'],
  LA: ['Laos', "Lao People's Democratic Republic", 'Lao PDR'],
  LB: ['Lebanon'],
  LC: ['Saint Lucia', 'St. Lucia'],
  LI: ['Liechtenstein'],
  LK: ['Sri Lanka'],
  LR: ['Liberia'],
  LS: ['Lesotho'],
  LT: ['Lithuania'],
  LU: ['Luxembourg'],
  LV: ['Latvia'],
  LY: ['Libya'],
  MA: ['Morocco'],
  MC: ['Monaco'],
  MD: ['Moldova', 'Republic of Moldova'],
  ME: ['Montenegro'],
  MF: ['Saint Martin', 'St. Martin'],
  MG: ['Madagascar'],
  MH: ['Marshall Islands'],
  MK: ['North Macedonia', 'Macedonia'],
  ML: ['Mali'],
  MM: ['Myanmar', 'Burma'],
  MN: ['Mongolia'],
  MO: ['Macao', 'Macau', 'Macao SAR'],
  MP: ['Northern Mariana Islands'],
  MQ: ['Martinique'],
  MR: ['Mauritania'],
  MS: ['Montserrat'],
  MT: ['Malta'],
  MU: ['Mauritius'],
  MV: ['Maldives'],
  MW: ['Malawi'],
  MX: ['Mexico', 'México'],
  MY: ['Malaysia'],
  MZ: ['Mozambique'],
  NA: ['Namibia'],
  NC: ['New Caledonia'],
  NE: ['Niger'],
  NF: ['Norfolk Island'],
  NG: ['Nigeria'],
  NI: ['Nicaragua'],
  NL: ['Netherlands', 'The Netherlands', 'Holland'],
  NO: ['Norway'],
  NP: ['Nepal'],
  NR: ['Nauru'],
  NU: ['Niue'],
  NZ: ['New Zealand', 'Aotearoa New Zealand'],
  OM: ['Oman'],
  PA: ['Panama', 'Panamá'],
  PE: ['Peru'],
  PF: ['French Polynesia'],
  PG: ['Papua New Guinea'],
  PH: ['Philippines', 'The Philippines'],
  PK: ['Pakistan'],
  PL: ['Poland'],
  PM: ['Saint Pierre and Miquelon'],
  PN: ['Pitcairn', 'Pitcairn Islands'],
  PR: ['Puerto Rico'],
  PS: ['Palestine', 'State of Palestine', 'Occupied Palestinian Territories', 'Occupied Palestinian Territory', 'Palestinian Territories'],
  PT: ['Portugal'],
  PW: ['Palau'],
  PY: ['Paraguay'],
  QA: ['Qatar'],
  RE: ['Réunion'],
  RO: ['Romania'],
  RS: ['Serbia'],
  RU: ['Russia', 'Russian Federation'],
  RW: ['Rwanda'],
  SA: ['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'],
  SB: ['Solomon Islands'],
  SC: ['Seychelles'],
  SD: ['Sudan'],
  SE: ['Sweden'],
  SG: ['Singapore'],
  SH: ['Saint Helena', 'Saint Helena, Ascension and Tristan da Cunha'],
  SI: ['Slovenia'],
  SJ: ['Svalbard and Jan Mayen'],
  SK: ['Slovakia'],
  SL: ['Sierra Leone'],
  SM: ['San Marino'],
  SN: ['Senegal'],
  SO: ['Somalia'],
  SR: ['Suriname'],
  SS: ['South Sudan'],
  ST: ['São Tomé and Príncipe', 'Sao Tome and Principe'],
  SV: ['El Salvador'],
  SX: ['Sint Maarten'],
  SY: ['Syria', 'Syrian Arab Republic'],
  SZ: ['Eswatini', 'Swaziland'],
  TC: ['Turks and Caicos Islands'],
  TD: ['Chad'],
  TF: ['French Southern Territories'],
  TG: ['Togo'],
  TH: ['Thailand'],
  TJ: ['Tajikistan'],
  TK: ['Tokelau'],
  TL: ['Timor-Leste', 'East Timor'],
  TM: ['Turkmenistan'],
  TN: ['Tunisia'],
  TO: ['Tonga'],
  TR: ['Türkiye', 'Turkey', 'Turkiye'],
  TT: ['Trinidad and Tobago'],
  TV: ['Tuvalu'],
  TW: ['Taiwan'],
  TZ: ['Tanzania', 'United Republic of Tanzania'],
  UA: ['Ukraine'],
  UG: ['Uganda'],
  UM: ['United States Minor Outlying Islands'],
  US: ['United States', 'United States of America', 'USA', 'US', 'U.S.', 'U.S.A.'],
  UY: ['Uruguay'],
  UZ: ['Uzbekistan'],
  VA: ['Holy See', 'Vatican City', 'Vatican'],
  VC: ['Saint Vincent and the Grenadines', 'St. Vincent and the Grenadines'],
  VE: ['Venezuela', 'Venezuela (Bolivarian Republic of)', 'Bolivarian Republic of Venezuela'],
  VG: ['British Virgin Islands'],
  VI: ['United States Virgin Islands', 'U.S. Virgin Islands'],
  VN: ['Viet Nam', 'Vietnam'],
  VU: ['Vanuatu'],
  WF: ['Wallis and Futuna'],
  WS: ['Samoa'],
  // Not assigned by ISO, but the code the EU, the UN's agencies and most registries use.
  XK: ['Kosovo'],
  YE: ['Yemen'],
  YT: ['Mayotte'],
  ZA: ['South Africa'],
  ZM: ['Zambia'],
  ZW: ['Zimbabwe'],
};

/** Lower case, no accents, every run of other characters one space. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const isAbbreviation = (name: string) => /^[A-Z.]+$/.test(name);

const byFoldedName = new Map<string, string>();
const byAbbreviation = new Map<string, string>();
for (const [code, names] of Object.entries(countryNames)) {
  for (const name of names) {
    if (isAbbreviation(name)) byAbbreviation.set(name.replace(/\./g, ''), code);
    else byFoldedName.set(foldName(name), code);
  }
}

/** Every code the table knows. */
export function countryCodes(): string[] {
  return Object.keys(countryNames);
}

/** The ISO 3166-1 alpha-2 code of a country named in English (or, given `otherNames`, another language), if known. */
export function countryCode(name: string, otherNames?: (name: string) => string | undefined): string | undefined {
  const trimmed = name.trim();
  const abbreviation = byAbbreviation.get(trimmed.replace(/\./g, ''));
  if (abbreviation) return abbreviation;
  // Only words that start in capitals can name a country: the many other spans of a text need no folding.
  if (!/^(?:[Tt]he\s+)?[\p{Lu}\p{Lt}]/u.test(trimmed)) return undefined;
  const folded = foldName(trimmed);
  return byFoldedName.get(folded) ?? otherNames?.(trimmed);
}

export interface CountryMatch {
  code: string;
  /** The name as the text writes it. */
  name: string;
  start: number;
  end: number;
}

const longestName = 9;

/** The longest country name in a short text such as a header line, first one first. */
export function findCountry(text: string, otherNames?: (name: string) => string | undefined): CountryMatch | undefined {
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].replace(/[.]+$/, '').length,
  }));
  let best: CountryMatch | undefined;
  for (let first = 0; first < words.length; first++) {
    for (let count = Math.min(longestName, words.length - first); count >= 1; count--) {
      const start = words[first]!.start;
      const end = words[first + count - 1]!.end;
      const name = text.slice(start, end);
      const code = countryCode(name, otherNames);
      if (code && (!best || name.length > best.name.length)) best = { code, name, start, end };
      if (code) break;
    }
  }
  return best;
}

// Country names for detection, by ISO 3166-1 alpha-2 code: the first French and English name is
// the display name, the others are variants. Articles and prepositions need no entry (« du
// Kazakhstan », « de l’Ouzbékistan », « au Tadjikistan » match on the name, whose boundary the
// apostrophe or the space provides); accents and case are folded by the matcher, so « Ouzbekistan »
// matches too. Upper-case short forms (US, UK, USA) only match in upper case.
// Covers the EU, EFTA, the United Kingdom, the United States, Canada, Japan, China, India,
// Brazil and the five Central Asian countries; add a line to add a country.

export interface CountryNames {
  fr: readonly string[];
  en: readonly string[];
  /** Forms that only match written exactly in upper case. */
  codes?: readonly string[];
}

export const countryNames: Readonly<Record<string, CountryNames>> = {
  AT: { fr: ['Autriche'], en: ['Austria'] },
  BE: { fr: ['Belgique'], en: ['Belgium'] },
  BG: { fr: ['Bulgarie'], en: ['Bulgaria'] },
  HR: { fr: ['Croatie'], en: ['Croatia'] },
  CY: { fr: ['Chypre'], en: ['Cyprus'] },
  CZ: { fr: ['Tchéquie', 'République tchèque'], en: ['Czechia', 'Czech Republic'] },
  DK: { fr: ['Danemark'], en: ['Denmark'] },
  EE: { fr: ['Estonie'], en: ['Estonia'] },
  FI: { fr: ['Finlande'], en: ['Finland'] },
  FR: { fr: ['France'], en: ['France'] },
  DE: { fr: ['Allemagne'], en: ['Germany'] },
  GR: { fr: ['Grèce'], en: ['Greece'] },
  HU: { fr: ['Hongrie'], en: ['Hungary'] },
  IE: { fr: ['Irlande', 'République d’Irlande'], en: ['Ireland', 'Republic of Ireland'] },
  IT: { fr: ['Italie'], en: ['Italy'] },
  LV: { fr: ['Lettonie'], en: ['Latvia'] },
  LT: { fr: ['Lituanie'], en: ['Lithuania'] },
  LU: { fr: ['Luxembourg', 'Grand-Duché de Luxembourg'], en: ['Luxembourg'] },
  MT: { fr: ['Malte'], en: ['Malta'] },
  NL: { fr: ['Pays-Bas'], en: ['Netherlands'] },
  PL: { fr: ['Pologne'], en: ['Poland'] },
  PT: { fr: ['Portugal'], en: ['Portugal'] },
  RO: { fr: ['Roumanie'], en: ['Romania'] },
  SK: { fr: ['Slovaquie'], en: ['Slovakia'] },
  SI: { fr: ['Slovénie'], en: ['Slovenia'] },
  ES: { fr: ['Espagne'], en: ['Spain'] },
  SE: { fr: ['Suède'], en: ['Sweden'] },
  IS: { fr: ['Islande'], en: ['Iceland'] },
  LI: { fr: ['Liechtenstein'], en: ['Liechtenstein'] },
  NO: { fr: ['Norvège'], en: ['Norway'] },
  CH: { fr: ['Suisse', 'Confédération suisse'], en: ['Switzerland'] },
  GB: {
    fr: ['Royaume-Uni', 'Grande-Bretagne', 'Irlande du Nord'],
    en: ['United Kingdom', 'Great Britain', 'Britain', 'Northern Ireland'],
    codes: ['UK', 'U.K.'],
  },
  US: {
    fr: ['États-Unis', 'États-Unis d’Amérique'],
    en: ['United States', 'United States of America'],
    codes: ['US', 'USA', 'U.S.', 'U.S.A.'],
  },
  CA: { fr: ['Canada'], en: ['Canada'] },
  JP: { fr: ['Japon'], en: ['Japan'] },
  CN: {
    fr: ['Chine', 'République populaire de Chine'],
    en: ['China', 'People’s Republic of China'],
  },
  IN: { fr: ['Inde'], en: ['India'] },
  BR: { fr: ['Brésil'], en: ['Brazil'] },
  KZ: { fr: ['Kazakhstan'], en: ['Kazakhstan', 'Kazakstan'] },
  KG: {
    fr: ['Kirghizistan', 'Kirghizstan', 'Kirghizie'],
    en: ['Kyrgyzstan', 'Kyrgyz Republic', 'Kirghizia'],
  },
  TJ: { fr: ['Tadjikistan'], en: ['Tajikistan'] },
  TM: { fr: ['Turkménistan'], en: ['Turkmenistan'] },
  UZ: { fr: ['Ouzbékistan'], en: ['Uzbekistan'] },
};

/**
 * Phrases that contain a country's name but are not the country; they hide it (longest match
 * wins). The Belgian province of Luxembourg is the classic trap of Walloon news.
 */
export const notCountries: readonly string[] = [
  'province de Luxembourg',
  'province du Luxembourg',
  'province of Luxembourg',
  'Luxembourg province',
  'Luxembourg belge',
  'Belgian Luxembourg',
];

/** Names that are also common adjectives (« une entreprise suisse »): they match capitalised only. */
export const capitalisedOnly: ReadonlySet<string> = new Set(['Suisse']);

/** The display name of a country in a locale (English for any locale but French), else the code. */
export function countryName(code: string, locale: string): string {
  const names = countryNames[code.toUpperCase()];
  if (!names) return code;
  return (locale === 'fr' ? names.fr[0] : names.en[0]) ?? code;
}

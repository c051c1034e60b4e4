// Reading the name of an unknown person or organisation around a role pattern, word by word:
// « Jean-Pierre Chisogne », « Amélie de Froidmont », « VAN OOST Joris »; « Orbitex Systems »,
// « Centre wallon d’essais aéronautiques ». Heuristics for suggestions, which an editor checks.
import { isAcronymLike, isCapitalised, isUpperWord, type Token } from './text.js';

const words = (s: string) => new Set(s.split(' '));

/** Capitalised words that start sentences but never names (folded). */
const notNames = words(
  'le la les l un une des du de d au aux a avec pour selon par chez dans en et mais puis ensuite ' +
    'enfin ce cette ces son sa ses leur leurs notre nos votre vos il elle ils elles nous vous on ' +
    'apres avant pendant lors depuis quand lorsque si comme ainsi aussi alors des sous sur vers ' +
    'entre contre the an with for according by in on at and but then this that these those its ' +
    'their our his her from to as after before during also today we they he she it lundi mardi ' +
    'mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday ' +
    'sunday january february march april may june july august september october november ' +
    'december madame monsieur',
);
const honorifics = words('m mme mlle mr mrs ms dr pr prof sir');
export const nameParticles = words('de du des d la le van der den von ten ter da di del della');
const connectors = words('de du des d la le l les et and of the for fur y en a aux au pour und');
/** First words of institutional names that go on in lower case (« Institut scientifique … »). */
const institutionHeads = words(
  'institut institute centre center universite university agence agency service office ' +
    'direction departement department ecole school laboratoire laboratory fondation foundation ' +
    'association societe federation conseil council ministere ministry observatoire ' +
    'observatory pole union commission chambre bureau academie academy haute',
);
/** Words that end a lower-case stretch of an institutional name (verbs, relatives, links). */
const clauseWords = words(
  'a ont est sont qui que dont depuis pour avec sur dans lors et ou mais was is has have who ' +
    'which that since with for in on at and or but',
);

export const joinsNames = (sep: string) => sep === ' ' || sep === '-' || sep === "'";

function isNameWord(t: Token): boolean {
  return (
    isCapitalised(t.text) &&
    !/\p{N}/u.test(t.text) &&
    (!isAcronymLike(t.text) || isUpperWord(t.text))
  );
}

export interface PersonName {
  first: number;
  last: number;
  givenName: string;
  familyName: string;
}

/** « DUPONT » → « Dupont », « VAN OOST » → « van Oost », « DUPONT-MORETTI » → « Dupont-Moretti ». */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(
      /(^|[\s'’-])(\p{L})/gu,
      (_m: string, sep: string, ch: string) => sep + ch.toUpperCase(),
    )
    .replace(/(^|\s)(\p{L}+)(?=\s)/gu, (m: string, sep: string, w: string) =>
      nameParticles.has(w.toLowerCase()) ? sep + w.toLowerCase() : m,
    );
}

/** Parses tokens first..last as a person's name, or undefined when they do not look like one. */
function parsePerson(tokens: readonly Token[], first: number, last: number, text: string) {
  // Groups: « Jean-Pierre » and « O'Brien » are one word; « d' » and « van » are particles.
  const groups: { first: number; last: number; particle: boolean; upper: boolean }[] = [];
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    const glued =
      i > first && (t.sep === '-' || (t.sep === "'" && !nameParticles.has(tokens[i - 1]!.folded)));
    const g = groups.at(-1);
    if (glued && g) {
      g.last = i;
      g.upper = g.upper && isUpperWord(t.text);
    } else groups.push({ first: i, last: i, particle: false, upper: isUpperWord(t.text) });
  }
  groups.forEach((g, k) => {
    g.particle =
      g.first === g.last &&
      k > 0 &&
      k < groups.length - 1 &&
      nameParticles.has(tokens[g.first]!.folded);
  });
  const names = groups.filter((g) => !g.particle);
  if (names.length < 2 || names.length > 4) return undefined;
  for (const g of names)
    for (let i = g.first; i <= g.last; i++) if (!isNameWord(tokens[i]!)) return undefined;
  if (names.every((g) => g.upper)) return undefined;
  const slice = (a: number, b: number) => text.slice(tokens[a]!.start, tokens[b]!.end);
  const firstGroup = groups[0]!;
  const lastGroup = groups.at(-1)!;
  if (firstGroup.upper && !lastGroup.upper) {
    // « LASTNAME Firstname »: the capitals (with their particles) are the family name.
    const split = groups.findIndex((g) => !g.particle && !g.upper);
    return {
      first,
      last,
      familyName: titleCase(slice(first, groups[split - 1]!.last)),
      givenName: slice(groups[split]!.first, last),
    };
  }
  const family = slice(groups[1]!.first, last);
  return {
    first,
    last,
    givenName: slice(first, firstGroup.last),
    familyName: names.slice(1).every((g) => g.upper) ? titleCase(family) : family,
  };
}

const canExtend = (t: Token | undefined) =>
  t !== undefined && (isNameWord(t) || nameParticles.has(t.folded));

/** The person's name that ends with token `last` (« …, Jean Dupont, directeur de … »). */
export function personEndingAt(
  tokens: readonly Token[],
  last: number,
  text: string,
): PersonName | undefined {
  if (!isNameWord(tokens[last]!)) return undefined;
  let first = last;
  while (
    first > 0 &&
    last - first < 7 &&
    joinsNames(tokens[first]!.sep) &&
    canExtend(tokens[first - 1])
  )
    first -= 1;
  while (
    first < last &&
    (notNames.has(tokens[first]!.folded) ||
      honorifics.has(tokens[first]!.folded) ||
      (nameParticles.has(tokens[first]!.folded) && !isCapitalised(tokens[first]!.text)))
  )
    first += 1;
  return parsePerson(tokens, first, last, text);
}

/** The person's name that starts at token `first`, after an honorific (« M. », « Dr »). */
export function personStartingAt(
  tokens: readonly Token[],
  first: number,
  text: string,
): PersonName | undefined {
  while (tokens[first] && honorifics.has(tokens[first]!.folded)) first += 1;
  const start = tokens[first];
  if (!start || !isNameWord(start) || notNames.has(start.folded)) return undefined;
  let last = first;
  while (last - first < 7 && joinsNames(tokens[last + 1]?.sep ?? '') && canExtend(tokens[last + 1]))
    last += 1;
  while (last > first && nameParticles.has(tokens[last]!.folded)) last -= 1;
  return parsePerson(tokens, first, last, text);
}

const joinsOrganisation = (sep: string) => joinsNames(sep) || sep === '&';
const isOrganisationWord = (t: Token) => isCapitalised(t.text) && !notNames.has(t.folded);

/** The organisation name that starts at token `first` (« Orbitex Systems », « Institut … »). */
export function organisationFrom(
  tokens: readonly Token[],
  first: number,
): { first: number; last: number } | undefined {
  const start = tokens[first];
  if (!start || !isOrganisationWord(start)) return undefined;
  const institution = institutionHeads.has(start.folded);
  let last = first;
  for (let j = first + 1; j < tokens.length && j - first < 10; j++) {
    const t = tokens[j]!;
    if (!joinsOrganisation(t.sep)) break;
    if (isOrganisationWord(t) || isAcronymLike(t.text)) last = j;
    else if (institution && !clauseWords.has(t.folded) && !/\p{N}/u.test(t.text)) last = j;
    else if (!connectors.has(t.folded)) break;
  }
  while (last > first && connectors.has(tokens[last]!.folded)) last -= 1;
  return { first, last };
}

/** The organisation name that ends with token `last` (« la société Orbitex Systems, … »). */
export function organisationBefore(
  tokens: readonly Token[],
  last: number,
): { first: number; last: number } | undefined {
  if (!tokens[last] || !isOrganisationWord(tokens[last])) return undefined;
  let first = last;
  for (let j = last - 1; j >= 0 && last - j < 10; j--) {
    if (!joinsOrganisation(tokens[j + 1]!.sep)) break;
    const t = tokens[j]!;
    if (isOrganisationWord(t) || isAcronymLike(t.text)) first = j;
    else if (!connectors.has(t.folded)) break;
  }
  return { first, last };
}

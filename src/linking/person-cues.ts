// Reading an unknown person's name at a word, and the cues around it: a given name from the
// lexicon or initials (« J.-M. Dupont »), particles (« van der Meer »), a family name in capitals
// (« DUPONT Marc »); a title or honorific before (« le général X », « Mme X »), a role or an
// affiliation after (« X, directeur de Y », « X (Y) »), a verb of speech (« selon X »).
import { isGivenName } from './first-names.js';
import {
  functionWords,
  honorifics,
  legalForms,
  organisationTails,
  particles,
  personTitles,
  speechCues,
} from './lexicons.js';
import { hardBreak, isAcronymLike, isCapitalised, isUpperWord, type Token } from './text.js';
import { isTrapWord } from './traps.js';

export interface PersonRead {
  first: number;
  last: number;
  givenName: string;
  familyName: string;
  evidence: string[];
}

const hasDigit = (t: Token) => /\p{N}/u.test(t.text);

/** A capitalised word that may be part of a name (not « Le », not « Liège », not « Systems »). */
export function isNameWord(t: Token | undefined): t is Token {
  return (
    t !== undefined &&
    isCapitalised(t.text) &&
    !hasDigit(t) &&
    t.text.length > 1 &&
    (!isAcronymLike(t.text) || isUpperWord(t.text)) &&
    !functionWords.has(t.folded) &&
    !isTrapWord(t.folded) &&
    !organisationTails.has(t.folded) &&
    !legalForms.has(t.text) &&
    !personTitles.has(t.folded) &&
    !honorifics.has(t.folded)
  );
}

/** A single capital followed by a full stop: one initial of « J.-M. ». */
const isInitial = (t: Token | undefined) =>
  t !== undefined && /^\p{Lu}$/u.test(t.text) && t.after.startsWith('.');

/** The end of a word glued by hyphens or apostrophes (« Jean-Marc », « O'Brien »). */
function groupEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  while (
    tokens[j + 1] &&
    (tokens[j + 1]!.sep === '-' || tokens[j + 1]!.sep === "'") &&
    isCapitalised(tokens[j + 1]!.text) &&
    !hasDigit(tokens[j + 1]!)
  )
    j += 1;
  return j;
}

const slice = (text: string, tokens: readonly Token[], a: number, b: number) =>
  text.slice(tokens[a]!.start, tokens[b]!.end);

/** « DUPONT » → « Dupont », « VAN DER MEER » → « van der Meer ». */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(
      /(^|[\s'’-])(\p{L})/gu,
      (_m: string, sep: string, ch: string) => sep + ch.toUpperCase(),
    )
    .replace(/(^|\s)(\p{L}+)(?=\s)/gu, (m: string, sep: string, w: string) =>
      particles.has(w.toLowerCase()) ? sep + w.toLowerCase() : m,
    );
}

/** The family name from token `i` on: particles, then one to three name words. */
function familyFrom(tokens: readonly Token[], i: number): number {
  let j = i;
  // Particles as written (« là » is no « la »); « De Smet » keeps its capital.
  while (tokens[j] && particles.has(tokens[j]!.text.toLowerCase()) && tokens[j + 1]?.sep === ' ')
    j += 1;
  // A particle with an apostrophe (« d'Ans ») is glued to the name.
  if (!isNameWord(tokens[j])) return -1;
  if (j > i && !(tokens[j]!.sep === ' ' || tokens[j]!.sep === "'")) return -1;
  let last = groupEnd(tokens, j);
  for (let extra = 0; extra < 2; extra++) {
    const next = tokens[last + 1];
    if (!next || next.sep !== ' ' || !isNameWord(next)) break;
    // A second family word in capitals (« Marc DUPONT MORETTI »), or a second one ending the
    // name (« Lucía Ferreira Santos, directrice »): not one followed by more capitals, which
    // is more often a company (« Marc Dupont Spacebel Systems »).
    const both = isUpperWord(next.text) && isUpperWord(tokens[last]!.text);
    const then = tokens[groupEnd(tokens, last + 1) + 1];
    const ends = !then || then.sep !== ' ' || !isCapitalised(then.text);
    if (!both && !(ends && !isUpperWord(next.text))) break;
    if (!both && isGivenName(next.text) && !ends) break;
    last = groupEnd(tokens, last + 1);
  }
  return last;
}

/** The person whose name starts at token `i`, by its form alone; undefined when it has none. */
export function readPerson(
  tokens: readonly Token[],
  i: number,
  text: string,
): PersonRead | undefined {
  const t = tokens[i];
  if (!t || !isCapitalised(t.text)) return undefined;

  // « J.-M. Dupont », « J. Dupont »
  if (isInitial(t)) {
    let j = i;
    while (isInitial(tokens[j + 1]) && /^\.-?$/.test(tokens[j]!.after)) j += 1;
    // « M. Dupont » is Monsieur Dupont, not an initial.
    if (j === i && t.text === 'M') return undefined;
    const familyStart = j + 1;
    if (!tokens[familyStart] || tokens[familyStart].sep !== '.') return undefined;
    const last = familyFrom(tokens, familyStart);
    if (last < 0) return undefined;
    return {
      first: i,
      last,
      givenName: text.slice(t.start, tokens[j]!.end + 1),
      familyName: familyName(text, tokens, familyStart, last),
      evidence: ['initials'],
    };
  }

  // « DUPONT Marc », « VAN OOST Joris »
  if (isUpperWord(t.text) && t.text.length > 1 && isNameWord(t)) {
    let j = groupEnd(tokens, i);
    while (
      tokens[j + 1]?.sep === ' ' &&
      isUpperWord(tokens[j + 1]!.text) &&
      isNameWord(tokens[j + 1])
    )
      j = groupEnd(tokens, j + 1);
    const g = tokens[j + 1];
    if (g?.sep === ' ' && isNameWord(g) && !isUpperWord(g.text)) {
      const gEnd = groupEnd(tokens, j + 1);
      const given = slice(text, tokens, j + 1, gEnd);
      if (isGivenName(given))
        return {
          first: i,
          last: gEnd,
          givenName: given,
          familyName: titleCase(slice(text, tokens, i, j)),
          evidence: ['upper-surname', 'first-name'],
        };
    }
  }

  // « Jean-Marc Dupont », « Amélie de Froidmont », « Marc DUPONT »
  if (!isNameWord(t) || isUpperWord(t.text)) return undefined;
  let gEnd = groupEnd(tokens, i);
  let given = slice(text, tokens, i, gEnd);
  // « Ana Rita Gonçalves »: two given names, then the family name.
  const second = tokens[gEnd + 1];
  if (
    second?.sep === ' ' &&
    isGivenName(given) &&
    isGivenName(second.text) &&
    isNameWord(second) &&
    tokens[gEnd + 2]?.sep === ' ' &&
    isNameWord(tokens[gEnd + 2]) &&
    !isGivenName(tokens[gEnd + 2]!.text)
  ) {
    gEnd = groupEnd(tokens, gEnd + 1);
    given = slice(text, tokens, i, gEnd);
  }
  const next = tokens[gEnd + 1];
  if (!next || next.sep !== ' ') return undefined;
  const last = familyFrom(tokens, gEnd + 1);
  if (last < 0) return undefined;
  return {
    first: i,
    last,
    givenName: given,
    familyName: familyName(text, tokens, gEnd + 1, last),
    evidence: isGivenName(given.split(' ')[0]!) ? ['first-name'] : ['capitalised'],
  };
}

function familyName(text: string, tokens: readonly Token[], a: number, b: number): string {
  const raw = slice(text, tokens, a, b);
  const named = tokens.slice(a, b + 1).filter((t) => !particles.has(t.folded));
  return named.every((t) => isUpperWord(t.text)) ? titleCase(raw) : raw;
}

/** Ends a clause: a hard break, a full stop, a semicolon, a colon, a question or exclamation. */
const endsClause = (sep: string) => sep === hardBreak || /[.;:!?]/.test(sep);

/** Cues before the name starting at token `first`. */
export function cuesBefore(tokens: readonly Token[], first: number): string[] {
  const found: string[] = [];
  const prev = tokens[first - 1];
  if (!prev || tokens[first]!.sep === hardBreak) return found;
  if (honorifics.has(prev.folded) && /^\.?$|^ $/.test(tokens[first]!.sep)) found.push('honorific');
  // « selon X », "said X", « a expliqué X »
  if (speechCues.has(prev.folded) && /^,? ?$/.test(tokens[first]!.sep)) found.push('speech');
  // « le ministre wallon de l'Économie X », « le CEO de Y, X », "Commissioner X"
  let commas = 0;
  for (let j = first - 1; j >= 0 && first - j <= 8; j--) {
    const sep = tokens[j + 1]!.sep;
    if (endsClause(sep) || sep.includes('(') || sep.includes(')')) break;
    if (sep.includes(',')) commas += 1;
    if (commas > 1) break;
    if (personTitles.has(tokens[j]!.folded)) {
      found.push('role-before');
      break;
    }
  }
  return found;
}

/** Cues after the name ending at token `last`: a role, an affiliation in brackets, a verb. */
export function cuesAfter(tokens: readonly Token[], last: number): string[] {
  const found: string[] = [];
  const after = tokens[last]!.after;
  const next = tokens[last + 1];
  if (!next) return found;
  if (after === ',' || after === '–') {
    for (let j = last + 1; j < tokens.length && j - last <= 4; j++) {
      if (j > last + 1 && endsClause(tokens[j]!.sep)) break;
      if (personTitles.has(tokens[j]!.folded)) {
        found.push('role-after');
        break;
      }
    }
  }
  if (after === '(' && isCapitalised(next.text)) found.push('affiliation');
  if (after === ' ' || after === ',') {
    const verb = next.folded === 'a' || next.folded === 'has' ? tokens[last + 2] : next;
    if (verb && speechCues.has(verb.folded)) found.push('speech');
  }
  return found;
}

/** Weight of each piece of evidence about a person. */
export const personWeights: Record<string, number> = {
  'first-name': 0.55,
  initials: 0.5,
  'upper-surname': 0.1,
  capitalised: 0.15,
  honorific: 0.4,
  'role-before': 0.35,
  'role-after': 0.35,
  affiliation: 0.2,
  speech: 0.25,
  list: 0.15,
  'surname-repeat': 0.1,
  'list-of-people': 0.3,
};

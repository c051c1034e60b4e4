// Reading an unknown organisation's name from the words it carries: a kind word that starts it
// (« Université de Mons », « Agence spatiale luxembourgeoise », « Service public de Wallonie
// Économie Emploi Recherche »), a kind word or legal form that ends it (« Orbitex Systems »,
// « Ardennes Drones SRL »), a noun that introduces it (« la société X »), and capitalised runs
// as list items.
import {
  functionWords,
  honorifics,
  legalForms,
  organisationConnectors,
  organisationHeads,
  organisationTails,
} from './lexicons.js';
import { isFirstName } from './first-names.js';
import { hardBreak, isAcronymLike, isCapitalised, type Token } from './text.js';
import { placeWords } from './traps.js';

export interface Span {
  first: number;
  last: number;
}

const joins = (sep: string) => sep === ' ' || sep === '-' || sep === "'" || sep === '&';

/** Lower-case words that may follow a kind word in a name: adjectives (« spatiale », « royal »). */
const adjective =
  /(?:ales?|al|aux|iques?|iens?|iennes?|ais|aises?|ois|oises?|ains?|aines?|eens?|eennes?|ees?|if|ifs|ives?|aires?|ieure?s?|ian|ish|ese|ic|ical|ary|libre|royale?)$/;
const clauseWords = new Set(
  'a ont est sont qui que dont depuis avec sur dans lors ou mais was is has have who which that since with in on at or but va vont sera seront peut doit ne'.split(
    ' ',
  ),
);

const wordOk = (t: Token) => isCapitalised(t.text) && !functionWords.has(t.folded);

/** The name that starts at a kind word (token `i`), or undefined when it is the word alone. */
export function headedName(tokens: readonly Token[], i: number): Span | undefined {
  const head = tokens[i];
  if (!head || !isCapitalised(head.text) || !organisationHeads.has(head.folded)) return undefined;
  let last = i;
  let sawCapital = false;
  let afterConnector = false;
  let afterWord = true;
  for (let j = i + 1; j < tokens.length && j - i <= 12; j++) {
    const t = tokens[j]!;
    if (!joins(t.sep)) break;
    if (isCapitalised(t.text) || isAcronymLike(t.text)) {
      if (functionWords.has(t.folded) && !organisationConnectors.has(t.folded)) break;
      last = j;
      sawCapital = true;
      afterConnector = false;
      afterWord = true;
    } else if (t.text !== 'à' && clauseWords.has(t.folded)) break;
    else if (organisationConnectors.has(t.folded)) {
      // « et » / « and » only inside a name that goes on in lower case (« et aux Investissements »)
      // « et » / « and » inside a name: « et aux Investissements étrangers », « Research and
      // Technologies »; not before another name (« et la Haute École … »).
      if (t.folded === 'et' || t.folded === 'and') {
        let k = j + 1;
        while (tokens[k] && organisationConnectors.has(tokens[k]!.folded)) k += 1;
        const n = tokens[k];
        const inside =
          n !== undefined &&
          (k > j + 1
            ? !organisationHeads.has(n.folded)
            : isCapitalised(n.text) && organisationTails.has(n.folded));
        if (!inside) break;
      }
      afterConnector = true;
      afterWord = false;
    } else if (/\p{N}/u.test(t.text)) break;
    else if ((afterConnector && !sawCapital) || (afterWord && adjective.test(t.folded))) {
      last = j;
      afterConnector = false;
      afterWord = true;
    } else break;
  }
  return last > i ? { first: i, last } : undefined;
}

/** A run of capitalised words (with inner connectors) from token `i`, at most `max` tokens. */
export function capitalisedRun(tokens: readonly Token[], i: number, max = 7): Span | undefined {
  const t = tokens[i];
  if (!t || !(wordOk(t) || isAcronymLike(t.text))) return undefined;
  let last = i;
  for (let j = i + 1; j < tokens.length && j - i < max; j++) {
    const w = tokens[j]!;
    if (!joins(w.sep)) break;
    if (wordOk(w) || isAcronymLike(w.text) || (/^\p{N}+$/u.test(w.text) && w.sep === ' ')) last = j;
    else if (organisationConnectors.has(w.folded) && w.folded !== 'et' && w.folded !== 'and') {
      const n = tokens[j + 1];
      if (!n || !joins(n.sep) || !wordOk(n)) break;
    } else break;
  }
  return { first: i, last };
}

/**
 * The organisation in a capitalised run that ends with a kind word or a legal form
 * (« Thales Alenia Space Belgium SA », « Walloon Aerospace Cluster »), with its evidence.
 */
export function tailedName(
  tokens: readonly Token[],
  i: number,
): (Span & { evidence: 'legal-form' | 'kind-word' }) | undefined {
  let run = capitalisedRun(tokens, i, 8);
  if (!run) return undefined;
  // « Viennent Orbital Regolith Systems … »: a verb opening the sentence is no part of the name.
  const opener = tokens[run.first]!;
  if (
    run.last - run.first >= 2 &&
    startsSentence(tokens, run.first) &&
    /(?:ent|ons|ez|ait|aient|eront)$/.test(opener.folded) &&
    !isFirstName(opener.text)
  )
    run = { first: run.first + 1, last: run.last };
  // « NATO Support and Procurement Agency »: « and » inside a name that ends with a kind word.
  const and = tokens[run.last + 1];
  if (
    run.last > run.first &&
    and &&
    (and.folded === 'and' || and.folded === 'et') &&
    and.sep === ' ' &&
    !tokens
      .slice(run.first, run.last + 1)
      .some((t) => organisationTails.has(t.folded) || placeWords.has(t.folded)) &&
    !isFirstName(tokens[run.last + 2]?.text ?? '')
  ) {
    const more = capitalisedRun(tokens, run.last + 2, 4);
    if (
      more &&
      tokens[run.last + 2]!.sep === ' ' &&
      organisationTails.has(tokens[more.last]!.folded)
    )
      run = { first: run.first, last: more.last };
  }
  for (let j = run.last; j > run.first; j--) {
    const t = tokens[j]!;
    // « von Karman Institute »: a particle in lower case before the name belongs to it.
    const before = tokens[run.first - 1];
    const first =
      before && (before.folded === 'von' || before.folded === 'van') && !isCapitalised(before.text)
        ? run.first - 1
        : run.first;
    if (legalForms.has(t.text)) return { first, last: j, evidence: 'legal-form' };
    if (organisationTails.has(t.folded) && isCapitalised(t.text)) {
      // « Thales Alenia Space Belgium », « Redwire Space Europe »: a region after the kind word.
      let last = j;
      while (last < run.last && regionSuffixes.has(tokens[last + 1]!.folded)) last += 1;
      const form = legalFormAfter(tokens, last);
      return form > last
        ? { first, last: form, evidence: 'legal-form' }
        : { first, last, evidence: 'kind-word' };
    }
  }
  // « Atlas Orbital, Lda. », « Orbital Regolith S.à r.l. »
  const form = legalFormAfter(tokens, run.last);
  return form > run.last ? { first: run.first, last: form, evidence: 'legal-form' } : undefined;
}

const regionSuffixes = new Set(
  'belgium belgique europe france germany deutschland luxembourg nederland benelux international italia espana iberica portugal uk'.split(
    ' ',
  ),
);
/** Legal forms written with full stops, as words: « S.à r.l. », « Sp. z o.o. », « e.V. ». */
const dottedForms = [
  ['S', 'à', 'r', 'l'],
  ['Sp', 'z', 'o', 'o'],
  ['e', 'V'],
  ['S', 'A'],
  ['N', 'V'],
  ['B', 'V'],
  ['S', 'L'],
];

/** The last token of a legal form right after token `last` (« , Lda. », « S.à r.l. »), or `last`. */
export function legalFormAfter(tokens: readonly Token[], last: number): number {
  const next = tokens[last + 1];
  if (!next || !(next.sep === ' ' || next.sep === ',')) return last;
  if (next.sep === ',' && legalForms.has(next.text)) return last + 1;
  for (const form of dottedForms)
    if (form.every((w, k) => tokens[last + 1 + k]?.text === w)) return last + form.length;
  return last;
}

/** Skips leading words that are not part of a name (« Le », « Mme », sentence openers). */
export function trimStart(tokens: readonly Token[], span: Span): Span | undefined {
  let first = span.first;
  while (
    first < span.last &&
    (functionWords.has(tokens[first]!.folded) || honorifics.has(tokens[first]!.folded))
  )
    first += 1;
  return first <= span.last ? { first, last: span.last } : undefined;
}

/** True when the span starts a sentence or a line (its capital says nothing). */
export function startsSentence(tokens: readonly Token[], first: number): boolean {
  const sep = tokens[first]?.sep ?? hardBreak;
  return first === 0 || sep === hardBreak || /[.!?:«"“]$/.test(sep);
}

/** Weight of each piece of evidence about an organisation. */
export const organisationWeights: Record<string, number> = {
  'legal-form': 0.85,
  'kind-word': 0.65,
  'kind-before': 0.6,
  'kind-after': 0.6,
  'acronym-definition': 0.9,
  affiliation: 0.5,
  list: 0.4,
  'list-of-organisations': 0.2,
  'role-pattern': 0.85,
  'sentence-start': -0.1,
};

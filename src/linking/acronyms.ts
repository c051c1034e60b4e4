// Suggestions of organisations from an acronym next to its expansion: « Full Name (ACR) »,
// « ACR (Full Name) » and « ACR – Full Name ». The expansion is checked with the algorithm of
// Schwartz & Hearst (2003): the acronym's letters appear in order in the name, the first one
// starting a word, so « Centre Spatial de Liège (CSL) » is a pair and « en orbite (LEO) » is not.
import { span, type SuggestionContext, type SuggestionHit, suggestionKey } from './suggestion.js';
import { isAcronymLike, isCapitalised, separatorAfter, type Token } from './text.js';

/** Technical acronyms of the sector that name things, not organisations. */
export const termAcronyms = new Set(
  (
    'AI IA ATM BVLOS CEO CFO COO CTO EO GEO GNSS GPS HAPS IoT ISS IT LEO MEO MRO OEM PME PhD R&D ' +
    'RPAS SAR SME TRL UAS UAV UTM VLOS'
  ).split(' '),
);
const articles = new Set(['the', 'le', 'la', 'les', 'l']);
/** Separators inside a name: a space, a hyphen, an apostrophe, an ampersand. */
export const nameJoiners = new Set([' ', '-', "'", '&']);

/**
 * Index (in `words`, folded) of the word where the acronym's letters, matched right to left,
 * begin; the first letter must start a word. -1 when the letters do not fit.
 */
export function expansionStart(acronym: string, words: readonly string[]): number {
  const letters = [
    ...acronym
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^\p{L}\p{N}]/gu, ''),
  ];
  let w = words.length - 1;
  let c = (words[w]?.length ?? 0) - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    const ch = letters[s]!;
    for (;;) {
      if (w < 0) return -1;
      if (c < 0) {
        w -= 1;
        c = (words[w]?.length ?? 0) - 1;
        continue;
      }
      if (words[w]![c] === ch && (s > 0 || c === 0)) break;
      c -= 1;
    }
    if (s === 0) return w;
    c -= 1;
  }
  return -1;
}

function isCandidateAcronym(t: Token): boolean {
  return isAcronymLike(t.text) && !termAcronyms.has(t.text) && !/^\p{N}+$/u.test(t.text);
}

/** « l’Exportation » and « Aéro-Sambre » are one word each, as in the original algorithm. */
const glued = (t: Token) => t.sep === "'" || t.sep === '-';

function wordCount(tokens: readonly Token[], first: number, last: number): number {
  let n = 1;
  for (let i = first + 1; i <= last; i++) if (!glued(tokens[i]!)) n += 1;
  return n;
}

/** Schwartz & Hearst's bound on the length of an expansion, in words. */
function maxWords(acronym: string): number {
  return Math.min(acronym.length + 5, acronym.length * 2);
}

function organisationHit(
  ctx: SuggestionContext,
  pattern: SuggestionHit['pattern'],
  first: number,
  last: number,
  acronym: Token,
): SuggestionHit | undefined {
  const name = span(ctx, first, last);
  if (last - first < 1 || !isCapitalised(ctx.tokens[first]!.text)) return undefined;
  if (ctx.matcher.lookup(acronym.text) || ctx.matcher.lookup(name.surface)) return undefined;
  const suggestion = { kind: 'organisation' as const, name: name.surface, acronym: acronym.text };
  return {
    key: suggestionKey(suggestion),
    pattern,
    ...name,
    suggestion,
    confidence: 0.9,
    evidence: ['acronym-definition'],
  };
}

/** Checks that `words` (token indices first..last) expand the acronym from their first word. */
function expandsFrom(ctx: SuggestionContext, acronym: Token, first: number, last: number) {
  let from = first;
  while (from < last && articles.has(ctx.tokens[from]!.folded)) from += 1;
  const words = ctx.tokens.slice(from, last + 1).map((t) => t.folded);
  return wordCount(ctx.tokens, from, last) <= maxWords(acronym.text) &&
    expansionStart(acronym.text, words) === 0
    ? from
    : -1;
}

export function acronymSuggestions(ctx: SuggestionContext): SuggestionHit[] {
  const { tokens } = ctx;
  const hits: SuggestionHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCandidateAcronym(t)) continue;
    const after = separatorAfter(tokens, i);

    // « Full Name (ACR) »: the nearest words before the parenthesis that expand the acronym.
    if (t.sep === '(' && after.startsWith(')') && i > 0) {
      let first = i - 1;
      while (first > 0 && nameJoiners.has(tokens[first]!.sep)) {
        if (!glued(tokens[first]!) && wordCount(tokens, first, i - 1) >= maxWords(t.text)) break;
        first -= 1;
      }
      const words = tokens.slice(first, i).map((w) => w.folded);
      const start = expansionStart(t.text, words);
      const hit =
        start < 0 ? undefined : organisationHit(ctx, 'name (ACR)', first + start, i - 1, t);
      if (hit) hits.push(hit);
      continue;
    }

    // « ACR (Full Name) » and « ACR – Full Name »: the words up to the closing parenthesis or
    // the end of the clause must all belong to the expansion.
    if (after === '(' || after === '–') {
      let last = i + 1;
      while (last + 1 < tokens.length && nameJoiners.has(tokens[last + 1]!.sep)) last += 1;
      if (last >= tokens.length) continue;
      if (after === '(' && !separatorAfter(tokens, last).startsWith(')')) continue;
      const from = expandsFrom(ctx, t, i + 1, last);
      const pattern = after === '(' ? 'ACR (name)' : 'ACR – name';
      const hit = from < 0 ? undefined : organisationHit(ctx, pattern, from, last, t);
      if (hit) hits.push(hit);
    }
  }
  return hits;
}

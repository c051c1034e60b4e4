// The one text normaliser of search: both engines index and query exactly the terms this file
// produces (lower case, accents folded, stop words dropped, a light French/English stemmer), so
// SQLite and PostgreSQL match the same documents. Stemming only strips suffixes, which is what
// lets a half-typed word (`coopera`) still reach the stem of a whole one (`cooper`).
import { stopWords } from './stop-words.js';

/** Longest token kept; longer runs (hashes, URLs glued together) are not words anyone types. */
const maxTokenLength = 40;

/** Suffixes stripped after the plural, longest first; one is removed at most. */
const suffixes = [
  'issements',
  'issement',
  'ements',
  'ement',
  'ments',
  'ment',
  'ations',
  'ation',
  'ateurs',
  'ateur',
  'atrices',
  'atrice',
  'ators',
  'ator',
  'ances',
  'ance',
  'ences',
  'ence',
  'ities',
  'itie',
  'ity',
  'ites',
  'ite',
  'ives',
  'ive',
  'euses',
  'euse',
  'eux',
  'iques',
  'ique',
  'ics',
  'ic',
  'ales',
  'ale',
  'aux',
  'al',
  'elles',
  'elle',
  'el',
  'ismes',
  'isme',
  'ism',
  'istes',
  'iste',
  'ist',
  'ings',
  'ing',
  'ers',
  'er',
  'ed',
  'ie',
  'y',
  'e',
];
/** A stem never gets shorter than this. */
const minStem = 3;

/** Lower case without accents or ligatures: « Liège » → `liege`, « Œuvre » → `oeuvre`. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/** Runs of letters, digits and combining marks: a word before folding. */
const wordPattern = /[\p{L}\p{N}\p{M}]+/gu;
/**
 * A cheaper first cut for indexing: runs between whitespace and ASCII punctuation. It may keep
 * other punctuation inside a run (l’agence), which the memoised foldWord then splits exactly.
 */
const roughWordPattern = /[^\s!-/:-@[-`{-~]+/g;

/** The words of a text, folded, in order (no stop-word removal, no stemming). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().match(wordPattern) ?? []) {
    for (const w of foldWord(raw)) if (w.length <= maxTokenLength) out.push(w);
  }
  return out;
}

/** Folding a word may split it (a stray mark); memoised, as texts reuse few distinct words. */
const folded = new Map<string, string[]>();
function foldWord(raw: string): string[] {
  let hit = folded.get(raw);
  if (hit === undefined) {
    hit = fold(raw).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (folded.size > 200_000) folded.clear();
    folded.set(raw, hit);
  }
  return hit;
}

/** The light stemmer: the plural, then at most one suffix; the stem is always a prefix. */
export function stem(word: string): string {
  if (word.length <= minStem || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('aux')) w = w.slice(0, -3);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of suffixes) {
    if (w.endsWith(suffix) && w.length - suffix.length >= minStem) {
      const shorter = w.slice(0, -suffix.length);
      // `er` and `ed` on short words are usually part of the root (laser, speed).
      if ((suffix === 'er' || suffix === 'ed') && shorter.length < 4) continue;
      return shorter;
    }
  }
  return w.length >= minStem ? w : word;
}

function isIndexable(word: string): boolean {
  return (word.length > 1 || /\d/.test(word)) && !stopWords.has(word);
}

/** The terms a text is indexed under, in order, as one space-separated string per field. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().match(roughWordPattern) ?? []) {
    let term = indexed.get(raw);
    if (term === undefined) {
      term = foldWord(raw)
        .filter((w) => w.length <= maxTokenLength && isIndexable(w))
        .map(stem);
      if (indexed.size > 200_000) indexed.clear();
      indexed.set(raw, term);
    }
    for (const t of term) out.push(t);
  }
  return out;
}

/** Memo of raw word → its index terms (usually one, none for a stop word). */
const indexed = new Map<string, string[]>();

/**
 * One query term: `exact` stems to match, and for the last term of a query typed so far a
 * `prefix` (any indexed term starting with it). `exact` of a prefix term also holds the shorter
 * stems the typed text may be heading for (`coopera` → `cooper`).
 */
export interface QueryTerm {
  exact: string[];
  prefix: string | null;
}

/** How many letters a half-typed word may run past the stem it will reduce to (`ation` − 1). */
const prefixReach = 5;

export interface ParsedQuery {
  terms: QueryTerm[];
  /** The query's words, folded, for highlighting. */
  words: string[];
}

/**
 * Parses what a reader typed. Every term must match (AND); the last one is a prefix unless the
 * query ends with a space (or anything but a letter, a digit or `*`). Anything that is not a letter or digit is a separator, so engine
 * syntax (quotes, `*`, `-`, parentheses, `NEAR`) can never reach an engine as syntax.
 */
export function parseQuery(text: string): ParsedQuery {
  const all = words(text);
  // `coop*`, the wildcard people know from other search boxes, reads as a prefix too.
  const endsWord = /[\p{L}\p{N}]\**$/u.test(text.normalize('NFC'));
  const kept = all.filter(isIndexable);
  // A query made only of stop words still searches for its last word, as typed.
  if (kept.length === 0 && all.length > 0 && endsWord) {
    const last = all[all.length - 1]!;
    if (last.length > 1) return { terms: [{ exact: [], prefix: last }], words: [last] };
  }
  const terms = kept.map((w, i): QueryTerm => {
    const isLast = i === kept.length - 1 && endsWord && w === all[all.length - 1];
    if (!isLast || /\d/.test(w)) return { exact: [stem(w)], prefix: null };
    const exact = new Set<string>([stem(w)]);
    for (let n = Math.max(4, w.length - prefixReach); n < w.length; n++) exact.add(w.slice(0, n));
    return { exact: [...exact].filter((e) => e !== w), prefix: w };
  });
  return { terms: dedupe(terms), words: kept };
}

function dedupe(terms: QueryTerm[]): QueryTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = `${t.exact.join(',')}|${t.prefix ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether an indexed term matches a query term (the same rule the engines apply). */
export function termMatches(term: QueryTerm, indexed: string): boolean {
  return (term.prefix !== null && indexed.startsWith(term.prefix)) || term.exact.includes(indexed);
}

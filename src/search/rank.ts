// The ranking, computed in TypeScript from the terms both engines stored, so it is the same on
// SQLite and PostgreSQL: a BM25-like saturation of term counts per field (the title weighing
// three times the body, what an article is about — its kicker and the confirmed mentions it
// leads with — twice), times a boost when the query names the document (every word of one of an
// entity's names, or of an article's title, kicker or lead mentions, and nothing else), times a
// mild recency boost.
import { termMatches, type QueryTerm } from './normalise.js';

const k1 = 1.2;
const b = 0.75;
/** Typical field lengths in terms; fixed so a score never depends on the rest of the corpus. */
const averageLength = { title: 8, about: 8, body: 300 };
const weight = { title: 3, about: 2, body: 1 };
/**
 * When the query is exactly one of a document's names (an entity's name, acronym or alias) or
 * of the entities it is about (an article's title, kicker or confirmed mention): that document
 * is what the reader is looking for. An entity's own name weighs more than an article naming it.
 */
const namedBoost = { entity: 10, article: 2 };
/** Between the title's terms and each part of what the document is about (search.documents.ts). */
const partSeparator = ' | ';
/** At most +20 % for something dated today, halving every year. */
const recencyBoost = 0.2;
const recencyHalfLifeDays = 365;

function saturate(count: number, length: number, average: number): number {
  if (count === 0) return 0;
  return (count * (k1 + 1)) / (count + k1 * (1 - b + (b * length) / average));
}

const space = 32;

/** The number of tokens, as `terms.split(' ')` would give (none for an empty string). */
function tokenCount(terms: string): number {
  if (terms.length === 0) return 0;
  let count = 1;
  for (let at = terms.indexOf(' '); at >= 0; at = terms.indexOf(' ', at + 1)) count++;
  return count;
}

function commonPrefix(words: readonly string[]): string {
  let lead = words[0] ?? '';
  for (const w of words) while (!w.startsWith(lead)) lead = lead.slice(0, -1);
  return lead;
}

/**
 * How many tokens of a document's terms (space-separated, as stored) a query term matches
 * (`termMatches`), without splitting them: the text is searched for what every option of the
 * term starts with, and only the tokens starting there are compared.
 */
function counter(term: QueryTerm): (terms: string) => number {
  const { prefix, exact } = term;
  const lead = commonPrefix(prefix === null ? exact : [prefix, ...exact]);
  const matches = (terms: string, start: number, end: number) =>
    (prefix !== null && end - start >= prefix.length && terms.startsWith(prefix, start)) ||
    exact.some((e) => e.length === end - start && terms.startsWith(e, start));
  return (terms) => {
    let count = 0;
    let at = lead === '' ? 0 : terms.indexOf(lead);
    while (at >= 0 && at < terms.length) {
      if (at > 0 && terms.charCodeAt(at - 1) !== space) {
        at = terms.indexOf(lead, at + 1);
        continue;
      }
      let end = terms.indexOf(' ', at);
      if (end < 0) end = terms.length;
      if (matches(terms, at, end)) count++;
      at = lead === '' ? end + 1 : terms.indexOf(lead, end);
    }
    return count;
  };
}

/** Whether the query is exactly `part`: each query term matches in it, each of its terms matches one. */
function names(query: readonly QueryTerm[], part: string): boolean {
  if (part === '') return false;
  const tokens = part.split(' ');
  return (
    query.every((q) => tokens.some((t) => termMatches(q, t))) &&
    tokens.every((t) => query.some((q) => termMatches(q, t)))
  );
}

/**
 * Stored terms of a document: space-separated, as the index holds them; `titleTerms` is the
 * title's terms then each part of what the document is about, separated by ` | `.
 */
export interface ScoredDocument {
  /** Articles are about what they mention; other documents are named by their names. */
  isArticle?: boolean;
  titleTerms: string;
  bodyTerms: string;
  datedAt: string | null;
}

/** A scorer for one query: a BM25-like relevance of each document, times its boosts. */
export function scorer(query: readonly QueryTerm[], now: string) {
  const counts = query.map(counter);
  const nowMs = Date.parse(now);
  return (doc: ScoredDocument): number => {
    const parts = doc.titleTerms.split(partSeparator);
    const title = parts[0] ?? '';
    const about = parts.slice(1).join(' ');
    // An entity's names are its title already (aliases its body): they only say what it is named.
    const aboutWeight = doc.isArticle ? weight.about : 0;
    const titleLength = tokenCount(title);
    const bodyLength = tokenCount(doc.bodyTerms);
    let relevance = 0;
    for (const count of counts) {
      relevance +=
        weight.title * saturate(count(title), titleLength, averageLength.title) +
        aboutWeight * saturate(count(about), averageLength.about, averageLength.about) +
        weight.body * saturate(count(doc.bodyTerms), bodyLength, averageLength.body);
    }
    if (relevance > 0 && parts.some((part) => names(query, part)))
      relevance *= doc.isArticle ? namedBoost.article : namedBoost.entity;
    if (doc.datedAt === null) return relevance;
    const ageDays = Math.max(0, (nowMs - Date.parse(doc.datedAt)) / 86_400_000);
    return relevance * (1 + recencyBoost * 0.5 ** (ageDays / recencyHalfLifeDays));
  };
}

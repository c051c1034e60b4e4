// The ranking, computed in TypeScript from the terms both engines stored, so it is the same on
// SQLite and PostgreSQL: a BM25-like saturation of term counts per field, titles (and names)
// weighing three times the body, times a mild recency boost.
import type { QueryTerm } from './normalise.js';

const k1 = 1.2;
const b = 0.75;
/** Typical field lengths in terms; fixed so a score never depends on the rest of the corpus. */
const averageLength = { title: 8, body: 300 };
const titleWeight = 3;
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

/** Stored terms of a document: space-separated, as the index holds them. */
export interface ScoredDocument {
  titleTerms: string;
  bodyTerms: string;
  datedAt: string | null;
}

/** A scorer for one query: a BM25-like relevance of each document, times its recency boost. */
export function scorer(query: readonly QueryTerm[], now: string) {
  const counts = query.map(counter);
  const nowMs = Date.parse(now);
  return (doc: ScoredDocument): number => {
    const titleLength = tokenCount(doc.titleTerms);
    const bodyLength = tokenCount(doc.bodyTerms);
    let relevance = 0;
    for (const count of counts) {
      relevance +=
        titleWeight * saturate(count(doc.titleTerms), titleLength, averageLength.title) +
        saturate(count(doc.bodyTerms), bodyLength, averageLength.body);
    }
    if (doc.datedAt === null) return relevance;
    const ageDays = Math.max(0, (nowMs - Date.parse(doc.datedAt)) / 86_400_000);
    return relevance * (1 + recencyBoost * 0.5 ** (ageDays / recencyHalfLifeDays));
  };
}

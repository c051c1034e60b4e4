// The ranking, computed in TypeScript from the terms both engines stored, so it is the same on
// SQLite and PostgreSQL: a BM25-like saturation of term counts per field, titles (and names)
// weighing three times the body, times a mild recency boost.
import { termMatches, type QueryTerm } from './normalise.js';

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

/** Which query terms an indexed term matches, memoised: a document repeats its words. */
function matcher(query: readonly QueryTerm[]): (term: string) => readonly boolean[] {
  const memo = new Map<string, boolean[]>();
  return (term) => {
    let hit = memo.get(term);
    if (hit === undefined) {
      hit = query.map((q) => termMatches(q, term));
      memo.set(term, hit);
    }
    return hit;
  };
}

function countMatches(matches: (term: string) => readonly boolean[], terms: readonly string[]) {
  const counts: number[] = [];
  for (const t of terms) {
    const hit = matches(t);
    for (let i = 0; i < hit.length; i++) if (hit[i]) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** The score of one document for a query; `now` and `datedAt` are ISO instants. */
export function scoreDocument(
  query: readonly QueryTerm[],
  doc: { titleTerms: readonly string[]; bodyTerms: readonly string[]; datedAt: string | null },
  now: string,
  matches: (term: string) => readonly boolean[] = matcher(query),
): number {
  const inTitle = countMatches(matches, doc.titleTerms);
  const inBody = countMatches(matches, doc.bodyTerms);
  let relevance = 0;
  for (let i = 0; i < query.length; i++) {
    relevance +=
      titleWeight * saturate(inTitle[i] ?? 0, doc.titleTerms.length, averageLength.title) +
      saturate(inBody[i] ?? 0, doc.bodyTerms.length, averageLength.body);
  }
  if (doc.datedAt === null) return relevance;
  const ageDays = Math.max(0, (Date.parse(now) - Date.parse(doc.datedAt)) / 86_400_000);
  return relevance * (1 + recencyBoost * 0.5 ** (ageDays / recencyHalfLifeDays));
}

/** A scorer for one query, sharing the term memo across the documents it ranks. */
export function scorer(query: readonly QueryTerm[], now: string) {
  const matches = matcher(query);
  return (doc: Parameters<typeof scoreDocument>[1]) => scoreDocument(query, doc, now, matches);
}

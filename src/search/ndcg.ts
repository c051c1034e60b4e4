// Ranking quality against graded judgements: nDCG@k (gain 2^grade − 1, log2 discount, divided by
// the best order the judgements allow) and whether the expected best result came first. Used by
// the search relevance set (bench/relevance.ts) and its test.

/** Grades of the results a query should bring up (3 = the best one, 2 = very relevant, 1 = relevant); unlisted results count 0. */
export type Judgements = Readonly<Record<string, number>>;

function dcg(grades: readonly number[], k: number): number {
  let sum = 0;
  for (const [i, grade] of grades.slice(0, k).entries()) sum += (2 ** grade - 1) / Math.log2(i + 2);
  return sum;
}

/** nDCG@k of `ranked` (result ids, best first); 1 when nothing is judged relevant. */
export function ndcgAt(k: number, ranked: readonly string[], judgements: Judgements): number {
  const ideal = dcg(
    Object.values(judgements)
      .filter((g) => g > 0)
      .sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) return 1;
  return (
    dcg(
      ranked.map((id) => judgements[id] ?? 0),
      k,
    ) / ideal
  );
}

/** The id with the highest grade (the first listed among equals). */
export function expectedFirst(judgements: Judgements): string | undefined {
  let best: string | undefined;
  for (const [id, grade] of Object.entries(judgements))
    if (best === undefined || grade > judgements[best]!) best = id;
  return best;
}

export interface QueryScore {
  ndcg: number;
  firstIsFirst: boolean;
}

/** Both figures for one query. */
export function scoreQuery(
  k: number,
  ranked: readonly string[],
  judgements: Judgements,
): QueryScore {
  return {
    ndcg: ndcgAt(k, ranked, judgements),
    firstIsFirst: ranked[0] !== undefined && ranked[0] === expectedFirst(judgements),
  };
}

/** Mean nDCG and the share of queries whose expected first result came first. */
export function summarise(scores: readonly QueryScore[]): { ndcg: number; firstShare: number } {
  if (scores.length === 0) return { ndcg: 0, firstShare: 0 };
  return {
    ndcg: scores.reduce((s, q) => s + q.ndcg, 0) / scores.length,
    firstShare: scores.filter((q) => q.firstIsFirst).length / scores.length,
  };
}

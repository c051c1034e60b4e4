// Ranking of related news. The weights are the one place that says what "related" means; the
// repository receives them to rank in SQL (so only a few candidates leave the database) and
// rankRelated applies the same rule, so both agree.

/**
 * Points per shared signal. A shared sector is the weakest tie (half the news of a small
 * cluster shares one); a country is as weak. A shared organisation or person (confirmed
 * mentions) is worth more than all four sectors together, so an article about the same
 * organisation always ranks above one that only shares sectors; the same project more, and the
 * same event most: a recap and the announcement of one event are the closest pair there is.
 */
export const relatedWeights = {
  sector: 1,
  country: 1,
  organisation: 5,
  person: 5,
  project: 6,
  event: 8,
} as const;

export type RelatedSignal = keyof typeof relatedWeights;

export interface RelatedScoreInput {
  id: string;
  publishedAt: string;
  /** How many signals of each kind the candidate shares with the article. */
  shared: Partial<Record<RelatedSignal, number>>;
}

export function relatedScore(shared: RelatedScoreInput['shared']): number {
  let score = 0;
  for (const [signal, count] of Object.entries(shared))
    score += relatedWeights[signal as RelatedSignal] * (count ?? 0);
  return score;
}

/**
 * Orders candidates by score, then recency (newest first), then id for a stable order, and
 * keeps the first `limit`. The article itself is dropped here as well, so a caller's mistake
 * cannot show an article as related to itself; candidates sharing nothing are dropped too.
 */
export function rankRelated<T extends RelatedScoreInput>(
  selfId: string,
  candidates: readonly T[],
  limit = 3,
): T[] {
  return candidates
    .map((c) => ({ c, score: relatedScore(c.shared) }))
    .filter(({ c, score }) => c.id !== selfId && score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.c.publishedAt.localeCompare(a.c.publishedAt) ||
        b.c.id.localeCompare(a.c.id),
    )
    .slice(0, limit)
    .map(({ c }) => c);
}

// Ranking of related news. Pure, so the rule is testable without a database.

export interface RelatedScoreInput {
  id: string;
  publishedAt: string;
  sharedSectors: number;
}

/**
 * Orders candidates by number of shared sectors, then recency (newest first), then id for a
 * stable order, and keeps the first `limit`. The article itself must not be among candidates;
 * it is dropped here as well so a caller's mistake cannot show an article as related to itself.
 */
export function rankRelated<T extends RelatedScoreInput>(
  selfId: string,
  candidates: readonly T[],
  limit = 3,
): T[] {
  return candidates
    .filter((c) => c.id !== selfId && c.sharedSectors > 0)
    .sort(
      (a, b) =>
        b.sharedSectors - a.sharedSectors ||
        b.publishedAt.localeCompare(a.publishedAt) ||
        b.id.localeCompare(a.id),
    )
    .slice(0, limit);
}

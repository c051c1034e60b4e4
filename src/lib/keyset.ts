// Keyset pages: at most `limit` items strictly after a position in a list's fixed order, so items
// added meanwhile are neither skipped nor repeated (the JSON API's cursors encode the position).

/** A request for the items strictly after `after` (the start when absent), at most `limit`. */
export interface KeysetRequest<Position> {
  limit: number;
  after?: Position | undefined;
}

/** One page of a keyset list: its items, and whether more follow the last one. */
export interface KeysetPage<T> {
  items: T[];
  more: boolean;
}

/** The page in `rows` fetched with `limit + 1`: the extra row only says that more follow. */
export function keysetPage<T>(rows: readonly T[], limit: number): KeysetPage<T> {
  return { items: rows.slice(0, limit), more: rows.length > limit };
}

/** Where a list ordered by slug resumes: after this slug (slugs are unique; the id breaks none). */
export interface SlugPosition {
  slug: string;
  id: string;
}

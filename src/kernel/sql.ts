// SQL helpers every repository may use, portable across SQLite and PostgreSQL.

/** `%words%` for a case-insensitive LIKE on both engines, with LIKE's wildcards escaped. */
export function likePattern(q: string): string {
  return `%${q
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

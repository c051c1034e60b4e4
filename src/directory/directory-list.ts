// The admin lists' search and order, done in TypeScript: a cluster's directory holds hundreds to
// a few thousand entries, and SQL's LIKE and ORDER BY fold neither accents nor « de » particles
// the same way on SQLite and PostgreSQL.
import { compareNames } from '../lib/intl.js';
import { slugify } from '../lib/slug.js';

/**
 * The entries whose text holds the query's words (accents and case ignored: `liege` finds
 * « Liège »), sorted by their sort keys in the reader's language, then by id.
 */
export function searchAndSort<T extends { id: string }>(
  entries: readonly T[],
  query: { q: string; locale: string },
  textOf: (entry: T) => string,
  keysOf: (entry: T) => readonly string[],
): T[] {
  const words = slugify(query.q);
  const compare = compareNames(query.locale);
  const byKeys = (a: T, b: T) => {
    const ka = keysOf(a);
    const kb = keysOf(b);
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      const order = compare(ka[i] ?? '', kb[i] ?? '');
      if (order !== 0) return order;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  return entries.filter((e) => !words || slugify(textOf(e)).includes(words)).sort(byKeys);
}

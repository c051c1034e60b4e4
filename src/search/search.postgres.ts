// PostgreSQL engine: generated tsvectors of our terms (array_to_tsvector: no parser, no
// dictionary) under GIN indexes, queried with a tsquery we write ourselves.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { QueryTerm } from './normalise.js';
import type { EngineQuery, MatchRow, SearchEngine } from './search.engine.js';
import { filterConditions, matchColumns } from './search.filter.js';

/**
 * A tsquery literal: terms joined by `&`, each an OR (`|`) of quoted lexemes, a prefix with
 * `:*`. Terms hold only letters and digits, so the quotes cannot be broken out of.
 */
export function tsqueryText(terms: QueryTerm[]): string {
  return terms
    .map((t) => {
      const options = [...(t.prefix ? [`'${t.prefix}':*`] : []), ...t.exact.map((e) => `'${e}'`)];
      return `(${options.join(' | ')})`;
    })
    .join(' & ');
}

export function postgresSearchEngine(db: Db): SearchEngine {
  return {
    dialect: 'postgres',
    async listMatches(query: EngineQuery, opts): Promise<MatchRow[]> {
      if (query.terms.length === 0) return [];
      const vector = opts.titleOnly ? sql.raw('d.title_tsv') : sql.raw('d.all_tsv');
      const { rows } = await sql<MatchRow & { rank_key: number | string }>`
        select ${matchColumns}
        from search_document d
        where ${vector} @@ ${tsqueryText(query.terms)}::tsquery
          and ${filterConditions(query)}
        order by d.rank_key desc
        limit ${opts.limit}`.execute(db);
      // node-postgres returns bigint as text.
      return rows.map((r) => ({ ...r, rank_key: Number(r.rank_key) }));
    },
    // The tsvectors are generated columns of the document rows, and GIN matches prefixes
    // itself: nothing else to note or remove.
    remember: () => Promise.resolve(),
    forget: () => Promise.resolve(),
    forgetAll: () => Promise.resolve(),
    async afterRebuild() {
      await sql`analyze search_document`.execute(db);
    },
  };
}

// SQLite engine: an FTS5 table over our terms (tokenize=ascii keeps them as they are), queried
// in descending rowid order, which FTS5 serves straight from its index and stops at the limit.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { QueryTerm } from './normalise.js';
import type { EngineQuery, MatchRow, SearchEngine } from './search.js';
import { filterConditions, matchColumns } from './search.filter.js';

/**
 * An FTS5 expression: terms joined by AND, each an OR of quoted strings (a prefix gets `*`).
 * Terms hold only letters and digits, so quoting them is enough to make any input inert.
 */
export function fts5Expression(terms: QueryTerm[], titleOnly: boolean): string {
  const expression = terms
    .map((t) => {
      const options = [...(t.prefix ? [`"${t.prefix}"*`] : []), ...t.exact.map((e) => `"${e}"`)];
      return `(${options.join(' OR ')})`;
    })
    .join(' AND ');
  return titleOnly ? `{title_terms} : (${expression})` : expression;
}

export function sqliteSearchEngine(db: Db): SearchEngine {
  return {
    dialect: 'sqlite',
    async listMatches(query: EngineQuery, opts): Promise<MatchRow[]> {
      if (query.terms.length === 0) return [];
      const { rows } = await sql<MatchRow>`
        select ${matchColumns}
        from search_fts f join search_document d on d.rank_key = f.rowid
        where search_fts match ${fts5Expression(query.terms, opts.titleOnly)}
          and ${filterConditions(query)}
        order by f.rowid desc
        limit ${opts.limit}`.execute(db);
      return rows;
    },
    // The FTS5 table holds no copy of the text (external content): a delete must name the terms
    // it indexed, read from the document row before that row goes.
    async forget(trx, type, entityIds) {
      await sql`
        insert into search_fts(search_fts, rowid, title_terms, body_terms)
        select 'delete', rank_key, title_terms, body_terms from search_document
        where type = ${type} and entity_id in (${sql.join(entityIds)})`.execute(trx);
    },
    async forgetAll(trx) {
      await sql`insert into search_fts(search_fts) values ('delete-all')`.execute(trx);
    },
    async afterRebuild() {
      await sql`insert into search_fts(search_fts) values ('optimize')`.execute(db);
    },
  };
}

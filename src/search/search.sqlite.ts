// SQLite engine: an FTS5 table over our terms (tokenize=ascii keeps them as they are), queried
// in descending rowid order, which FTS5 serves straight from its index and stops at the limit.
// A prefix is first expanded into the terms it matches (search_term), because FTS5 answers a
// prefix query by merging the full doclists of those terms before it can stop at the limit.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { QueryTerm } from './normalise.js';
import type { EngineQuery, MatchRow, SearchEngine } from './search.engine.js';
import { filterConditions, matchColumns } from './search.filter.js';
import type { SearchDb } from '../db/tables/search.table.js';
import { aboutSeparator } from './search.documents.js';

/**
 * Past this many terms behind one prefix (`co` on a real corpus) the OR costs more than the
 * prefix query; the prefix is then left to FTS5.
 */
const maxExpansion = 64;

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

/** The distinct terms of some documents, in order of first appearance. */
function termsOf(docs: readonly { title_terms: string; body_terms: string }[]): string[] {
  const seen = new Set<string>();
  for (const d of docs)
    for (const field of [d.title_terms, d.body_terms])
      for (const term of field.split(' ')) if (term && term !== aboutSeparator) seen.add(term);
  return [...seen];
}

export function sqliteSearchEngine(db: Db): SearchEngine {
  /**
   * `term` with its prefix replaced by the indexed terms starting with it (the same documents
   * match), or unchanged when they are too many; null when nothing in the index can match it.
   */
  async function expand(term: QueryTerm): Promise<QueryTerm | null> {
    if (term.prefix === null) return term;
    const prefix = term.prefix;
    // Terms starting with the prefix come first among those sorting at or after it.
    const { rows } = await sql<{ term: string }>`
      select term from search_term where term >= ${prefix}
      order by term limit ${maxExpansion + 1}`.execute(db);
    const found = rows.map((r) => r.term).filter((t) => t.startsWith(prefix));
    if (found.length > maxExpansion) return term;
    const exact = [...new Set([...found, ...term.exact])];
    return exact.length > 0 ? { exact, prefix: null } : null;
  }

  return {
    dialect: 'sqlite',
    async listMatches(query: EngineQuery, opts): Promise<MatchRow[]> {
      if (query.terms.length === 0) return [];
      const terms: QueryTerm[] = [];
      for (const t of query.terms) {
        const expanded = await expand(t);
        if (expanded === null) return [];
        terms.push(expanded);
      }
      const { rows } = await sql<MatchRow>`
        select ${matchColumns}
        from search_fts f join search_document d on d.rank_key = f.rowid
        where search_fts match ${fts5Expression(terms, opts.titleOnly)}
          and ${filterConditions(query)}
        order by f.rowid desc
        limit ${opts.limit}`.execute(db);
      return rows;
    },
    // A term stays listed after its last document goes (an OR of a term matching nothing costs
    // a lookup); a full rebuild lists the index's terms afresh.
    async remember(trx: SearchDb, docs) {
      const terms = termsOf(docs);
      for (let i = 0; i < terms.length; i += 500)
        await sql`insert into search_term (term) values ${sql.join(
          terms.slice(i, i + 500).map((t) => sql`(${t})`),
        )} on conflict do nothing`.execute(trx);
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
      // fts5vocab reads the whole index once (≈ 0.6 s for 188,000 documents); one transaction,
      // so a query meanwhile sees the old list or the new one, never an empty one.
      await db.transaction().execute(async (trx) => {
        await sql`delete from search_term`.execute(trx);
        await sql`insert into search_term (term) select term from search_fts_vocab`.execute(trx);
      });
    },
  };
}

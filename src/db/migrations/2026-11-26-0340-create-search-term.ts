// SQLite only: the list of every term in the FTS5 index, so a prefix typed by a reader (`radar`)
// can be expanded into the terms it stands for (`radar`, `radars`…) and queried as an OR of
// terms. FTS5 answers such an OR lazily, most recent first, stopping at the limit; a prefix query
// (`radar*`) without a prefix index first merges the whole doclist of every term it matches
// (≈ 185,000 documents for a common word on the search benchmark). fts5vocab lists the terms
// but counts their documents as it goes (≈ 4 ms a term), so the list is kept in a plain table.
// PostgreSQL matches prefixes in its GIN index and needs nothing.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql`create virtual table search_fts_vocab using fts5vocab(search_fts, row)`.execute(db);
  await sql`create table search_term (term text primary key) without rowid`.execute(db);
  await sql`insert into search_term (term) select term from search_fts_vocab`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql`drop table if exists search_term`.execute(db);
  await sql`drop table if exists search_fts_vocab`.execute(db);
}

// The search index: one row per public document (an article translation, an organisation, person,
// event or project in one locale) holding the terms our normaliser produced, plus each engine's
// full-text structure over those same terms: an FTS5 table fed by an insert trigger on SQLite, a
// generated tsvectors with GIN indexes on PostgreSQL (no parser or dictionary: the lexemes are
// our terms as they are). The rank key doubles as FTS5 rowid, so "most recent matches first"
// is an index walk on both engines.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('search_document')
    .addColumn('rank_key', 'bigint', (c) => c.primaryKey()) // SQLite: an alias of the rowid
    .addColumn('doc_key', 'text', (c) => c.notNull().unique()) // type:entity_id:locale
    .addColumn('type', 'text', (c) => c.notNull()) // article | organisation | person | event | project
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('title_terms', 'text', (c) => c.notNull())
    .addColumn('body_terms', 'text', (c) => c.notNull())
    .addColumn('sectors', 'text', (c) => c.notNull()) // " aero space " (spaces around each slug)
    .addColumn('year', 'integer')
    .addColumn('dated_at', 'text') // what the recency boost counts from; null for evergreen entities
    .addColumn('visible_from', 'text') // an article is found only from its publication instant
    .execute();
  await db.schema
    .createIndex('search_document_entity_idx')
    .on('search_document')
    .columns(['type', 'entity_id'])
    .execute();

  if (postgres) {
    const vector = (columns: string) =>
      sql.raw(
        `alter table search_document add column ${columns === 'title_terms' ? 'title_tsv' : 'all_tsv'} tsvector ` +
          `generated always as (array_to_tsvector(array_remove(string_to_array(${columns}, ' '), ''))) stored`,
      );
    await vector('title_terms').execute(db);
    await vector(`title_terms || ' ' || body_terms`).execute(db);
    await sql`create index search_document_all_idx on search_document using gin (all_tsv)`.execute(
      db,
    );
    await sql`create index search_document_title_idx on search_document using gin (title_tsv)`.execute(
      db,
    );
    return;
  }
  // detail=column: column filters (titles) without positions, which phrase-free search never needs.
  await sql`create virtual table search_fts using fts5(
    title_terms, body_terms,
    content='search_document', content_rowid='rank_key', tokenize='ascii', detail='column')`.execute(
    db,
  );
  await sql`create trigger search_document_ai after insert on search_document begin
    insert into search_fts(rowid, title_terms, body_terms)
      values (new.rank_key, new.title_terms, new.body_terms);
  end`.execute(db);
  // Deletes are explicit (search.sqlite.ts), so a full rebuild can empty the index in one step.
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    await sql`drop table if exists search_fts`.execute(db);
  }
  await db.schema.dropTable('search_document').execute();
}

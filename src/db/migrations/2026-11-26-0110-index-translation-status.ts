// Every "is this article published?" check looks up (article_id, status). Without this index
// SQLite chose (status, locale) and walked every published translation per check: at 10,000
// articles the news list took seconds (measured by `npm run bench`, see the README).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('article_translation_article_status_idx')
    .on('article_translation')
    .columns(['article_id', 'status'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('article_translation_article_status_idx').execute();
}

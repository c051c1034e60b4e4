// The statements an import needs beyond the newsroom's: an article's translations with their
// keywords (to tell an unchanged item from an updated one), and writing the keywords.
import type { Db } from '../db/database.js';

export interface ImportedTranslationRow {
  id: string;
  locale: string;
  status: string;
  published_at: string | null;
  scheduled_at: string | null;
  slug: string;
  title: string;
  kicker: string;
  credit_line: string;
  body_md: string;
  excerpt: string;
  keywords: string;
}

export function articleImportRepository(db: Db) {
  return {
    async listTranslations(articleId: string): Promise<ImportedTranslationRow[]> {
      return db
        .selectFrom('article_translation')
        .select([
          'id',
          'locale',
          'status',
          'published_at',
          'scheduled_at',
          'slug',
          'title',
          'kicker',
          'credit_line',
          'body_md',
          'excerpt',
          'keywords',
        ])
        .where('article_id', '=', articleId)
        .execute();
    },

    async setKeywords(translationId: string, keywords: string): Promise<void> {
      await db
        .updateTable('article_translation')
        .set({ keywords })
        .where('id', '=', translationId)
        .execute();
    },

    /** The source's own dates: first publication (or creation) and last modification. */
    async setDates(articleId: string, createdAt: string, updatedAt: string): Promise<void> {
      await db
        .updateTable('article')
        .set({ created_at: createdAt, updated_at: updatedAt })
        .where('id', '=', articleId)
        .execute();
    },

    /** Moves an article to the trash, or takes it out (`at` null), without a version bump. */
    async setDeletedAt(articleId: string, at: string | null): Promise<void> {
      await db.updateTable('article').set({ deleted_at: at }).where('id', '=', articleId).execute();
    },
  };
}

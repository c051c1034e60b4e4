// The SQL of the article editor: an article as editors see it (any status, trashed too), and
// what a save writes besides the version (the kernel's versioned save moves that): the article's
// columns, its translations and sectors, and the slug check.
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import { newId } from '../lib/id.js';
import type { ArticleKind, TranslationStatus } from '../db/tables/article.table.js';

export interface EditorArticleRow {
  id: string;
  version: number;
  kind: ArticleKind;
  published_at: string | null;
  hero_media_id: string | null;
  hero_credit: string | null;
  event_id: string | null;
  project_id: string | null;
  created_by: string | null;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface EditorTranslationRow {
  id: string;
  locale: string;
  status: TranslationStatus;
  published_at: string | null;
  scheduled_at: string | null;
  slug: string;
  title: string;
  kicker: string;
  credit_line: string;
  body_md: string;
  excerpt: string;
  excerpt_is_manual: number;
  seo_description: string;
  hero_caption: string;
}

/** Values of one translation written by a save (HTML and excerpt already derived). */
export interface TranslationValues {
  status: TranslationStatus;
  published_at: string | null;
  scheduled_at: string | null;
  slug: string;
  title: string;
  kicker: string;
  credit_line: string;
  body_md: string;
  body_html: string;
  excerpt: string;
  excerpt_is_manual: number;
  seo_description: string;
  hero_caption: string;
}

export interface ArticleValues {
  kind: ArticleKind;
  published_at: string | null;
  hero_media_id: string | null;
  hero_credit: string | null;
  event_id: string | null;
  project_id: string | null;
}

export function articleEditorRepository(db: Db) {
  return {
    async findArticle(id: string): Promise<EditorArticleRow | undefined> {
      return db
        .selectFrom('article')
        .select([
          'id',
          'version',
          'kind',
          'published_at',
          'hero_media_id',
          'hero_credit',
          'event_id',
          'project_id',
          'created_by',
          'deleted_at',
          'created_at',
          'updated_at',
        ])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async listTranslations(articleId: string): Promise<EditorTranslationRow[]> {
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
          'excerpt_is_manual',
          'seo_description',
          'hero_caption',
        ])
        .where('article_id', '=', articleId)
        .orderBy('locale')
        .execute();
    },

    async listSectorIds(articleId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('article_sector')
        .select('sector_id')
        .where('article_id', '=', articleId)
        .execute();
      return rows.map((r) => r.sector_id);
    },

    async insertArticle(
      values: ArticleValues & { created_by: string | null },
      now: string,
    ): Promise<string> {
      const id = newId();
      await translateErrors('Article', () =>
        db
          .insertInto('article')
          .values({ id, ...values, deleted_at: null, created_at: now, updated_at: now })
          .execute(),
      );
      return id;
    },

    /** Writes the article's own columns; its version and update stamp are the save's. */
    async updateArticle(id: string, values: ArticleValues): Promise<void> {
      await translateErrors('Article', () =>
        db.updateTable('article').set(values).where('id', '=', id).execute(),
      );
    },

    /** Inserts or updates the translation of `articleId` in `locale`; returns its id. */
    async upsertTranslation(
      articleId: string,
      locale: string,
      values: TranslationValues,
      now: string,
    ): Promise<string> {
      const existing = await db
        .selectFrom('article_translation')
        .select('id')
        .where('article_id', '=', articleId)
        .where('locale', '=', locale)
        .executeTakeFirst();
      if (existing) {
        await translateErrors('Article translation', () =>
          db
            .updateTable('article_translation')
            .set((eb) => ({ ...values, updated_at: now, version: eb('version', '+', 1) }))
            .where('id', '=', existing.id)
            .execute(),
        );
        return existing.id;
      }
      const id = newId();
      await translateErrors('Article translation', () =>
        db
          .insertInto('article_translation')
          .values({
            id,
            article_id: articleId,
            locale,
            ...values,
            created_at: now,
            updated_at: now,
          })
          .execute(),
      );
      return id;
    },

    async deleteTranslation(articleId: string, locale: string): Promise<void> {
      await db
        .deleteFrom('article_translation')
        .where('article_id', '=', articleId)
        .where('locale', '=', locale)
        .execute();
    },

    async replaceSectors(articleId: string, sectorIds: readonly string[]): Promise<void> {
      await db.deleteFrom('article_sector').where('article_id', '=', articleId).execute();
      if (sectorIds.length)
        await translateErrors('Article', () =>
          db
            .insertInto('article_sector')
            .values(sectorIds.map((sector_id) => ({ article_id: articleId, sector_id })))
            .execute(),
        );
    },

    /** True when another article already uses `slug` in `locale`. */
    async isSlugTaken(locale: string, slug: string, exceptArticleId: string | null) {
      let query = db
        .selectFrom('article_translation')
        .select('article_id')
        .where('locale', '=', locale)
        .where('slug', '=', slug);
      if (exceptArticleId) query = query.where('article_id', '<>', exceptArticleId);
      return (await query.executeTakeFirst()) !== undefined;
    },
  };
}

export type ArticleEditorRepository = ReturnType<typeof articleEditorRepository>;

// Every SQL statement of the newsroom: articles as editors see them (any status, trashed too),
// versioned updates, the admin list, trash and the scheduled-publication queue.
import { sql } from 'kysely';
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

export interface AdminListFilter {
  trashed: boolean;
  status?: TranslationStatus | undefined;
  locale?: string | undefined;
  sectorId?: string | undefined;
  /** Words of the title, matched case-insensitively. */
  q?: string | undefined;
  /** Only articles created by this user. */
  createdBy?: string | undefined;
}

export interface AdminListRow {
  id: string;
  kind: ArticleKind;
  version: number;
  updated_at: string;
  deleted_at: string | null;
  created_by: string | null;
}

export interface AdminListTranslation {
  article_id: string;
  locale: string;
  status: TranslationStatus;
  title: string;
  slug: string;
  scheduled_at: string | null;
}

export interface DueTranslation {
  id: string;
  article_id: string;
  locale: string;
  scheduled_at: string;
}

export interface Option {
  id: string;
  label: string;
}

function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
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

    /**
     * Writes the article's own columns and bumps its version, only if the version is still
     * `expectedVersion`; false when someone saved in between (nothing is written).
     */
    async updateArticle(
      id: string,
      expectedVersion: number,
      values: Partial<ArticleValues> & { deleted_at?: string | null },
      now: string,
    ): Promise<boolean> {
      const result = await translateErrors('Article', () =>
        db
          .updateTable('article')
          .set((eb) => ({ ...values, updated_at: now, version: eb('version', '+', 1) }))
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst(),
      );
      return Number(result.numUpdatedRows) === 1;
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

    /** A page of articles for the newsroom list, most recently updated first. */
    async listArticles(
      filter: AdminListFilter,
      limit: number,
      offset: number,
    ): Promise<{ rows: AdminListRow[]; total: number }> {
      let base = db
        .selectFrom('article as a')
        .where('a.deleted_at', filter.trashed ? 'is not' : 'is', null);
      if (filter.createdBy) base = base.where('a.created_by', '=', filter.createdBy);
      if (filter.sectorId) {
        const sectorId = filter.sectorId;
        base = base.where((eb) =>
          eb.exists(
            eb
              .selectFrom('article_sector as s')
              .select(sql.lit(1).as('one'))
              .whereRef('s.article_id', '=', 'a.id')
              .where('s.sector_id', '=', sectorId),
          ),
        );
      }
      if (filter.status || filter.locale || filter.q) {
        base = base.where((eb) => {
          let sub = eb
            .selectFrom('article_translation as t')
            .select(sql.lit(1).as('one'))
            .whereRef('t.article_id', '=', 'a.id');
          if (filter.status) sub = sub.where('t.status', '=', filter.status);
          if (filter.locale) sub = sub.where('t.locale', '=', filter.locale);
          if (filter.q)
            sub = sub.where(sql<boolean>`lower(t.title) like ${likePattern(filter.q)} escape '\\'`);
          return eb.exists(sub);
        });
      }
      const [rows, count] = await Promise.all([
        base
          .select(['a.id', 'a.kind', 'a.version', 'a.updated_at', 'a.deleted_at', 'a.created_by'])
          .orderBy('a.updated_at', 'desc')
          .orderBy('a.id', 'desc')
          .limit(limit)
          .offset(offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },

    async listTranslationsOf(articleIds: readonly string[]): Promise<AdminListTranslation[]> {
      if (articleIds.length === 0) return [];
      return db
        .selectFrom('article_translation')
        .select(['article_id', 'locale', 'status', 'title', 'slug', 'scheduled_at'])
        .where('article_id', 'in', articleIds)
        .orderBy('locale')
        .execute();
    },

    async listTrashedIds(): Promise<string[]> {
      const rows = await db
        .selectFrom('article')
        .select('id')
        .where('deleted_at', 'is not', null)
        .execute();
      return rows.map((r) => r.id);
    },

    /** Destroys articles for good (translations, sectors and mentions cascade). */
    async deleteArticles(ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.deleteFrom('article').where('id', 'in', ids).execute();
    },

    /** Scheduled translations of live articles whose time has come, oldest first. */
    async listDueTranslations(now: string, limit: number): Promise<DueTranslation[]> {
      const rows = await db
        .selectFrom('article_translation as t')
        .innerJoin('article as a', 'a.id', 't.article_id')
        .select(['t.id', 't.article_id', 't.locale', 't.scheduled_at'])
        .where('t.status', '=', 'scheduled')
        .where('t.scheduled_at', 'is not', null)
        .where('t.scheduled_at', '<=', now)
        .where('a.deleted_at', 'is', null)
        .orderBy('t.scheduled_at')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ ...r, scheduled_at: r.scheduled_at! }));
    },

    /**
     * Publishes one scheduled translation at its scheduled instant and bumps its article's
     * version (open forms then get a conflict instead of overwriting); false when it was no
     * longer scheduled (another instance or an editor got there first).
     */
    async publishScheduled(translationId: string, at: string, now: string): Promise<boolean> {
      const row = await db
        .updateTable('article_translation')
        .set((eb) => ({
          status: 'published',
          published_at: eb.fn.coalesce('published_at', eb.val(at)),
          scheduled_at: null,
          updated_at: now,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', translationId)
        .where('status', '=', 'scheduled')
        .returning('article_id')
        .executeTakeFirst();
      if (!row) return false;
      await db
        .updateTable('article')
        .set((eb) => ({
          published_at: eb.fn.coalesce('published_at', eb.val(at)),
          updated_at: now,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', row.article_id)
        .execute();
      return true;
    },

    /** The alt text of a media item in a locale; undefined when the media does not exist. */
    async findMediaAlt(mediaId: string, locale: string): Promise<{ alt: string } | undefined> {
      const row = await db
        .selectFrom('media as m')
        .leftJoin('media_translation as mt', (j) =>
          j.onRef('mt.media_id', '=', 'm.id').on('mt.locale', '=', locale),
        )
        .select(['m.id', 'mt.alt'])
        .where('m.id', '=', mediaId)
        .where('m.deleted_at', 'is', null)
        .executeTakeFirst();
      return row ? { alt: row.alt ?? '' } : undefined;
    },

    async listMediaOptions(): Promise<(Option & { storage_key: string })[]> {
      const rows = await db
        .selectFrom('media')
        .select(['id', 'original_name', 'storage_key'])
        .where('deleted_at', 'is', null)
        .orderBy('created_at', 'desc')
        .limit(500)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        label: r.original_name || r.storage_key,
        storage_key: r.storage_key,
      }));
    },

    async listEventOptions(locale: string): Promise<Option[]> {
      const rows = await db
        .selectFrom('event as e')
        .leftJoin('event_translation as t', (j) =>
          j.onRef('t.event_id', '=', 'e.id').on('t.locale', '=', locale),
        )
        .select(['e.id', 'e.slug', 'e.starts_at', 't.title'])
        .where('e.deleted_at', 'is', null)
        .orderBy('e.starts_at', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        label: `${r.starts_at.slice(0, 10)} – ${r.title ?? r.slug}`,
      }));
    },

    async listProjectOptions(): Promise<Option[]> {
      const rows = await db
        .selectFrom('project')
        .select(['id', 'name', 'acronym'])
        .where('deleted_at', 'is', null)
        .orderBy('name')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        label: r.acronym && r.acronym !== r.name ? `${r.name} (${r.acronym})` : r.name,
      }));
    },
  };
}

export type ArticleEditorRepository = ReturnType<typeof articleEditorRepository>;

// The JSON API's SQL about public articles: keyset pages on (published_at, id), one article by
// id or slug, their published translations, sectors and hero image.
import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../db/database.js';
import type { Schema } from '../db/schema.js';
import type { ArticleKind } from '../db/tables/article.table.js';

export interface ApiArticleRow {
  id: string;
  kind: ArticleKind;
  published_at: string;
  updated_at: string;
  hero_media_id: string | null;
  hero_credit: string | null;
  event_id: string | null;
  project_id: string | null;
}

export interface ApiTranslationRow {
  article_id: string;
  locale: string;
  slug: string;
  title: string;
  kicker: string;
  credit_line: string;
  excerpt: string;
  body_html: string;
  seo_description: string;
  hero_caption: string;
  updated_at: string;
}

export interface ApiArticleFilter {
  now: string;
  limit: number;
  after?: { publishedAt: string; id: string } | undefined;
  sectorId?: string | undefined;
  kind?: ArticleKind | undefined;
  /** Published at or after this instant. */
  since?: string | undefined;
  /** Only articles with a published translation in this locale. */
  lang?: string | undefined;
}

type Eb = ExpressionBuilder<Schema & { a: Schema['article'] }, 'a'>;

function isPublic(eb: Eb, now: string, lang?: string) {
  let translation = eb
    .selectFrom('article_translation as pt')
    .select(sql.lit(1).as('one'))
    .whereRef('pt.article_id', '=', 'a.id')
    .where('pt.status', '=', 'published');
  if (lang) translation = translation.where('pt.locale', '=', lang);
  return eb.and([
    eb('a.deleted_at', 'is', null),
    eb('a.published_at', 'is not', null),
    eb('a.published_at', '<=', now),
    eb.exists(translation),
  ]);
}

const articleColumns = [
  'a.id',
  'a.kind',
  'a.published_at',
  'a.updated_at',
  'a.hero_media_id',
  'a.hero_credit',
  'a.event_id',
  'a.project_id',
] as const;

export function apiArticleRepository(db: Db) {
  return {
    /** Public articles newest first, strictly after `after` in that order; `limit` rows. */
    async listArticles(filter: ApiArticleFilter): Promise<ApiArticleRow[]> {
      let query = db
        .selectFrom('article as a')
        .select(articleColumns)
        .where((eb) => isPublic(eb, filter.now, filter.lang));
      if (filter.kind) query = query.where('a.kind', '=', filter.kind);
      if (filter.since) query = query.where('a.published_at', '>=', filter.since);
      if (filter.sectorId) {
        const sectorId = filter.sectorId;
        query = query.where((eb) =>
          eb.exists(
            eb
              .selectFrom('article_sector as s')
              .select(sql.lit(1).as('one'))
              .whereRef('s.article_id', '=', 'a.id')
              .where('s.sector_id', '=', sectorId),
          ),
        );
      }
      if (filter.after) {
        const { publishedAt, id } = filter.after;
        query = query.where((eb) =>
          eb.or([
            eb('a.published_at', '<', publishedAt),
            eb.and([eb('a.published_at', '=', publishedAt), eb('a.id', '<', id)]),
          ]),
        );
      }
      const rows = await query
        .orderBy('a.published_at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(filter.limit)
        .execute();
      return rows as ApiArticleRow[];
    },

    async findPublicArticle(id: string, now: string): Promise<ApiArticleRow | undefined> {
      const row = await db
        .selectFrom('article as a')
        .select(articleColumns)
        .where('a.id', '=', id)
        .where((eb) => isPublic(eb, now))
        .executeTakeFirst();
      return row as ApiArticleRow | undefined;
    },

    /** The id of the public article whose published `locale` translation has this slug. */
    async findPublicArticleIdBySlug(
      locale: string,
      slug: string,
      now: string,
    ): Promise<string | undefined> {
      const row = await db
        .selectFrom('article_translation as t')
        .innerJoin('article as a', 'a.id', 't.article_id')
        .select('a.id')
        .where('t.locale', '=', locale)
        .where('t.slug', '=', slug)
        .where('t.status', '=', 'published')
        .where('a.deleted_at', 'is', null)
        .where('a.published_at', '<=', now)
        .executeTakeFirst();
      return row?.id;
    },

    /** Published translations of these articles. */
    async listPublishedTranslations(articleIds: readonly string[]): Promise<ApiTranslationRow[]> {
      if (articleIds.length === 0) return [];
      return db
        .selectFrom('article_translation')
        .select([
          'article_id',
          'locale',
          'slug',
          'title',
          'kicker',
          'credit_line',
          'excerpt',
          'body_html',
          'seo_description',
          'hero_caption',
          'updated_at',
        ])
        .where('article_id', 'in', articleIds)
        .where('status', '=', 'published')
        .orderBy('locale')
        .execute();
    },

    /** (article, sector) pairs of these articles. */
    async listArticleSectors(
      articleIds: readonly string[],
    ): Promise<{ owner_id: string; sector_id: string }[]> {
      if (articleIds.length === 0) return [];
      return db
        .selectFrom('article_sector')
        .select(['article_id as owner_id', 'sector_id'])
        .where('article_id', 'in', articleIds)
        .execute();
    },

    /** Storage keys of media, by id, for image URLs. */
    async listMedia(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('media')
        .select(['id', 'storage_key', 'width', 'height', 'credit'])
        .where('id', 'in', ids)
        .where('deleted_at', 'is', null)
        .execute();
    },

    /** Alt texts of a media item, by locale. */
    async listMediaAlt(mediaId: string): Promise<{ locale: string; alt: string }[]> {
      return db
        .selectFrom('media_translation')
        .select(['locale', 'alt'])
        .where('media_id', '=', mediaId)
        .execute();
    },
  };
}

export type ApiArticleRepository = ReturnType<typeof apiArticleRepository>;

// The SQL of public articles read in keyset pages on (published_at, id), newest first, and what
// a page of them needs in one query each: published translations, hero images with alt texts.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { ArticleKind } from '../db/tables/article.table.js';
import type { KeysetRequest } from '../lib/keyset.js';
import { isPublic, type ArticleEb } from './article-public.repository.js';
import type { ArticleDetail } from './article.repository.js';

/** A public article without its texts. */
export type PublicArticleRow = Pick<
  ArticleDetail,
  | 'id'
  | 'kind'
  | 'published_at'
  | 'updated_at'
  | 'hero_media_id'
  | 'hero_credit'
  | 'event_id'
  | 'project_id'
> & { version: number };

/** One published translation, whole. */
export type PublishedTranslationRow = Pick<
  ArticleDetail,
  | 'locale'
  | 'slug'
  | 'title'
  | 'kicker'
  | 'credit_line'
  | 'excerpt'
  | 'body_html'
  | 'seo_description'
  | 'hero_caption'
> & { article_id: string; updated_at: string };

export interface HeroMediaRow {
  id: string;
  storage_key: string;
  width: number;
  height: number;
  credit: string;
  /** Alt texts by locale, in locale order. */
  alts: { locale: string; alt: string }[];
}

/** Where a keyset page of articles resumes: after this article. */
export interface ArticlePosition {
  publishedAt: string;
  id: string;
}

export interface PublicArticleFilter extends KeysetRequest<ArticlePosition> {
  now: string;
  sectorId?: string | undefined;
  kind?: ArticleKind | undefined;
  /** Published at or after this instant. */
  since?: string | undefined;
  /** Only articles with a published translation in this locale. */
  lang?: string | undefined;
}

const articleColumns = [
  'a.id',
  'a.version',
  'a.kind',
  'a.published_at',
  'a.updated_at',
  'a.hero_media_id',
  'a.hero_credit',
  'a.event_id',
  'a.project_id',
] as const;

/** Whether the article has a published translation in `lang`. */
function publishedIn(eb: ArticleEb, lang: string) {
  return eb.exists(
    eb
      .selectFrom('article_translation as lt')
      .select(sql.lit(1).as('one'))
      .whereRef('lt.article_id', '=', 'a.id')
      .where('lt.status', '=', 'published')
      .where('lt.locale', '=', lang),
  );
}

export function articleKeysetRepository(db: Db) {
  return {
    /** Public articles newest first, strictly after `after` in that order; `limit` rows. */
    async listPublicArticlesAfter(filter: PublicArticleFilter): Promise<PublicArticleRow[]> {
      let query = db
        .selectFrom('article as a')
        .select(articleColumns)
        .where((eb) => isPublic(eb, filter.now));
      const { lang, sectorId, after } = filter;
      if (lang) query = query.where((eb) => publishedIn(eb, lang));
      if (filter.kind) query = query.where('a.kind', '=', filter.kind);
      if (filter.since) query = query.where('a.published_at', '>=', filter.since);
      if (sectorId)
        query = query.where((eb) =>
          eb.exists(
            eb
              .selectFrom('article_sector as s')
              .select(sql.lit(1).as('one'))
              .whereRef('s.article_id', '=', 'a.id')
              .where('s.sector_id', '=', sectorId),
          ),
        );
      if (after)
        query = query.where((eb) =>
          eb.or([
            eb('a.published_at', '<', after.publishedAt),
            eb.and([eb('a.published_at', '=', after.publishedAt), eb('a.id', '<', after.id)]),
          ]),
        );
      const rows = await query
        .orderBy('a.published_at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(filter.limit)
        .execute();
      return rows as PublicArticleRow[];
    },

    async findPublicArticle(id: string, now: string): Promise<PublicArticleRow | undefined> {
      const row = await db
        .selectFrom('article as a')
        .select(articleColumns)
        .where('a.id', '=', id)
        .where((eb) => isPublic(eb, now))
        .executeTakeFirst();
      return row as PublicArticleRow | undefined;
    },

    /** Published translations of these articles, whole, in locale order. */
    async listPublishedTranslationTexts(
      articleIds: readonly string[],
    ): Promise<PublishedTranslationRow[]> {
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

    /** Live hero images by id, each with its alt texts (two queries for any number). */
    async listHeroMedia(ids: readonly string[]): Promise<HeroMediaRow[]> {
      if (ids.length === 0) return [];
      const [media, alts] = await Promise.all([
        db
          .selectFrom('media')
          .select(['id', 'storage_key', 'width', 'height', 'credit'])
          .where('id', 'in', ids)
          .where('deleted_at', 'is', null)
          .execute(),
        db
          .selectFrom('media_translation')
          .select(['media_id', 'locale', 'alt'])
          .where('media_id', 'in', ids)
          .orderBy('locale')
          .execute(),
      ]);
      return media.map((m) => ({
        ...m,
        alts: alts
          .filter((a) => a.media_id === m.id)
          .map((a) => ({ locale: a.locale, alt: a.alt })),
      }));
    },
  };
}

export type ArticleKeysetRepository = ReturnType<typeof articleKeysetRepository>;

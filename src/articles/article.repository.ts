// The SQL about articles, their translations and sectors: the public reads here, the related
// news, an entity's news and the writes in their own article-*.repository.ts files, gathered
// into one repository so the service keeps one port.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { ArticleKind } from '../db/tables/article.table.js';
import type { ArticleListRow } from './article-public.repository.js';
import { isPublic, pageOfArticles } from './article-public.repository.js';
import { articleEntityNewsRepository } from './article-entity-news.repository.js';
import { articleRelatedRepository } from './article-related.repository.js';
import { articleWriteRepository } from './article-write.repository.js';

/** One language version as shown in lists. */
export interface TranslationCard {
  article_id: string;
  locale: string;
  slug: string;
  title: string;
  excerpt: string;
}

export interface ArticleDetail {
  id: string;
  kind: ArticleKind;
  published_at: string;
  updated_at: string;
  hero_media_id: string | null;
  hero_credit: string | null;
  event_id: string | null;
  project_id: string | null;
  translation_id: string;
  locale: string;
  slug: string;
  title: string;
  kicker: string;
  credit_line: string;
  body_html: string;
  excerpt: string;
  seo_description: string;
  hero_caption: string;
  translation_updated_at: string;
}

export interface HeroImage {
  storage_key: string;
  width: number;
  height: number;
  mime_type: string;
  credit: string;
  alt: string | null;
}

export function articleRepository(db: Db) {
  return {
    /** A page of public articles, newest first, optionally in one sector. */
    async listPublicArticles(opts: {
      now: string;
      limit: number;
      offset: number;
      sectorId?: string;
    }): Promise<{ rows: ArticleListRow[]; total: number }> {
      let base = db.selectFrom('article as a').where((eb) => isPublic(eb, opts.now));
      if (opts.sectorId) {
        const sectorId = opts.sectorId;
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
      return pageOfArticles(base, opts);
    },

    /** Published translations of the given articles, for choosing one per article. */
    async listPublishedTranslations(articleIds: readonly string[]): Promise<TranslationCard[]> {
      if (articleIds.length === 0) return [];
      return db
        .selectFrom('article_translation')
        .select(['article_id', 'locale', 'slug', 'title', 'excerpt'])
        .where('article_id', 'in', articleIds)
        .where('status', '=', 'published')
        .execute();
    },

    /** The public article whose translation in `locale` has this slug. */
    async findPublicBySlug(
      locale: string,
      slug: string,
      now: string,
    ): Promise<ArticleDetail | undefined> {
      const row = await db
        .selectFrom('article_translation as t')
        .innerJoin('article as a', 'a.id', 't.article_id')
        .select([
          'a.id',
          'a.kind',
          'a.published_at',
          'a.updated_at',
          'a.hero_media_id',
          'a.hero_credit',
          'a.event_id',
          'a.project_id',
          't.id as translation_id',
          't.locale',
          't.slug',
          't.title',
          't.kicker',
          't.credit_line',
          't.body_html',
          't.excerpt',
          't.seo_description',
          't.hero_caption',
          't.updated_at as translation_updated_at',
        ])
        .where('t.locale', '=', locale)
        .where('t.slug', '=', slug)
        .where('t.status', '=', 'published')
        .where('a.deleted_at', 'is', null)
        .where('a.published_at', '<=', now)
        .executeTakeFirst();
      return row as ArticleDetail | undefined;
    },

    /** Slugs of an article's published translations, by locale. */
    async listPublishedSlugs(articleId: string): Promise<Map<string, string>> {
      const rows = await db
        .selectFrom('article_translation')
        .select(['locale', 'slug'])
        .where('article_id', '=', articleId)
        .where('status', '=', 'published')
        .execute();
      return new Map(rows.map((r) => [r.locale, r.slug]));
    },

    async findHeroImage(mediaId: string, locale: string): Promise<HeroImage | undefined> {
      return db
        .selectFrom('media as m')
        .leftJoin('media_translation as mt', (j) =>
          j.onRef('mt.media_id', '=', 'm.id').on('mt.locale', '=', locale),
        )
        .select(['m.storage_key', 'm.width', 'm.height', 'm.mime_type', 'm.credit', 'mt.alt'])
        .where('m.id', '=', mediaId)
        .where('m.deleted_at', 'is', null)
        .executeTakeFirst();
    },

    ...articleRelatedRepository(db),
    ...articleEntityNewsRepository(db),
    ...articleWriteRepository(db),
  };
}

export type ArticleRepository = ReturnType<typeof articleRepository>;

// Every SQL statement of the sitemap: the public addresses and when each last changed.
import type { Db } from '../db/database.js';

export interface SitemapArticleRow {
  article_id: string;
  locale: string;
  slug: string;
  article_updated_at: string;
  translation_updated_at: string;
}

export interface SitemapEntityRow {
  slug: string;
  updated_at: string;
}

export function sitemapRepository(db: Db) {
  return {
    /** Published translations of public articles, newest article first. */
    async listPublicTranslations(now: string): Promise<SitemapArticleRow[]> {
      return db
        .selectFrom('article_translation as t')
        .innerJoin('article as a', 'a.id', 't.article_id')
        .select([
          't.article_id',
          't.locale',
          't.slug',
          'a.updated_at as article_updated_at',
          't.updated_at as translation_updated_at',
        ])
        .where('t.status', '=', 'published')
        .where('a.deleted_at', 'is', null)
        .where('a.published_at', 'is not', null)
        .where('a.published_at', '<=', now)
        .orderBy('a.published_at', 'desc')
        .orderBy('a.id', 'desc')
        .orderBy('t.locale')
        .execute();
    },

    /** (article, sector slug) pairs, for the sectors' last change. */
    async listArticleSectors(): Promise<{ article_id: string; slug: string }[]> {
      return db
        .selectFrom('article_sector as x')
        .innerJoin('sector as s', 's.id', 'x.sector_id')
        .select(['x.article_id', 's.slug'])
        .where('s.deleted_at', 'is', null)
        .execute();
    },

    async listSectors(): Promise<SitemapEntityRow[]> {
      return db
        .selectFrom('sector')
        .select(['slug', 'updated_at'])
        .where('deleted_at', 'is', null)
        .orderBy('position')
        .orderBy('slug')
        .execute();
    },

    /** Live organisations, people, events or projects, by slug. */
    async listEntities(
      table: 'organisation' | 'person' | 'event' | 'project',
    ): Promise<SitemapEntityRow[]> {
      return db
        .selectFrom(table)
        .select(['slug', 'updated_at'])
        .where('deleted_at', 'is', null)
        .orderBy('slug')
        .execute();
    },
  };
}

export type SitemapRepository = ReturnType<typeof sitemapRepository>;

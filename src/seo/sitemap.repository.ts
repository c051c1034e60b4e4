// Every SQL statement of the sitemap: the public addresses and when each last changed.
import type { Db } from '../db/database.js';
import { published } from '../kernel/directory-status.js';

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
  /** Sectors and events: the address in each translated locale (else `slug`). */
  slugs?: Record<string, string>;
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
      const rows = await db
        .selectFrom('sector')
        .select(['id', 'slug', 'updated_at'])
        .where('deleted_at', 'is', null)
        .orderBy('position')
        .orderBy('slug')
        .execute();
      const texts = await db
        .selectFrom('sector_translation')
        .select(['sector_id as owner', 'locale', 'slug'])
        .execute();
      return withSlugs(rows, texts);
    },

    /** Live events with their address in each locale. */
    async listEvents(): Promise<SitemapEntityRow[]> {
      const rows = await db
        .selectFrom('event')
        .select(['id', 'slug', 'updated_at'])
        .where('deleted_at', 'is', null)
        .orderBy('slug')
        .execute();
      const texts = await db
        .selectFrom('event_translation')
        .select(['event_id as owner', 'locale', 'slug'])
        .execute();
      return withSlugs(rows, texts);
    },

    /** Live (and published) organisations, people, events or projects, by slug. */
    async listEntities(
      table: 'organisation' | 'person' | 'event' | 'project',
    ): Promise<SitemapEntityRow[]> {
      return (
        db
          .selectFrom(table)
          .select(['slug', 'updated_at'])
          .where('deleted_at', 'is', null)
          // Organisations and people may be drafts, which readers never see.
          .$if(table === 'organisation' || table === 'person', (q) => q.where(published(table)))
          .orderBy('slug')
          .execute()
      );
    },
  };
}

export type SitemapRepository = ReturnType<typeof sitemapRepository>;

function withSlugs(
  rows: { id: string; slug: string; updated_at: string }[],
  texts: { owner: string; locale: string; slug: string | null }[],
): SitemapEntityRow[] {
  const slugs = new Map<string, Record<string, string>>();
  for (const t of texts)
    if (t.slug) slugs.set(t.owner, { ...slugs.get(t.owner), [t.locale]: t.slug });
  return rows.map((r) => ({
    slug: r.slug,
    updated_at: r.updated_at,
    slugs: slugs.get(r.id) ?? {},
  }));
}

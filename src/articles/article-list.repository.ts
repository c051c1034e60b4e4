// The SQL of the newsroom's article list: a filtered page of articles as editors see them (any
// status, or the trash) and their translations' titles and statuses.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { ArticleKind, TranslationStatus } from '../db/tables/article.table.js';
import { likePattern } from '../kernel/sql.js';

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

export function articleListRepository(db: Db) {
  return {
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
  };
}

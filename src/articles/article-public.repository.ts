// What readers may see of articles, shared by every public read: the visibility rule and one
// page of article cards with its total.
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { Schema } from '../db/schema.js';
import type { ArticleKind } from '../db/tables/article.table.js';

export interface ArticleListRow {
  id: string;
  kind: ArticleKind;
  published_at: string;
  hero_storage_key: string | null;
}

export type ArticleEb = ExpressionBuilder<Schema & { a: Schema['article'] }, 'a'>;

/** An article is public when live, published, and published in at least one language. */
export function isPublic(eb: ArticleEb, now: string) {
  return eb.and([
    eb('a.deleted_at', 'is', null),
    eb('a.published_at', 'is not', null),
    eb('a.published_at', '<=', now),
    eb.exists(
      eb
        .selectFrom('article_translation as pt')
        .select(sql.lit(1).as('one'))
        .whereRef('pt.article_id', '=', 'a.id')
        .where('pt.status', '=', 'published'),
    ),
  ]);
}

/** Public articles as cards, newest first, one page of `base` with the count of all of it. */
export async function pageOfArticles(
  base: SelectQueryBuilder<Schema & { a: Schema['article'] }, 'a', object>,
  opts: { limit: number; offset: number },
): Promise<{ rows: ArticleListRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    base
      // A hero moved to the media trash is no longer shown.
      .leftJoin('media as m', (j) =>
        j.onRef('m.id', '=', 'a.hero_media_id').on('m.deleted_at', 'is', null),
      )
      .select(['a.id', 'a.kind', 'a.published_at', 'm.storage_key as hero_storage_key'])
      .orderBy('a.published_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(opts.limit)
      .offset(opts.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as ArticleListRow[], total: Number(count.n) };
}

// Every SQL statement of the feeds: the body, dates and hero image of the translations listed.
import type { Db } from '../db/database.js';

export interface FeedEntryRow {
  article_id: string;
  locale: string;
  body_html: string;
  credit_line: string;
  article_updated_at: string;
  translation_updated_at: string;
  hero_mime_type: string | null;
  hero_byte_size: number | null;
  hero_width: number | null;
  hero_height: number | null;
}

export function feedRepository(db: Db) {
  return {
    /** Published translations of the given articles with their hero image's file facts. */
    async listEntryDetails(articleIds: readonly string[]): Promise<FeedEntryRow[]> {
      if (articleIds.length === 0) return [];
      return db
        .selectFrom('article_translation as t')
        .innerJoin('article as a', 'a.id', 't.article_id')
        .leftJoin('media as m', (j) =>
          j.onRef('m.id', '=', 'a.hero_media_id').on('m.deleted_at', 'is', null),
        )
        .select([
          't.article_id',
          't.locale',
          't.body_html',
          't.credit_line',
          'a.updated_at as article_updated_at',
          't.updated_at as translation_updated_at',
          'm.mime_type as hero_mime_type',
          'm.byte_size as hero_byte_size',
          'm.width as hero_width',
          'm.height as hero_height',
        ])
        .where('t.article_id', 'in', articleIds)
        .where('t.status', '=', 'published')
        .execute();
    },
  };
}

export type FeedRepository = ReturnType<typeof feedRepository>;

// The SQL behind the article form's selects (media, events, projects) and the hero image check.
import type { Db } from '../db/database.js';

export interface Option {
  id: string;
  label: string;
}

export function articleOptionsRepository(db: Db) {
  return {
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

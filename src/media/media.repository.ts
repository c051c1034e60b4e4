// Every SQL statement about media files, their alt texts and their generated variants.
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import { AppError } from '../errors.js';
import { newId } from '../lib/id.js';
import type { MediaVariantTable } from '../db/tables/media.table.js';

export interface NewMedia {
  /** Chosen by the caller when it must know the id before the row exists (an import's claim). */
  id?: string | undefined;
  storage_key: string;
  original_name: string;
  mime_type: string;
  width: number;
  height: number;
  byte_size: number;
  credit: string;
  alt: Record<string, string>;
  /** Uploads start `pending` until their variants exist; registered files are `ready`. */
  status?: MediaStatus;
  uploaded_by?: string | null;
}

export type MediaStatus = 'pending' | 'ready' | 'failed';

export interface MediaRow {
  id: string;
  storage_key: string;
  original_name: string;
  mime_type: string;
  width: number;
  height: number;
  byte_size: number;
  credit: string;
  status: MediaStatus;
  uploaded_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export type MediaVariantRow = MediaVariantTable;
export type NewVariant = Omit<MediaVariantTable, 'id' | 'media_id'>;

const mediaColumns = [
  'm.id',
  'm.storage_key',
  'm.original_name',
  'm.mime_type',
  'm.width',
  'm.height',
  'm.byte_size',
  'm.credit',
  'm.status',
  'm.uploaded_by',
  'm.created_at',
  'm.updated_at',
  'm.version',
] as const;

export function mediaRepository(db: Db) {
  return {
    async insertMedia(input: NewMedia, now: string): Promise<string> {
      const { id: chosen, alt, status, uploaded_by, ...row } = input;
      const id = chosen ?? newId();
      await translateErrors('Media', () =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('media')
            .values({
              id,
              ...row,
              status: status ?? 'ready',
              uploaded_by: uploaded_by ?? null,
              deleted_at: null,
              created_at: now,
              updated_at: now,
            })
            .execute();
          const t = Object.entries(alt)
            .filter(([, text]) => text.trim() !== '')
            .map(([locale, text]) => ({ media_id: id, locale, alt: text.trim() }));
          if (t.length) await trx.insertInto('media_translation').values(t).execute();
        }),
      );
      return id;
    },

    /** A media not in the trash. */
    async findMedia(id: string): Promise<MediaRow | undefined> {
      return db
        .selectFrom('media as m')
        .select(mediaColumns)
        .where('m.id', '=', id)
        .where('m.deleted_at', 'is', null)
        .executeTakeFirst();
    },

    /** Alt text of a media per locale (locales without one are absent). */
    async listAltTexts(id: string): Promise<Record<string, string>> {
      const rows = await db
        .selectFrom('media_translation')
        .select(['locale', 'alt'])
        .where('media_id', '=', id)
        .execute();
      return Object.fromEntries(rows.map((r) => [r.locale, r.alt]));
    },

    /** One page of the library, newest first, trash excluded. */
    async listMedia(opts: { limit: number; offset: number }): Promise<{
      rows: MediaRow[];
      total: number;
    }> {
      const [rows, count] = await Promise.all([
        db
          .selectFrom('media as m')
          .select(mediaColumns)
          .where('m.deleted_at', 'is', null)
          .orderBy('m.created_at', 'desc')
          .orderBy('m.id', 'desc')
          .limit(opts.limit)
          .offset(opts.offset)
          .execute(),
        db
          .selectFrom('media')
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .where('deleted_at', 'is', null)
          .executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },

    /** Locales in which each media has a non-empty alt text. */
    async listAltLocales(ids: readonly string[]): Promise<Map<string, string[]>> {
      const out = new Map<string, string[]>();
      if (ids.length === 0) return out;
      const rows = await db
        .selectFrom('media_translation')
        .select(['media_id', 'locale'])
        .where('media_id', 'in', ids)
        .where('alt', '<>', '')
        .execute();
      for (const r of rows) out.set(r.media_id, [...(out.get(r.media_id) ?? []), r.locale]);
      return out;
    },

    async listVariants(ids: readonly string[]): Promise<MediaVariantRow[]> {
      if (ids.length === 0) return [];
      return db
        .selectFrom('media_variant')
        .selectAll()
        .where('media_id', 'in', ids)
        .orderBy('media_id')
        .orderBy('width')
        .orderBy('format')
        .execute();
    },

    /**
     * Variants of the ready, non-deleted media stored under these original keys (what article
     * rows carry), keyed by the original's storage key.
     */
    async listVariantsByStorageKeys(
      keys: readonly string[],
    ): Promise<(MediaVariantRow & { original_key: string })[]> {
      if (keys.length === 0) return [];
      return db
        .selectFrom('media_variant as v')
        .innerJoin('media as m', 'm.id', 'v.media_id')
        .selectAll('v')
        .select('m.storage_key as original_key')
        .where('m.storage_key', 'in', keys)
        .where('m.status', '=', 'ready')
        .where('m.deleted_at', 'is', null)
        .orderBy('v.width')
        .execute();
    },

    /** Replaces the variants of a media and marks it ready, in one transaction. */
    async saveVariants(mediaId: string, variants: readonly NewVariant[], now: string) {
      await translateErrors('Media variant', () =>
        db.transaction().execute(async (trx) => {
          await trx.deleteFrom('media_variant').where('media_id', '=', mediaId).execute();
          if (variants.length) {
            await trx
              .insertInto('media_variant')
              .values(variants.map((v) => ({ id: newId(), media_id: mediaId, ...v })))
              .execute();
          }
          await trx
            .updateTable('media')
            .set({ status: 'ready', updated_at: now })
            .where('id', '=', mediaId)
            .execute();
        }),
      );
    },

    async setStatus(mediaId: string, status: MediaStatus, now: string): Promise<void> {
      await db
        .updateTable('media')
        .set({ status, updated_at: now })
        .where('id', '=', mediaId)
        .execute();
    },

    /** Uploads whose variants were never made (the process stopped): the worker resumes them. */
    async listPendingIds(): Promise<string[]> {
      const rows = await db
        .selectFrom('media')
        .select('id')
        .where('status', '=', 'pending')
        .where('deleted_at', 'is', null)
        .orderBy('created_at')
        .execute();
      return rows.map((r) => r.id);
    },

    /**
     * Saves credit and alt texts if the media is still at `version` (optimistic concurrency);
     * an empty alt text removes that locale's row.
     */
    async updateMedia(
      id: string,
      version: number,
      input: { credit: string; alt: Record<string, string> },
      now: string,
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('media')
          .set((eb) => ({
            credit: input.credit,
            updated_at: now,
            version: eb('version', '+', 1),
          }))
          .where('id', '=', id)
          .where('version', '=', version)
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) {
          const exists = await trx
            .selectFrom('media')
            .select('id')
            .where('id', '=', id)
            .where('deleted_at', 'is', null)
            .executeTakeFirst();
          if (!exists) throw new AppError('not_found', 'This image does not exist.');
          throw new AppError(
            'conflict',
            'Someone saved this image since you opened it; reload to see their changes.',
          );
        }
        for (const [locale, text] of Object.entries(input.alt)) {
          await trx
            .deleteFrom('media_translation')
            .where('media_id', '=', id)
            .where('locale', '=', locale)
            .execute();
          if (text.trim()) {
            await trx
              .insertInto('media_translation')
              .values({ media_id: id, locale, alt: text.trim() })
              .execute();
          }
        }
      });
    },

    /** Moves a media to the trash (deleted_at); its files and rows stay. */
    async softDelete(id: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('media')
        .set((eb) => ({ deleted_at: now, updated_at: now, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Whether the media exists (not in the trash) with a non-empty alt text in `locale`. */
    async hasAltText(mediaId: string, locale: string): Promise<boolean> {
      const row = await db
        .selectFrom('media_translation as mt')
        .innerJoin('media as m', 'm.id', 'mt.media_id')
        .select('mt.media_id')
        .where('mt.media_id', '=', mediaId)
        .where('mt.locale', '=', locale)
        .where('mt.alt', '<>', '')
        .where('m.deleted_at', 'is', null)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

export type MediaRepository = ReturnType<typeof mediaRepository>;

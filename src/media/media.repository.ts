// Every SQL statement about media files (this issue: registering existing files).
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import { newId } from '../lib/id.js';

export interface NewMedia {
  storage_key: string;
  original_name: string;
  mime_type: string;
  width: number;
  height: number;
  byte_size: number;
  credit: string;
  alt: Record<string, string>;
}

export function mediaRepository(db: Db) {
  return {
    async insertMedia(input: NewMedia, now: string): Promise<string> {
      const id = newId();
      const { alt, ...row } = input;
      await translateErrors('Media', () =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('media')
            .values({
              id,
              ...row,
              status: 'ready',
              uploaded_by: null,
              deleted_at: null,
              created_at: now,
              updated_at: now,
            })
            .execute();
          const t = Object.entries(alt).map(([locale, text]) => ({
            media_id: id,
            locale,
            alt: text,
          }));
          if (t.length) await trx.insertInto('media_translation').values(t).execute();
        }),
      );
      return id;
    },
  };
}

export type MediaRepository = ReturnType<typeof mediaRepository>;

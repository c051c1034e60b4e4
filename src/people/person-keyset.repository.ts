// The SQL of people read in keyset pages on (slug, id), with their biography in the reader's
// locale and the fallback's (affiliations come from the person repository, batched).
import { localeFallback } from '../kernel/locale-fallback.js';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { published } from '../kernel/directory-status.js';
import type { KeysetRequest, SlugPosition } from '../lib/keyset.js';

/**
 * Live published people with their biography in `locale` and in `fallback`, and their photo: the person
 * page's query and the keyset pages' (one query for both).
 */
export function personEntries(db: Db, locale: string, fallback: string) {
  return localeFallback('person_translation', 'person_id', 'p.id', locale, fallback)
    .join(db.selectFrom('person as p'))
    .leftJoin('media as m', (j) =>
      j.onRef('m.id', '=', 'p.photo_media_id').on('m.deleted_at', 'is', null),
    )
    .select([
      'p.id',
      'p.slug',
      'p.given_name',
      'p.family_name',
      'p.honorific',
      'p.updated_at',
      'p.status',
      't.bio',
      'f.bio as fallback_bio',
      'm.storage_key as photo_storage_key',
      'm.width as photo_width',
      'm.height as photo_height',
    ])
    .where('p.deleted_at', 'is', null)
    .where(published('p'));
}

export function personKeysetRepository(db: Db) {
  const people = (locale: string, fallback: string) => personEntries(db, locale, fallback);

  return {
    /** Live people by slug, strictly after `after`; `limit` rows. */
    async listPeopleAfter(page: KeysetRequest<SlugPosition>, locale: string, fallback: string) {
      let query = people(locale, fallback);
      const { after } = page;
      // A row-value comparison (SQLite ≥ 3.15, PostgreSQL).
      if (after) query = query.where(sql<boolean>`(p.slug, p.id) > (${after.slug}, ${after.id})`);
      return query.orderBy('p.slug').orderBy('p.id').limit(page.limit).execute();
    },

    /** One live person by id or by slug. */
    async findPersonEntry(by: { id: string } | { slug: string }, locale: string, fallback: string) {
      const query = people(locale, fallback);
      return (
        'id' in by ? query.where('p.id', '=', by.id) : query.where('p.slug', '=', by.slug)
      ).executeTakeFirst();
    },
  };
}

export type PersonKeysetRepository = ReturnType<typeof personKeysetRepository>;
export type PersonEntryRow = NonNullable<
  Awaited<ReturnType<PersonKeysetRepository['findPersonEntry']>>
>;

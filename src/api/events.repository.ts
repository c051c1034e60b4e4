// The JSON API's SQL about events: keyset pages on (starts_at, id) — ascending for upcoming
// events, descending for past ones — and their titles, venues, countries and organisations.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { EventKind } from '../db/tables/event.table.js';

export interface ApiEventFilter {
  now: string;
  when: 'upcoming' | 'past';
  limit: number;
  after?: { startsAt: string; id: string } | undefined;
  kind?: EventKind | undefined;
  sectorId?: string | undefined;
  year?: number | undefined;
}

export function apiEventRepository(db: Db) {
  const events = () =>
    db
      .selectFrom('event as e')
      .select([
        'e.id',
        'e.slug',
        'e.kind',
        'e.starts_at',
        'e.ends_at',
        'e.time_zone',
        'e.registration_url',
        'e.delegate_count',
        'e.project_id',
        'e.updated_at',
      ])
      .where('e.deleted_at', 'is', null);

  return {
    /** « Upcoming » is not yet ended (soonest first); « past » has ended (latest first). */
    async listEvents(filter: ApiEventFilter) {
      let query = events();
      query =
        filter.when === 'upcoming'
          ? query.where('e.ends_at', '>=', filter.now)
          : query.where('e.ends_at', '<', filter.now);
      if (filter.kind) query = query.where('e.kind', '=', filter.kind);
      if (filter.year !== undefined)
        query = query
          .where('e.starts_at', '>=', `${filter.year}-01-01`)
          .where('e.starts_at', '<', `${filter.year + 1}-01-01`);
      const sectorId = filter.sectorId;
      if (sectorId)
        query = query.where((eb) =>
          eb.exists(
            eb
              .selectFrom('event_sector as s')
              .select(sql.lit(1).as('one'))
              .whereRef('s.event_id', '=', 'e.id')
              .where('s.sector_id', '=', sectorId),
          ),
        );
      const direction = filter.when === 'upcoming' ? 'asc' : 'desc';
      if (filter.after) {
        const { startsAt, id } = filter.after;
        const op = direction === 'asc' ? sql.raw('>') : sql.raw('<');
        query = query.where(sql<boolean>`(e.starts_at, e.id) ${op} (${startsAt}, ${id})`);
      }
      return query
        .orderBy('e.starts_at', direction)
        .orderBy('e.id', direction)
        .limit(filter.limit)
        .execute();
    },

    async findEvent(by: { id: string } | { slug: string }) {
      const query = events();
      return (
        'id' in by ? query.where('e.id', '=', by.id) : query.where('e.slug', '=', by.slug)
      ).executeTakeFirst();
    },

    async listTranslations(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('event_translation')
        .select(['event_id', 'locale', 'title', 'summary'])
        .where('event_id', 'in', ids)
        .execute();
    },

    async listEventSectors(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('event_sector')
        .select(['event_id as owner_id', 'sector_id'])
        .where('event_id', 'in', ids)
        .execute();
    },

    async listVenues(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('venue')
        .select(['event_id', 'name', 'address', 'city', 'country', 'organisation_id'])
        .where('event_id', 'in', ids)
        .orderBy('position')
        .execute();
    },

    async listCountries(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('event_country')
        .select(['event_id', 'country'])
        .where('event_id', 'in', ids)
        .orderBy('country')
        .execute();
    },

    async listOrganisations(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('event_organisation as eo')
        .innerJoin('organisation as o', 'o.id', 'eo.organisation_id')
        .select(['eo.event_id', 'o.id', 'o.slug', 'o.name', 'eo.role'])
        .where('eo.event_id', 'in', ids)
        .where('o.deleted_at', 'is', null)
        .orderBy('o.slug')
        .execute();
    },
  };
}

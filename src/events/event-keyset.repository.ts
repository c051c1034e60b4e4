// The SQL of events read in keyset pages on (starts_at, id) — ascending for upcoming events,
// descending for past ones — and the texts, venues, countries and organisations of many events in
// one query each.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { published } from '../kernel/directory-status.js';
import type { EventKind } from '../db/tables/event.table.js';
import type { KeysetRequest } from '../lib/keyset.js';

/** Where a keyset page of the agenda resumes: after this event. */
export interface EventPosition {
  startsAt: string;
  id: string;
}

export interface EventKeysetFilter extends KeysetRequest<EventPosition> {
  when: 'upcoming' | 'past';
  kind?: EventKind | undefined;
  sectorId?: string | undefined;
  year?: number | undefined;
}

export function eventKeysetRepository(db: Db) {
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
    async listEventsAfter(filter: EventKeysetFilter, now: string) {
      let query = events();
      query =
        filter.when === 'upcoming'
          ? query.where('e.ends_at', '>=', now)
          : query.where('e.ends_at', '<', now);
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

    /** One live event by id or by slug. */
    async findEventEntry(by: { id: string } | { slug: string }) {
      const query = events();
      return (
        'id' in by ? query.where('e.id', '=', by.id) : query.where('e.slug', '=', by.slug)
      ).executeTakeFirst();
    },

    /** Addresses, titles and summaries of these events, every locale. */
    async listTextsOfEvents(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('event_translation')
        .select(['event_id', 'locale', 'slug', 'title', 'summary'])
        .where('event_id', 'in', ids)
        .orderBy('locale')
        .execute();
    },

    /** Venues of these events, in itinerary order. */
    async listVenuesOfEvents(ids: readonly string[]) {
      if (ids.length === 0) return [];
      // The venue's organisation only while readers may see it (live and published).
      return db
        .selectFrom('venue as v')
        .leftJoin('organisation as o', (j) =>
          j
            .onRef('o.id', '=', 'v.organisation_id')
            .on('o.deleted_at', 'is', null)
            .on(published('o')),
        )
        .select([
          'v.event_id',
          'v.name',
          'v.address',
          'v.city',
          'v.country',
          'o.id as organisation_id',
        ])
        .where('v.event_id', 'in', ids)
        .orderBy('v.position')
        .execute();
    },

    /** Countries of these events, in code order. */
    async listCountriesOfEvents(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('event_country')
        .select(['event_id', 'country'])
        .where('event_id', 'in', ids)
        .orderBy('country')
        .execute();
    },

    /** Live organisations of these events with their role, by slug. */
    async listOrganisationsOfEvents(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('event_organisation as eo')
        .innerJoin('organisation as o', 'o.id', 'eo.organisation_id')
        .select(['eo.event_id', 'o.id', 'o.slug', 'o.name', 'eo.role'])
        .where('eo.event_id', 'in', ids)
        .where('o.deleted_at', 'is', null)
        .where(published('o'))
        .orderBy('o.slug')
        .execute();
    },
  };
}

export type EventKeysetRepository = ReturnType<typeof eventKeysetRepository>;
export type EventEntryRow = NonNullable<
  Awaited<ReturnType<EventKeysetRepository['findEventEntry']>>
>;

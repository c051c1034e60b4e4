// The directory editor's SQL for events: the stored event with all its parts, writing it (row,
// texts, and the venues, programme, organisations, countries and sectors replaced), the admin
// list and the slug check.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import type { DirectoryListQuery } from '../directory/directory-kind.js';
import { likePattern } from '../kernel/sql.js';
import { participantRoles, type EventRecord } from './event-editor.form.js';
import { insertEventParts } from './event.repository.js';
import type { EventKind } from '../db/tables/event.table.js';
import { directoryWriteRepository } from '../directory/directory-write.repository.js';

export interface EventListRow {
  id: string;
  slug: string;
  kind: EventKind;
  starts_at: string;
  time_zone: string;
  title: string;
  city: string | null;
  updated_at: string;
  deleted_at: string | null;
}

export function eventEditorRepository(db: Db) {
  return {
    /** The event with its parts in form order, trashed or not. */
    async findEventRecord(id: string): Promise<EventRecord | undefined> {
      const row = await db.selectFrom('event').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      const [texts, sectors, countries, venues, items, itemTitles, speakers, organisations] =
        await Promise.all([
          db.selectFrom('event_translation').selectAll().where('event_id', '=', id).execute(),
          db
            .selectFrom('event_sector as x')
            .innerJoin('sector as s', 's.id', 'x.sector_id')
            .select('x.sector_id')
            .where('x.event_id', '=', id)
            .orderBy('s.position')
            .execute(),
          db
            .selectFrom('event_country')
            .select('country')
            .where('event_id', '=', id)
            .orderBy('country')
            .execute(),
          db
            .selectFrom('venue')
            .selectAll()
            .where('event_id', '=', id)
            .orderBy('position')
            .execute(),
          db
            .selectFrom('programme_item')
            .selectAll()
            .where('event_id', '=', id)
            .orderBy('position')
            .orderBy('starts_at')
            .execute(),
          db
            .selectFrom('programme_item_translation as t')
            .innerJoin('programme_item as i', 'i.id', 't.programme_item_id')
            .select(['t.programme_item_id', 't.locale', 't.title'])
            .where('i.event_id', '=', id)
            .execute(),
          // In the order the speakers' select lists people, so a submitted form reads back alike.
          db
            .selectFrom('programme_item_speaker as s')
            .innerJoin('programme_item as i', 'i.id', 's.programme_item_id')
            .innerJoin('person as p', 'p.id', 's.person_id')
            .select(['s.programme_item_id', 's.person_id'])
            .where('i.event_id', '=', id)
            .orderBy('p.family_name')
            .orderBy('p.given_name')
            .execute(),
          db
            .selectFrom('event_organisation as eo')
            .innerJoin('organisation as o', 'o.id', 'eo.organisation_id')
            .select(['eo.organisation_id', 'eo.role', 'o.name'])
            .where('eo.event_id', '=', id)
            .orderBy('o.name')
            .execute(),
        ]);
      const venueIndex = new Map(venues.map((v, i) => [v.id, i]));
      const rank = (role: string) => participantRoles.indexOf(role as never);
      return {
        slug: row.slug,
        kind: row.kind,
        starts_at: row.starts_at,
        ends_at: row.ends_at,
        time_zone: row.time_zone,
        registration_url: row.registration_url,
        delegate_count: row.delegate_count === null ? null : Number(row.delegate_count),
        project_id: row.project_id,
        translations: Object.fromEntries(
          texts.map((t) => [t.locale, { slug: t.slug, title: t.title, summary: t.summary }]),
        ),
        sector_ids: sectors.map((s) => s.sector_id),
        countries: countries.map((c) => c.country),
        venues: venues.map((v) => ({
          name: v.name,
          address: v.address,
          city: v.city,
          country: v.country,
          organisation_id: v.organisation_id,
        })),
        programme: items.map((item) => ({
          starts_at: item.starts_at,
          ends_at: item.ends_at,
          venue_index: item.venue_id === null ? null : (venueIndex.get(item.venue_id) ?? null),
          titles: Object.fromEntries(
            itemTitles
              .filter((t) => t.programme_item_id === item.id)
              .map((t) => [t.locale, t.title]),
          ),
          speaker_ids: speakers
            .filter((s) => s.programme_item_id === item.id)
            .map((s) => s.person_id),
        })),
        organisations: [...organisations]
          .sort((a, b) => rank(a.role) - rank(b.role))
          .map((o) => ({ organisation_id: o.organisation_id, role: o.role })),
      };
    },

    /** Writes the event row (inserted when `created`) and replaces every part of it. */
    async writeEvent(id: string, event: EventRecord, now: string, created: boolean) {
      const values = {
        slug: event.slug,
        kind: event.kind,
        starts_at: event.starts_at,
        ends_at: event.ends_at,
        time_zone: event.time_zone,
        registration_url: event.registration_url,
        delegate_count: event.delegate_count,
        project_id: event.project_id,
      };
      await translateErrors('Event', async () => {
        await directoryWriteRepository(db).writeEntryRow('event', id, values, now, created);
        // Items first: their texts and speakers cascade, and no item is left pointing at a venue.
        await db.deleteFrom('programme_item').where('event_id', '=', id).execute();
        for (const table of [
          'event_translation',
          'venue',
          'event_organisation',
          'event_country',
          'event_sector',
        ] as const)
          await db.deleteFrom(table).where('event_id', '=', id).execute();

        await insertEventParts(db, id, event);
      });
    },

    isSlugTaken: (slug: string, exceptId: string | undefined) =>
      directoryWriteRepository(db).isSlugTaken('event', slug, exceptId),

    /** True when another event has this address in `locale`. */
    async isLocalSlugTaken(locale: string, slug: string, exceptId: string | undefined) {
      let query = db
        .selectFrom('event_translation')
        .select('event_id')
        .where('locale', '=', locale)
        .where('slug', '=', slug);
      if (exceptId) query = query.where('event_id', '!=', exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },

    /**
     * A page of the admin list, latest start first, titled in the admin's language, else in
     * `fallback`, else by slug; `q` matches a title in any language or the slug.
     */
    async listEventRows(
      query: DirectoryListQuery,
      fallback: string,
    ): Promise<{ rows: EventListRow[]; total: number }> {
      let base = db
        .selectFrom('event as e')
        .where('e.deleted_at', query.trashed ? 'is not' : 'is', null);
      if (query.q.trim()) {
        const pattern = sql`${likePattern(query.q)} escape '\\'`;
        base = base.where((eb) =>
          eb.or([
            eb(sql`lower(e.slug)`, 'like', pattern),
            eb.exists(
              eb
                .selectFrom('event_translation as q')
                .select(sql.lit(1).as('one'))
                .whereRef('q.event_id', '=', 'e.id')
                .where(sql`lower(q.title)`, 'like', pattern),
            ),
          ]),
        );
      }
      const [rows, count] = await Promise.all([
        base
          .leftJoin('event_translation as t', (j) =>
            j.onRef('t.event_id', '=', 'e.id').on('t.locale', '=', query.locale),
          )
          .leftJoin('event_translation as f', (j) =>
            j.onRef('f.event_id', '=', 'e.id').on('f.locale', '=', fallback),
          )
          .select((eb) => [
            'e.id',
            'e.slug',
            'e.kind',
            'e.starts_at',
            'e.time_zone',
            'e.updated_at',
            'e.deleted_at',
            eb.fn.coalesce('t.title', 'f.title', 'e.slug').as('title'),
            eb
              .selectFrom('venue as v')
              .select('v.city')
              .whereRef('v.event_id', '=', 'e.id')
              .orderBy('v.position')
              .limit(1)
              .as('city'),
          ])
          .orderBy('e.starts_at', 'desc')
          .orderBy('e.id')
          .limit(query.limit)
          .offset(query.offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },
  };
}

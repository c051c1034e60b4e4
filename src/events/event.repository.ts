// Every SQL statement about events: inserting them, the home page's upcoming list, the agenda.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { localeFallback } from '../kernel/locale-fallback.js';
import { translateErrors } from '../db/database.js';
import { newId } from '../lib/id.js';
import type { EventKind } from '../db/tables/event.table.js';

export interface EventCardRow {
  id: string;
  slug: string;
  kind: EventKind;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  title: string;
  /** Locale of the title and summary: the reader's, else the fallback. */
  locale: string;
  summary: string;
  /** City of the first venue. */
  city: string | null;
}

/** Which events the agenda lists: `when` splits at `now` on the end instant. */
export interface EventFilter {
  when: 'upcoming' | 'past';
  now: string;
  kind?: EventKind;
  sectorId?: string;
  /** Calendar year of the start (in UTC). */
  year?: number;
}

export interface EventDetailRow extends EventCardRow {
  registration_url: string | null;
  delegate_count: number | null;
  updated_at: string;
  project_slug: string | null;
  project_name: string | null;
  project_acronym: string | null;
}

export interface NewEvent {
  slug: string;
  kind: EventKind;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  registration_url: string | null;
  delegate_count: number | null;
  project_id: string | null;
  /** Per locale; `slug` is the address in that locale, the event's own slug when left out. */
  translations: Record<string, { slug?: string; title: string; summary: string }>;
  sector_ids: string[];
  venues: {
    name: string;
    address: string | null;
    city: string | null;
    country: string | null;
    organisation_id: string | null;
  }[];
  countries: string[];
  /** Organisations by role: organiser, partner, participant. */
  organisations?: { organisation_id: string; role: 'organiser' | 'partner' | 'participant' }[];
  /** Programme items; `venue_index` points into `venues`. */
  programme?: {
    starts_at: string;
    ends_at: string | null;
    venue_index: number | null;
    titles: Record<string, string>;
    speaker_ids: string[];
  }[];
}

/** The event's address in the reader's locale: its translation's slug, else its own. */
const pathSlug = sql<string>`coalesce(t.slug, e.slug)`;

/** Live events as cards, titled in `locale` or else `fallback`; `slug` is the address there. */
function cards(db: Db, locale: string, fallback: string) {
  const tr = localeFallback('event_translation', 'event_id', 'e.id', locale, fallback);
  return tr
    .join(db.selectFrom('event as e'))
    .select((eb) => [
      'e.id',
      pathSlug.as('slug'),
      'e.kind',
      'e.starts_at',
      'e.ends_at',
      'e.time_zone',
      tr.text('title', eb.ref('e.slug')).as('title'),
      tr.localeOf('title').as('locale'),
      tr.sameRow('summary', 'title', '').as('summary'),
      eb
        .selectFrom('venue as v')
        .select('v.city')
        .whereRef('v.event_id', '=', 'e.id')
        .orderBy('v.position')
        .limit(1)
        .as('city'),
    ])
    .where('e.deleted_at', 'is', null);
}

export function eventRepository(db: Db) {
  return {
    /** Events that have not ended yet, soonest first, titled in `locale` or else `fallback`. */
    async listUpcomingEvents(
      now: string,
      limit: number,
      locale: string,
      fallback: string,
    ): Promise<EventCardRow[]> {
      return cards(db, locale, fallback)
        .where('e.ends_at', '>=', now)
        .orderBy('e.starts_at')
        .limit(limit)
        .execute();
    },

    /**
     * A page of the agenda: upcoming events (not yet ended) soonest first, or past ones most
     * recent first, with every given filter.
     */
    async listEvents(
      filter: EventFilter,
      page: { limit: number; offset: number },
      locale: string,
      fallback: string,
    ): Promise<{ rows: EventCardRow[]; total: number }> {
      type CardQuery = ReturnType<typeof cards>;
      const matching = (query: CardQuery): CardQuery => {
        let q = query.where('e.ends_at', filter.when === 'upcoming' ? '>=' : '<', filter.now);
        if (filter.kind) q = q.where('e.kind', '=', filter.kind);
        if (filter.year !== undefined) {
          q = q
            .where('e.starts_at', '>=', `${filter.year}-01-01T00:00:00.000Z`)
            .where('e.starts_at', '<', `${filter.year + 1}-01-01T00:00:00.000Z`);
        }
        const sectorId = filter.sectorId;
        if (sectorId)
          q = q.where((eb) =>
            eb.exists(
              eb
                .selectFrom('event_sector as s')
                .select(sql.lit(1).as('one'))
                .whereRef('s.event_id', '=', 'e.id')
                .where('s.sector_id', '=', sectorId),
            ),
          );
        return q;
      };
      const direction = filter.when === 'upcoming' ? 'asc' : 'desc';
      const [rows, count] = await Promise.all([
        matching(cards(db, locale, fallback))
          .orderBy('e.starts_at', direction)
          .orderBy('e.id', direction)
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
        matching(cards(db, locale, fallback))
          .clearSelect()
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { rows: rows, total: Number(count.n) };
    },

    /** Years (of the start, in UTC) that have upcoming or past events, for the agenda's filter. */
    async listEventYears(when: 'upcoming' | 'past', now: string): Promise<number[]> {
      const rows = await db
        .selectFrom('event')
        .select(sql<string>`substr(starts_at, 1, 4)`.as('year'))
        .distinct()
        .where('deleted_at', 'is', null)
        .where('ends_at', when === 'upcoming' ? '>=' : '<', now)
        .execute();
      return rows.map((r) => Number(r.year)).sort((a, b) => a - b);
    },

    async findEventBySlug(
      slug: string,
      locale: string,
      fallback: string,
    ): Promise<EventDetailRow | undefined> {
      const row = await cards(db, locale, fallback)
        .leftJoin('project as p', (j) =>
          j.onRef('p.id', '=', 'e.project_id').on('p.deleted_at', 'is', null),
        )
        .select([
          'e.registration_url',
          'e.delegate_count',
          'e.updated_at',
          'p.slug as project_slug',
          'p.name as project_name',
          'p.acronym as project_acronym',
        ])
        .where(pathSlug, '=', slug)
        .executeTakeFirst();
      return row;
    },

    /**
     * The address in `locale` of the live event with this slug (its own, or its address in any
     * locale): where an old or foreign address moves to.
     */
    async findEventPathSlug(slug: string, locale: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('event as e')
        .leftJoin('event_translation as t', (j) =>
          j.onRef('t.event_id', '=', 'e.id').on('t.locale', '=', locale),
        )
        .select(pathSlug.as('slug'))
        .where('e.deleted_at', 'is', null)
        .where((eb) =>
          eb.or([
            eb('e.slug', '=', slug),
            eb(
              'e.id',
              'in',
              db.selectFrom('event_translation').select('event_id').where('slug', '=', slug),
            ),
          ]),
        )
        // An event whose address here is `slug` wins over one that had it elsewhere.
        .orderBy(sql`case when ${pathSlug} = ${slug} then 0 else 1 end`)
        .executeTakeFirst();
      return row?.slug;
    },

    /** The event's address in each locale that has a translation. */
    async listEventPathSlugs(id: string): Promise<Record<string, string>> {
      const rows = await db
        .selectFrom('event_translation')
        .select(['locale', 'slug'])
        .where('event_id', '=', id)
        .execute();
      return Object.fromEntries(rows.map((r) => [r.locale, r.slug]));
    },

    /** Cards of the given events, most recent first. */
    async listEventCards(
      ids: readonly string[],
      locale: string,
      fallback: string,
    ): Promise<EventCardRow[]> {
      if (ids.length === 0) return [];
      return cards(db, locale, fallback)
        .where('e.id', 'in', ids)
        .orderBy('e.starts_at', 'desc')
        .execute();
    },

    /** Events of a project, most recent first. */
    async listEventsOfProject(
      projectId: string,
      locale: string,
      fallback: string,
    ): Promise<EventCardRow[]> {
      return cards(db, locale, fallback)
        .where('e.project_id', '=', projectId)
        .orderBy('e.starts_at', 'desc')
        .execute();
    },

    async findEventIdBySlug(slug: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('event')
        .select('id')
        .where('slug', '=', slug)
        .executeTakeFirst();
      return row?.id;
    },

    async insertEvent(input: NewEvent, now: string): Promise<string> {
      const id = newId();
      await translateErrors('Event', () =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('event')
            .values({
              id,
              slug: input.slug,
              kind: input.kind,
              starts_at: input.starts_at,
              ends_at: input.ends_at,
              time_zone: input.time_zone,
              registration_url: input.registration_url,
              delegate_count: input.delegate_count,
              project_id: input.project_id,
              deleted_at: null,
              created_at: now,
              updated_at: now,
            })
            .execute();
          await insertEventParts(trx, id, input);
        }),
      );
      return id;
    },
  };
}

export type EventRepository = ReturnType<typeof eventRepository>;

/**
 * Everything of an event but its row: texts, sectors, venues, organisations, programme (items
 * point at venues by index) and countries. Used at creation and by the editor after it has
 * deleted the old parts, inside the caller's transaction.
 */
export async function insertEventParts(db: Db, id: string, input: NewEvent): Promise<void> {
  const texts = Object.entries(input.translations).map(([locale, t]) => ({
    event_id: id,
    locale,
    slug: t.slug || input.slug,
    title: t.title,
    summary: t.summary,
  }));
  if (texts.length) await db.insertInto('event_translation').values(texts).execute();
  const venueIds = input.venues.map(() => newId());
  if (input.venues.length)
    await db
      .insertInto('venue')
      .values(
        input.venues.map((v, position) => ({
          id: venueIds[position]!,
          event_id: id,
          position,
          ...v,
        })),
      )
      .execute();
  const programme = input.programme ?? [];
  const itemIds = programme.map(() => newId());
  if (programme.length)
    await db
      .insertInto('programme_item')
      .values(
        programme.map((item, position) => ({
          id: itemIds[position]!,
          event_id: id,
          venue_id: item.venue_index === null ? null : (venueIds[item.venue_index] ?? null),
          position,
          starts_at: item.starts_at,
          ends_at: item.ends_at,
        })),
      )
      .execute();
  const titles = programme.flatMap((item, i) =>
    Object.entries(item.titles).map(([locale, title]) => ({
      programme_item_id: itemIds[i]!,
      locale,
      title,
    })),
  );
  if (titles.length) await db.insertInto('programme_item_translation').values(titles).execute();
  const speakers = programme.flatMap((item, i) =>
    item.speaker_ids.map((person_id) => ({ programme_item_id: itemIds[i]!, person_id })),
  );
  if (speakers.length) await db.insertInto('programme_item_speaker').values(speakers).execute();
  const organisations = input.organisations ?? [];
  if (organisations.length)
    await db
      .insertInto('event_organisation')
      .values(organisations.map((o) => ({ event_id: id, ...o })))
      .execute();
  if (input.countries.length)
    await db
      .insertInto('event_country')
      .values(input.countries.map((country) => ({ event_id: id, country })))
      .execute();
  if (input.sector_ids.length)
    await db
      .insertInto('event_sector')
      .values(input.sector_ids.map((sector_id) => ({ event_id: id, sector_id })))
      .execute();
}

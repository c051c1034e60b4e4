// Every SQL statement about the parts of an event: itinerary, programme and speakers,
// organisations and countries, and the events seen from an organisation or a speaker.
import type { Db } from '../db/database.js';
import { published } from '../kernel/directory-status.js';
import { localeFallback } from '../kernel/locale-fallback.js';

export interface VenueRow {
  id: string;
  name: string;
  address: string | null;
  city: string | null;
  country: string | null;
  organisation_slug: string | null;
}

export interface ProgrammeItemRow {
  id: string;
  venue_id: string | null;
  starts_at: string;
  ends_at: string | null;
  title: string;
  title_locale: string;
}

export interface SpeakerRow {
  programme_item_id: string;
  slug: string;
  given_name: string;
  family_name: string;
  honorific: string | null;
}

export type EventOrganisationRole = 'organiser' | 'partner' | 'participant';

export interface EventOrganisationRow {
  role: EventOrganisationRole;
  slug: string;
  name: string;
  acronym: string | null;
}

/** A session of a programme where someone speaks. */
export interface SessionRow {
  event_id: string;
  starts_at: string;
  title: string;
  title_locale: string;
}

export function eventDetailsRepository(db: Db) {
  return {
    /** The itinerary: venues in order, with the organisation each one belongs to. */
    async listVenues(eventId: string): Promise<VenueRow[]> {
      return db
        .selectFrom('venue as v')
        .leftJoin('organisation as o', (j) =>
          j
            .onRef('o.id', '=', 'v.organisation_id')
            .on('o.deleted_at', 'is', null)
            .on(published('o')),
        )
        .select([
          'v.id',
          'v.name',
          'v.address',
          'v.city',
          'v.country',
          'o.slug as organisation_slug',
        ])
        .where('v.event_id', '=', eventId)
        .orderBy('v.position')
        .execute();
    },

    /** Programme items in order, titled in `locale` or else `fallback`. */
    async listProgramme(
      eventId: string,
      locale: string,
      fallback: string,
    ): Promise<ProgrammeItemRow[]> {
      const tr = localeFallback(
        'programme_item_translation',
        'programme_item_id',
        'i.id',
        locale,
        fallback,
      );
      return tr
        .join(db.selectFrom('programme_item as i'))
        .select([
          'i.id',
          'i.venue_id',
          'i.starts_at',
          'i.ends_at',
          tr.text('title', '').as('title'),
          tr.localeOf('title').as('title_locale'),
        ])
        .where('i.event_id', '=', eventId)
        .orderBy('i.position')
        .orderBy('i.starts_at')
        .execute();
    },

    /** Live speakers of every programme item of an event. */
    async listProgrammeSpeakers(eventId: string): Promise<SpeakerRow[]> {
      return db
        .selectFrom('programme_item_speaker as s')
        .innerJoin('programme_item as i', 'i.id', 's.programme_item_id')
        .innerJoin('person as p', 'p.id', 's.person_id')
        .select(['s.programme_item_id', 'p.slug', 'p.given_name', 'p.family_name', 'p.honorific'])
        .where('i.event_id', '=', eventId)
        .where('p.deleted_at', 'is', null)
        .where(published('p'))
        .execute();
    },

    /** Organisers, partners and participating organisations of an event. */
    async listEventOrganisations(eventId: string): Promise<EventOrganisationRow[]> {
      return db
        .selectFrom('event_organisation as eo')
        .innerJoin('organisation as o', 'o.id', 'eo.organisation_id')
        .select(['eo.role', 'o.slug', 'o.name', 'o.acronym'])
        .where('eo.event_id', '=', eventId)
        .where('o.deleted_at', 'is', null)
        .where(published('o'))
        .execute();
    },

    async listEventCountries(eventId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('event_country')
        .select('country')
        .where('event_id', '=', eventId)
        .orderBy('country')
        .execute();
      return rows.map((r) => r.country);
    },

    /** What an organisation is in events: organiser, partner, participant, or host of a venue. */
    async listEventRolesOfOrganisation(
      organisationId: string,
    ): Promise<{ event_id: string; role: EventOrganisationRole | 'host' }[]> {
      const [roles, hosted] = await Promise.all([
        db
          .selectFrom('event_organisation')
          .select(['event_id', 'role'])
          .where('organisation_id', '=', organisationId)
          .execute(),
        db
          .selectFrom('venue')
          .select('event_id')
          .distinct()
          .where('organisation_id', '=', organisationId)
          .execute(),
      ]);
      return [...roles, ...hosted.map((h) => ({ event_id: h.event_id, role: 'host' as const }))];
    },

    /** Programme items where a person speaks, titled in `locale` or else `fallback`. */
    async listSessionsOfSpeaker(
      personId: string,
      locale: string,
      fallback: string,
    ): Promise<SessionRow[]> {
      const tr = localeFallback(
        'programme_item_translation',
        'programme_item_id',
        'i.id',
        locale,
        fallback,
      );
      return tr
        .join(
          db
            .selectFrom('programme_item_speaker as s')
            .innerJoin('programme_item as i', 'i.id', 's.programme_item_id'),
        )
        .select([
          'i.event_id',
          'i.starts_at',
          tr.text('title', '').as('title'),
          tr.localeOf('title').as('title_locale'),
        ])
        .where('s.person_id', '=', personId)
        .orderBy('i.starts_at')
        .execute();
    },
  };
}

export type EventDetailsRepository = ReturnType<typeof eventDetailsRepository>;

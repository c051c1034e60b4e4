// Rules for reading events: the home page's upcoming list, the agenda, an event's page.
import { AppError } from '../errors.js';
import { compareNames, safeHttpUrl } from '../lib/intl.js';
import { pageInfo, type PageInfo } from '../lib/pagination.js';
import type { OrganisationLink } from '../views/cards.js';
import { personName } from '../views/cards.js';
import type { SectorReads } from '../sectors/sector.service.js';
import {
  toEventCard,
  type EventView,
  type OrganisationEventRole,
  type OrganisationEventView,
  type SpeakerEventView,
  type VenueView,
} from './event.presenter.js';
import { type EventCard } from '../views/cards.js';
import type { EventDetailsRepository } from './event-details.repository.js';
import type { EventCardRow, EventRepository } from './event.repository.js';
import type { EventKeysetRepository } from './event-keyset.repository.js';
import { eventKeysetReads } from './event-keyset.service.js';
import type { EventKind } from '../db/tables/event.table.js';

export const eventsPageSize = 12;

export interface EventServiceDeps {
  events: EventRepository;
  /** Itinerary, programme, organisations and countries of events. */
  details: EventDetailsRepository;
  /** Keyset pages of whole events (the JSON API's reads). */
  keyset: EventKeysetRepository;
  sectors: SectorReads;
  defaultLocale: string;
  now: () => Date;
}

export interface EventListFilter {
  when: 'upcoming' | 'past';
  kind?: EventKind | undefined;
  /** Sector slug; an unknown one is a bad request. */
  sector?: string | undefined;
  year?: number | undefined;
}

export function eventService(deps: EventServiceDeps) {
  const { events, details, sectors, defaultLocale } = deps;
  const nowIso = () => deps.now().toISOString();

  const cards = async (rows: EventCardRow[], locale: string): Promise<EventCard[]> => {
    const sectorMap = await sectors.listSectorsOfEvents(
      rows.map((r) => r.id),
      locale,
      defaultLocale,
    );
    return rows.map((r) => toEventCard(r, sectorMap.get(r.id) ?? []));
  };

  return {
    ...eventKeysetReads(deps),

    /** Events not yet over, soonest first. */
    async listUpcoming(locale: string, limit = 3): Promise<EventCardRow[]> {
      return events.listUpcomingEvents(nowIso(), limit, locale, defaultLocale);
    },

    /**
     * One page of the agenda: upcoming events soonest first (an event under way is still
     * upcoming until it ends), or past ones most recent first.
     */
    async listEvents(
      locale: string,
      filter: EventListFilter,
      page: number,
      pageSize = eventsPageSize,
    ): Promise<{ items: EventCard[]; page: PageInfo }> {
      let sectorId: string | undefined;
      if (filter.sector) {
        const sector = await sectors.findSectorBySlug(filter.sector, locale, defaultLocale);
        if (!sector) throw new AppError('bad_request', `Unknown sector “${filter.sector}”.`);
        sectorId = sector.id;
      }
      const { rows, total } = await events.listEvents(
        {
          when: filter.when,
          now: nowIso(),
          ...(filter.kind ? { kind: filter.kind } : {}),
          ...(sectorId ? { sectorId } : {}),
          ...(filter.year !== undefined ? { year: filter.year } : {}),
        },
        { limit: pageSize, offset: (page - 1) * pageSize },
        locale,
        defaultLocale,
      );
      const info = pageInfo(page, pageSize, total);
      if (page > info.pageCount) throw new AppError('not_found', `There is no page ${page}.`);
      return { items: await cards(rows, locale), page: info };
    },

    /** Years that have upcoming (or past) events, for the agenda's filter. */
    async listEventYears(when: 'upcoming' | 'past'): Promise<number[]> {
      return events.listEventYears(when, nowIso());
    },

    /** Where `slug` (an old address, or one of another locale) moves to in `locale`, if anywhere. */
    async findEventMove(locale: string, slug: string): Promise<string | undefined> {
      const to = await events.findEventPathSlug(slug, locale);
      return to !== undefined && to !== slug ? to : undefined;
    },

    /** The event's address in each locale (its own slug where untranslated). */
    async eventPathSlugs(event: { id: string; slug: string }): Promise<(l: string) => string> {
      const slugs = await events.listEventPathSlugs(event.id);
      return (l) => slugs[l] ?? event.slug;
    },

    async getEventPage(locale: string, slug: string): Promise<EventView> {
      const row = await events.findEventBySlug(slug, locale, defaultLocale);
      if (!row) throw new AppError('not_found', `No event “${slug}”.`);
      const [[card], venueRows, programme, speakers, organisations, countries] = await Promise.all([
        cards([row], locale),
        details.listVenues(row.id),
        details.listProgramme(row.id, locale, defaultLocale),
        details.listProgrammeSpeakers(row.id),
        details.listEventOrganisations(row.id),
        details.listEventCountries(row.id),
      ]);
      const venues: VenueView[] = venueRows.map((v) => ({
        id: v.id,
        name: v.name,
        address: v.address,
        city: v.city,
        country: v.country,
        organisationSlug: v.organisation_slug,
      }));
      const compare = compareNames(locale);
      const byRole = (role: OrganisationEventRole): OrganisationLink[] =>
        organisations
          .filter((o) => o.role === role)
          .map((o) => ({ slug: o.slug, name: o.name, acronym: o.acronym }))
          .sort((a, b) => compare(a.name, b.name));
      return {
        ...card!,
        id: row.id,
        registrationUrl: safeHttpUrl(row.registration_url),
        delegateCount: row.delegate_count,
        updatedAt: row.updated_at,
        isPast: row.ends_at < nowIso(),
        project:
          row.project_slug && row.project_name
            ? { slug: row.project_slug, name: row.project_name, acronym: row.project_acronym }
            : null,
        venues,
        programme: programme.map((item) => ({
          startsAt: item.starts_at,
          endsAt: item.ends_at,
          title: item.title,
          titleLocale: item.title_locale,
          venue: venues.find((v) => v.id === item.venue_id) ?? null,
          speakers: speakers
            .filter((s) => s.programme_item_id === item.id)
            .sort((a, b) => compare(a.family_name, b.family_name))
            .map((s) => ({ slug: s.slug, name: personName(s) })),
        })),
        organisers: byRole('organiser'),
        partners: byRole('partner'),
        participants: byRole('participant'),
        countries,
      };
    },

    /** Events an organisation organised, supported, attended or hosted, most recent first. */
    async listEventsOfOrganisation(
      locale: string,
      organisationId: string,
    ): Promise<OrganisationEventView[]> {
      const roles = await details.listEventRolesOfOrganisation(organisationId);
      const ids = [...new Set(roles.map((r) => r.event_id))];
      const rows = await events.listEventCards(ids, locale, defaultLocale);
      const list = await cards(rows, locale);
      const order: OrganisationEventRole[] = ['organiser', 'host', 'partner', 'participant'];
      return list.map((event, i) => {
        const id = rows[i]!.id;
        return {
          event,
          roles: order.filter((role) => roles.some((r) => r.event_id === id && r.role === role)),
        };
      });
    },

    /** Events of a project, most recent first. */
    async listEventsOfProject(locale: string, projectId: string): Promise<EventCard[]> {
      return cards(await events.listEventsOfProject(projectId, locale, defaultLocale), locale);
    },

    /** Events where a person spoke, most recent first, with their sessions in programme order. */
    async listEventsWithSpeaker(locale: string, personId: string): Promise<SpeakerEventView[]> {
      const sessions = await details.listSessionsOfSpeaker(personId, locale, defaultLocale);
      const ids = [...new Set(sessions.map((s) => s.event_id))];
      const rows = await events.listEventCards(ids, locale, defaultLocale);
      const list = await cards(rows, locale);
      return list.map((event, i) => ({
        event,
        sessions: sessions
          .filter((s) => s.event_id === rows[i]!.id)
          .map((s) => ({ title: s.title, titleLocale: s.title_locale, startsAt: s.starts_at })),
      }));
    },
  };
}

export type EventService = ReturnType<typeof eventService>;

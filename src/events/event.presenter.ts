// View models of events for the agenda and event pages.
import type { EventCard } from '../views/cards.js';
import type { OrganisationLink } from '../views/cards.js';
import type { PersonLink } from '../views/cards.js';
import type { ProjectLink } from '../views/cards.js';
import type { EventOrganisationRole } from './event-details.repository.js';
import type { EventCardRow } from './event.repository.js';

export interface VenueView {
  id: string;
  name: string;
  address: string | null;
  city: string | null;
  country: string | null;
  organisationSlug: string | null;
}

export interface ProgrammeItemView {
  startsAt: string;
  endsAt: string | null;
  title: string;
  titleLocale: string;
  venue: VenueView | null;
  speakers: PersonLink[];
}

export interface EventView extends EventCard {
  id: string;
  registrationUrl: string | null;
  delegateCount: number | null;
  updatedAt: string;
  isPast: boolean;
  project: ProjectLink | null;
  venues: VenueView[];
  programme: ProgrammeItemView[];
  organisers: OrganisationLink[];
  partners: OrganisationLink[];
  participants: OrganisationLink[];
  /** ISO 3166-1 alpha-2 codes of the participating countries. */
  countries: string[];
}

export type OrganisationEventRole = EventOrganisationRole | 'host';

/** An event seen from one organisation, with what it was there. */
export interface OrganisationEventView {
  event: EventCard;
  roles: OrganisationEventRole[];
}

/** An event seen from one speaker, with the sessions they spoke in. */
export interface SpeakerEventView {
  event: EventCard;
  sessions: { title: string; titleLocale: string; startsAt: string }[];
}

export function toEventCard(
  row: EventCardRow,
  sectors: readonly { slug: string; pathSlug: string; name: string }[],
): EventCard {
  return {
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    contentLocale: row.locale,
    summary: row.summary,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    city: row.city,
    sectors: sectors.map((s) => ({ slug: s.slug, pathSlug: s.pathSlug, name: s.name })),
  };
}

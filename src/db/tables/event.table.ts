// Kysely table types for events, venues, programme items and participants.
import type { EntityColumns } from '../columns.js';

export type EventKind = 'delegation_visit' | 'conference' | 'workshop' | 'trade_show' | 'webinar';

export interface EventTable extends EntityColumns {
  slug: string;
  kind: EventKind;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  registration_url: string | null;
  delegate_count: number | null;
  project_id: string | null;
  deleted_at: string | null;
}

export interface EventTranslationTable {
  event_id: string;
  locale: string;
  /** The address in this locale, unique per locale. */
  slug: string;
  title: string;
  summary: string;
}

export interface VenueTable {
  id: string;
  event_id: string;
  position: number;
  name: string;
  address: string | null;
  city: string | null;
  country: string | null;
  organisation_id: string | null;
}

export interface ProgrammeItemTable {
  id: string;
  event_id: string;
  venue_id: string | null;
  position: number;
  starts_at: string;
  ends_at: string | null;
}

export interface ProgrammeItemTranslationTable {
  programme_item_id: string;
  locale: string;
  title: string;
}

export interface ProgrammeItemSpeakerTable {
  programme_item_id: string;
  person_id: string;
}

export interface EventOrganisationTable {
  event_id: string;
  organisation_id: string;
  role: 'organiser' | 'partner' | 'participant';
}

export interface EventCountryTable {
  event_id: string;
  country: string;
}

export interface EventSectorTable {
  event_id: string;
  sector_id: string;
}

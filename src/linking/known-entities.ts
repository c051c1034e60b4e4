// The snapshot of known entities that detection matches against: plain data, loaded from the
// database by linking.repository.ts, or written by hand in tests.
import type { MentionEntityType } from '../db/tables/mention.table.js';

export interface KnownOrganisation {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  /** Other names, including former names (renames keep old articles linked). */
  aliases: { alias: string; kind: 'alias' | 'former_name' }[];
}

export interface KnownPerson {
  id: string;
  slug: string;
  givenName: string;
  /** With its particle when it has one: « de Froidmont », « van Oost ». */
  familyName: string;
}

export interface KnownProject {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
}

export interface KnownEvent {
  id: string;
  slug: string;
  /** Title per locale. */
  titles: Record<string, string>;
}

export interface KnownEntities {
  organisations: KnownOrganisation[];
  people: KnownPerson[];
  projects: KnownProject[];
  events: KnownEvent[];
}

export const noKnownEntities: KnownEntities = {
  organisations: [],
  people: [],
  projects: [],
  events: [],
};

/** What a mention points at: for countries the id is the ISO 3166-1 alpha-2 code. */
export interface EntityRef {
  type: MentionEntityType;
  id: string;
  /** Display name (canonical name, person's full name, event title, country name). */
  name: string;
}

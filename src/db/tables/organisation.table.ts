// Kysely table types for organisations, their aliases, successions and sectors.
import type { Defaulted, DirectoryStatus, EntityColumns } from '../columns.js';

export type OrganisationKind =
  | 'company'
  | 'research_centre'
  | 'university'
  | 'agency'
  | 'cluster'
  | 'public_body'
  | 'association';

export interface OrganisationTable extends EntityColumns {
  slug: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  country: string | null;
  city: string | null;
  website: string | null;
  logo_media_id: string | null;
  is_member: Defaulted<number>;
  parent_id: string | null;
  deleted_at: string | null;
  /** Key of the name it was created under from a suggestion (unique among live rows), else null. */
  suggestion_key: string | null;
  /** Drafts (made from a suggestion) are invisible to readers until published. */
  status: Defaulted<DirectoryStatus>;
}

export interface OrganisationTranslationTable {
  organisation_id: string;
  locale: string;
  description: Defaulted<string>;
  competences: Defaulted<string>;
}

export interface OrganisationAliasTable {
  id: string;
  organisation_id: string;
  alias: string;
  kind: 'alias' | 'former_name';
  valid_until: string | null;
}

export interface OrganisationSuccessionTable {
  id: string;
  predecessor_id: string;
  successor_id: string;
  kind: 'rename' | 'merger';
  occurred_on: string | null;
}

export interface OrganisationSectorTable {
  organisation_id: string;
  sector_id: string;
}

// Kysely table types for people and their affiliations.
import type { Defaulted, DirectoryStatus, EntityColumns } from '../columns.js';

export interface PersonTable extends EntityColumns {
  slug: string;
  given_name: string;
  family_name: string;
  honorific: string | null;
  photo_media_id: string | null;
  deleted_at: string | null;
  /** Key of the name it was created under from a suggestion (unique among live rows), else null. */
  suggestion_key: string | null;
  /** Drafts (made from a suggestion) are invisible to readers until published. */
  status: Defaulted<DirectoryStatus>;
}

export interface PersonTranslationTable {
  person_id: string;
  locale: string;
  bio: Defaulted<string>;
}

export interface AffiliationTable extends EntityColumns {
  person_id: string;
  organisation_id: string;
  starts_on: string | null;
  ends_on: string | null;
}

export interface AffiliationTranslationTable {
  affiliation_id: string;
  locale: string;
  role_title: string;
}

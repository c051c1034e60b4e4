// Kysely table types for projects, partners, countries and sectors.
import type { Defaulted, EntityColumns } from '../columns.js';

export interface ProjectTable extends EntityColumns {
  slug: string;
  name: string;
  acronym: string | null;
  programme: Defaulted<string>;
  lead_organisation_id: string | null;
  starts_on: string | null;
  ends_on: string | null;
  budget_eur: number | null;
  website: string | null;
  deleted_at: string | null;
}

export interface ProjectTranslationTable {
  project_id: string;
  locale: string;
  description: Defaulted<string>;
}

export interface ProjectPartnerTable {
  project_id: string;
  organisation_id: string;
  role: Defaulted<string>;
}

export interface ProjectCountryTable {
  project_id: string;
  country: string;
}

export interface ProjectSectorTable {
  project_id: string;
  sector_id: string;
}

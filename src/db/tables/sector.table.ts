// Kysely table types for sectors.
import type { Defaulted, EntityColumns } from '../columns.js';

export interface SectorTable extends EntityColumns {
  slug: string;
  position: Defaulted<number>;
  deleted_at: string | null;
}

export interface SectorTranslationTable {
  sector_id: string;
  locale: string;
  /** The address in this locale, unique per locale. */
  slug: string;
  name: string;
  description: Defaulted<string>;
}

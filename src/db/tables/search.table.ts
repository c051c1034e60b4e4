// Kysely table types of the search index (src/db/migrations/2026-11-25-2300-create-search-index.ts).
import type { Db } from '../database.js';

export type SearchType = 'article' | 'organisation' | 'person' | 'event' | 'project';
export const searchTypes: readonly SearchType[] = [
  'article',
  'organisation',
  'person',
  'event',
  'project',
];

// A type alias, not an interface: Kysely's withTables needs an index-compatible record.
export type SearchDocumentTable = {
  /** Engine order: evergreen entities first, then documents by date; also the FTS5 rowid. */
  rank_key: number;
  doc_key: string;
  type: SearchType;
  entity_id: string;
  locale: string;
  title_terms: string;
  body_terms: string;
  /** Sector slugs with a space on each side (" aero space "), so one LIKE finds a sector. */
  sectors: string;
  year: number | null;
  dated_at: string | null;
  visible_from: string | null;
};

export type SearchTables = {
  search_document: SearchDocumentTable;
};

/** The application's Kysely instance, seeing the search tables too. */
export function searchDb(db: Db) {
  return db.withTables<SearchTables>();
}
export type SearchDb = ReturnType<typeof searchDb>;

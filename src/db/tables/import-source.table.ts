// Kysely table type for the source keys of imported items: (source, key) → the entity made from
// it, so a second import finds what the first created and updates it instead of duplicating.

export interface ImportSourceTable {
  source: string;
  source_key: string;
  entity_type: string;
  entity_id: string;
  created_at: string;
  updated_at: string;
}

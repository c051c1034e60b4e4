// Kysely table type for the stop-list of suggestions: names rejected everywhere from the inbox.

export interface SuggestionStopTable {
  id: string;
  entity_type: 'organisation' | 'person';
  /** nameKey() of the rejected name (src/lib/name-key.ts). */
  name_key: string;
  /** The name as it was written, for the admin. */
  name: string;
  created_by: string | null;
  created_at: string;
}

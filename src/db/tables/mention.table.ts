// Kysely table type for mentions of entities in article translations.
import type { EntityColumns } from '../columns.js';

export type MentionEntityType = 'organisation' | 'person' | 'event' | 'project' | 'country';
export type MentionState = 'suggested' | 'confirmed' | 'rejected';

export interface MentionTable extends EntityColumns {
  article_translation_id: string;
  entity_type: MentionEntityType;
  entity_id: string | null;
  surface: string;
  start_offset: number;
  end_offset: number;
  state: MentionState;
  suggestion: string | null;
}

// Mention rows → the view model editors' pages and the API show (camelCase, parsed suggestion).
import type { MentionRow } from './mention.repository.js';
import type { MentionEntityType, MentionState } from '../db/tables/mention.table.js';
import type { StoredSuggestion } from './reconcile.js';
import type { Suggestion } from './suggestion.js';

export interface MentionView {
  id: string;
  translationId: string;
  entityType: MentionEntityType;
  /** Null for a suggestion of an entity that does not exist yet; ISO code for a country. */
  entityId: string | null;
  surface: string;
  /** Offsets in title + "\n\n" + body; -1 for a confirmed mention no longer in the text. */
  start: number;
  end: number;
  state: MentionState;
  /** What a suggestion would create, and the pattern of the text it was read from. */
  suggestion: Suggestion | null;
  pattern: string | null;
  version: number;
}

function parseSuggestion(json: string | null): StoredSuggestion | null {
  if (json === null) return null;
  try {
    return JSON.parse(json) as StoredSuggestion;
  } catch {
    return null;
  }
}

export function toMentionView(row: MentionRow): MentionView {
  const stored = parseSuggestion(row.suggestion);
  return {
    id: row.id,
    translationId: row.article_translation_id,
    entityType: row.entity_type,
    entityId: row.entity_id,
    surface: row.surface,
    start: row.start_offset,
    end: row.end_offset,
    state: row.state,
    suggestion: stored?.suggestion ?? null,
    pattern: stored?.pattern ?? null,
    version: row.version,
  };
}

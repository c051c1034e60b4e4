// What a new detection changes in the stored mentions of a translation, as a pure plan. One row
// per entity per translation (its first occurrence): an editor decides once that an article
// speaks of ESA, not once per « ESA ». The rules:
// - an entity found again keeps its row, its state and id; surface and offsets follow the text;
// - a suggestion is the same entity across runs when its key (kind + folded name) is the same;
// - a suggestion whose entity has since been created becomes a mention of it, keeping its state;
// - a row no longer found is deleted, unless confirmed: an editor's confirmation stands (the
//   article still speaks of the entity, perhaps as « the agency »), so it stays listed in the
//   « In this article » panel, with offsets -1 (no position in the current text to link);
// - what is new is inserted as `suggested`.
import type { Detection } from './detect.js';
import type { KnownEntities } from './known-entities.js';
import type { MentionEntityType, MentionState } from '../db/tables/mention.table.js';
import { fold } from './text.js';
import { suggestionKey, type Suggestion } from './suggestion.js';

/** Offsets of a confirmed mention whose words are no longer in the text. */
export const notInText = -1;

export interface StoredMention {
  id: string;
  entity_type: MentionEntityType;
  entity_id: string | null;
  surface: string;
  start_offset: number;
  end_offset: number;
  state: MentionState;
  suggestion: string | null;
}

export interface MentionValues {
  entity_type: MentionEntityType;
  entity_id: string | null;
  surface: string;
  start_offset: number;
  end_offset: number;
  suggestion: string | null;
}

export interface MentionPlan {
  insert: MentionValues[];
  update: ({ id: string } & MentionValues)[];
  delete: string[];
}

/** Stored JSON of a suggestion: what it would create, the pattern it was read from, its key. */
export interface StoredSuggestion {
  key: string;
  pattern: string;
  suggestion: Suggestion;
  /** Absent from rows stored before detection weighed its evidence. */
  confidence?: number;
  evidence?: string[];
}

/** Keys under which each known entity may have been suggested before it existed. */
export function suggestionKeysOf(known: KnownEntities): Map<string, string> {
  const keys = new Map<string, string>();
  for (const o of known.organisations)
    for (const name of [o.name, ...o.aliases.map((a) => a.alias)])
      keys.set(suggestionKey({ kind: 'organisation', name }), `organisation:${o.id}`);
  for (const p of known.people)
    keys.set(`person:${fold(`${p.givenName} ${p.familyName}`)}`, `person:${p.id}`);
  return keys;
}

function keyOf(row: StoredMention): string {
  if (row.entity_id !== null) return `${row.entity_type}:${row.entity_id}`;
  try {
    return (JSON.parse(row.suggestion ?? '{}') as StoredSuggestion).key ?? `row:${row.id}`;
  } catch {
    return `row:${row.id}`; // unreadable JSON: matches nothing, so it is replaced
  }
}

const strength: Record<MentionState, number> = { confirmed: 2, rejected: 1, suggested: 0 };

function targets(detection: Detection): Map<string, MentionValues> {
  const wanted = new Map<string, MentionValues>();
  for (const m of detection.mentions) {
    const key = `${m.entity.type}:${m.entity.id}`;
    if (wanted.has(key)) continue; // the first occurrence stands for the entity
    wanted.set(key, {
      entity_type: m.entity.type,
      entity_id: m.entity.id,
      surface: m.surface,
      start_offset: m.start,
      end_offset: m.end,
      suggestion: null,
    });
  }
  for (const s of detection.suggestions) {
    const stored: StoredSuggestion = {
      key: s.key,
      pattern: s.pattern,
      suggestion: s.suggestion,
      confidence: s.confidence,
      evidence: s.evidence,
    };
    wanted.set(s.key, {
      entity_type: s.suggestion.kind,
      entity_id: null,
      surface: s.surface,
      start_offset: s.start,
      end_offset: s.end,
      suggestion: JSON.stringify(stored),
    });
  }
  return wanted;
}

const same = (row: StoredMention, v: MentionValues) =>
  row.entity_type === v.entity_type &&
  row.entity_id === v.entity_id &&
  row.surface === v.surface &&
  row.start_offset === v.start_offset &&
  row.end_offset === v.end_offset &&
  row.suggestion === v.suggestion;

export function planMentions(
  existing: readonly StoredMention[],
  detection: Detection,
  createdFromSuggestion: ReadonlyMap<string, string>,
): MentionPlan {
  const plan: MentionPlan = { insert: [], update: [], delete: [] };
  // One row per key: should duplicates exist, the strongest decision survives.
  const byKey = new Map<string, StoredMention>();
  for (const row of [...existing].sort((a, b) => strength[b.state] - strength[a.state])) {
    const key = keyOf(row);
    if (byKey.has(key)) plan.delete.push(row.id);
    else byKey.set(key, row);
  }
  const used = new Set<string>();
  for (const [key, values] of targets(detection)) {
    let row = byKey.get(key);
    if (!row && values.entity_id !== null) {
      // Suggested before the entity existed: the same row becomes the mention of it.
      for (const [k, candidate] of byKey)
        if (candidate.entity_id === null && createdFromSuggestion.get(k) === key && !used.has(k))
          row = candidate;
    }
    if (!row) {
      plan.insert.push(values);
      continue;
    }
    used.add(keyOf(row));
    if (!same(row, values)) plan.update.push({ id: row.id, ...values });
  }
  for (const [key, row] of byKey) {
    if (used.has(key)) continue;
    if (row.state !== 'confirmed') plan.delete.push(row.id);
    else if (row.start_offset !== notInText || row.end_offset !== notInText)
      plan.update.push({ ...row, start_offset: notInText, end_offset: notInText });
  }
  return plan;
}

// Detection, as one pure function: the known entities a text mentions, and the unknown ones it
// suggests creating. Offsets are UTF-16 indices into the text given (JavaScript string indices).
import { acronymSuggestions } from './acronyms.js';
import { evidenceSuggestions } from './evidence.js';
import type { KnownMention, Matcher } from './matcher.js';
import { roleSuggestions } from './roles.js';
import {
  mergeSuggestions,
  suggestionContext,
  suggestionKey,
  type SuggestionHit,
} from './suggestion.js';
import { fold } from './text.js';
import { isNotOrganisation, isTrapPhrase } from './traps.js';
import { tokenize } from './text.js';

export interface Detection {
  /** Every occurrence of a known entity, in text order; overlaps resolved, longest first. */
  mentions: KnownMention[];
  /** One per unknown entity (its first occurrence), in text order. */
  suggestions: SuggestionHit[];
}

export function detectEntities(matcher: Matcher, text: string): Detection {
  const tokens = tokenize(text);
  const mentions = matcher.findMentions(text, tokens);
  const ctx = suggestionContext(text, tokens, matcher, mentions);
  const acronyms = acronymSuggestions(ctx);
  const patterned = mergeSuggestions([...acronyms, ...roleSuggestions(ctx, acronyms)]).flatMap(
    withoutTraps,
  );
  // The narrow patterns read affiliations and acronyms; combined evidence finds the rest. On the
  // same entity the pattern's hit stays (it comes first) and the evidence completes it.
  const evidence = evidenceSuggestions(ctx, patterned);
  const suggestions = withoutDuplicates(
    mergeSuggestions([...resolveAcronyms(patterned, evidence.acronyms), ...evidence.hits]),
  );
  if (evidence.surnameMentions.length > 0) {
    mentions.push(...evidence.surnameMentions);
    mentions.sort((a, b) => a.start - b.start);
  }
  // Longest match wins against suggested names too: the country in « Thales Alenia Space
  // Belgium (TASB) » is part of an organisation's name.
  const organisations = suggestions.filter((s) => s.suggestion.kind === 'organisation');
  const outside = mentions.filter(
    (m) =>
      m.entity.type !== 'country' ||
      !organisations.some((s) => s.start <= m.start && m.end <= s.end),
  );
  return { mentions: outside, suggestions };
}

/**
 * « de la LSA » after « Agence spatiale luxembourgeoise (Luxembourg Space Agency, LSA) »: the
 * acronym names the organisation suggested there, not a new one.
 */
function resolveAcronyms(hits: SuggestionHit[], acronyms: Map<string, string>): SuggestionHit[] {
  if (acronyms.size === 0) return hits;
  return hits.flatMap((hit) => {
    const s = hit.suggestion;
    if (s.kind === 'organisation') return acronyms.has(s.name) ? [] : [hit];
    const full = s.affiliation && acronyms.get(s.affiliation.organisation.name);
    if (!full || !s.affiliation) return [hit];
    const affiliation = { ...s.affiliation, organisation: { name: full } };
    return [{ ...hit, suggestion: { ...s, affiliation } }];
  });
}

/** « Cargodrone Europe » and « Cargodrone Europe SRL » in one text are one organisation. */
function withoutDuplicates(hits: SuggestionHit[]): SuggestionHit[] {
  const bare = (name: string) => fold(name.replace(legalFormEnd, ''));
  const withForm = new Set<string>();
  for (const h of hits)
    if (h.suggestion.kind === 'organisation' && legalFormEnd.test(h.suggestion.name))
      withForm.add(bare(h.suggestion.name));
  return hits.filter(
    (h) =>
      h.suggestion.kind !== 'organisation' ||
      legalFormEnd.test(h.suggestion.name) ||
      !withForm.has(bare(h.suggestion.name)),
  );
}
const legalFormEnd =
  /,?\s+(?:SA|SRL|SPRL|NV|BV|GmbH|AG|Ltd|Inc|SAS|SARL|plc|LLC|Lda|e\.V|S\.à r\.l|Sp\. z o\.o)\.?$/;

/**
 * A portfolio read as an organisation (« ministre de l’Économie ») is no suggestion, nor an
 * affiliation of the person it follows.
 */
function withoutTraps(hit: SuggestionHit): SuggestionHit[] {
  const s = hit.suggestion;
  if (s.kind === 'organisation') return isNotOrganisation(fold(s.name)) ? [] : [hit];
  if (
    s.affiliation &&
    !s.affiliation.organisation.id &&
    isTrapPhrase(fold(s.affiliation.organisation.name))
  ) {
    const person = { kind: s.kind, givenName: s.givenName, familyName: s.familyName };
    return [{ ...hit, key: suggestionKey(person), suggestion: person }];
  }
  return [hit];
}

/**
 * The text detection reads for an article translation: the title, a blank line, the Markdown
 * body. Stored offsets refer to this text; the body starts at `title.length + 2`.
 */
export function translationText(title: string, body: string): string {
  return `${title}\n\n${body}`;
}

/** The JSON `constellation detect` prints: mentions of known entities, then suggestions. */
export function detectionJson(d: Detection) {
  return {
    mentions: d.mentions.map((m) => ({
      entityType: m.entity.type,
      entityId: m.entity.id,
      name: m.entity.name,
      surface: m.surface,
      start: m.start,
      end: m.end,
    })),
    suggestions: d.suggestions.map((s) => ({
      key: s.key,
      pattern: s.pattern,
      surface: s.surface,
      start: s.start,
      end: s.end,
      suggestion: s.suggestion,
      confidence: s.confidence,
      evidence: s.evidence,
    })),
  };
}

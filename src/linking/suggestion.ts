// Suggestions of unknown entities: what each would create, where it was found, and the key that
// identifies it across runs (so an editor's decision on it survives an edit of the text).
import type { KnownMention } from './matcher.js';
import type { Matcher } from './matcher.js';
import { fold, type Token } from './text.js';

export type Suggestion =
  | { kind: 'organisation'; name: string; acronym?: string }
  | {
      kind: 'person';
      givenName: string;
      familyName: string;
      affiliation?: {
        /** `id` is set when the organisation is already known. */
        organisation: { name: string; id?: string };
        /** As written (« Deputy Managing Director », « directeur »); null when not stated. */
        role: string | null;
      };
    };

/** The pattern of cluster news a suggestion was read from. */
export type SuggestionPattern =
  | 'name (ACR)'
  | 'ACR (name)'
  | 'ACR – name'
  | 'person, role of organisation'
  | 'role of organisation, person'
  | 'organisation, represented by person'
  | 'combined evidence';

export interface SuggestionHit {
  key: string;
  pattern: SuggestionPattern;
  /** The words that name the new entity (the full name of an organisation, a person's name). */
  surface: string;
  start: number;
  end: number;
  suggestion: Suggestion;
  /** How sure detection is, 0..1; only hits above the threshold (evidence.ts) are kept. */
  confidence: number;
  /** Short codes of what produced it: 'first-name', 'role-before', 'legal-form', 'list'… */
  evidence: string[];
}

/** Identifies a suggested entity across runs: its kind and folded name. */
export function suggestionKey(s: Suggestion): string {
  return s.kind === 'organisation'
    ? `organisation:${fold(s.name)}`
    : `person:${fold(`${s.givenName} ${s.familyName}`)}`;
}

/** What the suggestion patterns read: the text, its words, and the known mentions found in it. */
export interface SuggestionContext {
  text: string;
  tokens: Token[];
  matcher: Matcher;
  mentions: KnownMention[];
  /** Known mention starting at a token index / ending at a token index. */
  knownFrom: Map<number, { mention: KnownMention; last: number }>;
  knownTo: Map<number, { mention: KnownMention; first: number }>;
  /** Index of the known mention covering each token, or -1. */
  covered: Int32Array;
}

export function suggestionContext(
  text: string,
  tokens: Token[],
  matcher: Matcher,
  mentions: KnownMention[],
): SuggestionContext {
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  const byEnd = new Map(tokens.map((t, i) => [t.end, i]));
  const knownFrom = new Map<number, { mention: KnownMention; last: number }>();
  const knownTo = new Map<number, { mention: KnownMention; first: number }>();
  const covered = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((mention, m) => {
    const first = byStart.get(mention.start);
    const last = byEnd.get(mention.end);
    if (first === undefined || last === undefined) return;
    knownFrom.set(first, { mention, last });
    knownTo.set(last, { mention, first });
    covered.fill(m, first, last + 1);
  });
  return { text, tokens, matcher, mentions, knownFrom, knownTo, covered };
}

/** The original text from token `first` to token `last`, inclusive. */
export function span(ctx: SuggestionContext, first: number, last: number) {
  const start = ctx.tokens[first]!.start;
  const end = ctx.tokens[last]!.end;
  return { surface: ctx.text.slice(start, end), start, end };
}

/**
 * True when any token in [first, last] belongs to a known mention; with `exceptCountries`,
 * countries do not count (« Thales Alenia Space Belgium » is an organisation's name).
 */
export function overlapsKnown(
  ctx: SuggestionContext,
  first: number,
  last: number,
  exceptCountries = false,
): boolean {
  for (let i = first; i <= last; i++) {
    const m = ctx.covered[i]!;
    if (m !== -1 && !(exceptCountries && ctx.mentions[m]!.entity.type === 'country')) return true;
  }
  return false;
}

/** Merges hits of the same entity: the first occurrence stays, details found later complete it. */
export function mergeSuggestions(hits: SuggestionHit[]): SuggestionHit[] {
  const byKey = new Map<string, SuggestionHit>();
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    const seen = byKey.get(hit.key);
    if (!seen) {
      byKey.set(hit.key, hit);
      continue;
    }
    seen.confidence = Math.max(seen.confidence, hit.confidence);
    seen.evidence = [...new Set([...seen.evidence, ...hit.evidence])];
    const a = seen.suggestion;
    const b = hit.suggestion;
    if (a.kind === 'organisation' && b.kind === 'organisation' && !a.acronym && b.acronym)
      seen.suggestion = { ...a, acronym: b.acronym };
    if (a.kind === 'person' && b.kind === 'person' && !a.affiliation && b.affiliation)
      seen.suggestion = { ...a, affiliation: b.affiliation };
  }
  return [...byKey.values()];
}

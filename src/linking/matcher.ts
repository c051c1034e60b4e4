// The in-memory matcher of known entities: every name, acronym, alias, person name form and
// country name becomes a sequence of folded words, indexed by its first word. Detection is a
// pure function of (matcher, text): no database, so it is tested on plain strings.
import { capitalisedOnly, countryName, countryNames, notCountries } from './countries.js';
import type { EntityRef, KnownEntities } from './known-entities.js';
import {
  isAcronymLike,
  isCapitalised,
  isUpperWord,
  separatorAfter,
  separatorsAgree,
  tokenize,
  type Token,
} from './text.js';

/** How an entry names its entity; `not_entity` entries hide what they contain (see countries). */
export type MatchKind = 'name' | 'acronym' | 'alias' | 'former_name' | 'not_entity';

interface EntryWord {
  folded: string;
  cased: string;
  /** Compared with case (acronyms, « ULiège »), else folded. */
  caseSensitive: boolean;
  /** Must be written in capitals (the family name of « DUPONT Jean »). */
  upper: boolean;
  /** Must start with a capital (« Suisse » the country, not « suisse » the adjective). */
  capitalised: boolean;
  /** Separator before this word (ignored for the first). */
  sep: string;
}

interface Entry {
  ref: EntityRef | null;
  kind: MatchKind;
  words: EntryWord[];
  /** People's names must not be glued by a hyphen to a neighbour (« Jean-Pierre » ≠ « Pierre »). */
  person: boolean;
}

export interface KnownMention {
  entity: EntityRef;
  surface: string;
  start: number;
  end: number;
  matchedBy: MatchKind;
}

/** Particles of family names: not capitalised in « DE FROIDMONT Amélie » nor needed to be. */
const particles = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'van', 'der', 'den', 'von', 'ten']);
const legalForms = /\s+(?:SA|S\.A\.|SRL|SPRL|NV|BV|GmbH|AG|S\.L\.|SAS|SARL|Ltd|Inc\.?|plc)$/;

const kindRank: Record<MatchKind, number> = {
  not_entity: 0,
  name: 1,
  acronym: 2,
  alias: 3,
  former_name: 4,
};
const typeRank: Record<EntityRef['type'], number> = {
  organisation: 0,
  project: 1,
  event: 2,
  person: 3,
  country: 4,
};

export interface Matcher {
  /** Every known mention in the text, non-overlapping, longest first; offsets into `text`. */
  findMentions(text: string, tokens?: Token[]): KnownMention[];
  /** The entity a whole phrase names exactly (« CSL », « Centre Spatial de Liège »), if any. */
  lookup(phrase: string): EntityRef | undefined;
}

export function buildMatcher(known: KnownEntities, locale = 'fr'): Matcher {
  const index = new Map<string, Entry[]>();
  const seen = new Set<string>();

  function add(
    ref: EntityRef | null,
    kind: MatchKind,
    phrase: string,
    opts: {
      caseSensitive?: boolean;
      person?: boolean;
      upperFrom?: number;
      upperTo?: number;
      capitalised?: boolean;
    } = {},
  ): void {
    const tokens = tokenize(phrase);
    const first = tokens[0];
    if (!first) return;
    const words = tokens.map((t, i) => ({
      folded: t.folded,
      cased: t.cased,
      caseSensitive: opts.caseSensitive === true || isAcronymLike(t.text),
      upper:
        opts.upperFrom !== undefined &&
        i >= opts.upperFrom &&
        i < (opts.upperTo ?? 0) &&
        !particles.has(t.folded),
      capitalised: opts.capitalised === true && i === 0,
      sep: t.sep,
    }));
    const key = `${ref?.type}:${ref?.id}:${words.map((w) => (w.caseSensitive ? w.cased : w.folded) + w.sep + String(w.upper) + String(w.capitalised)).join('|')}`;
    if (seen.has(key)) return;
    seen.add(key);
    const list = index.get(first.folded) ?? [];
    list.push({ ref, kind, words, person: opts.person === true });
    index.set(first.folded, list);
  }

  for (const o of known.organisations) {
    const ref: EntityRef = { type: 'organisation', id: o.id, name: o.name };
    add(ref, 'name', o.name);
    const bare = o.name.replace(legalForms, '');
    if (bare !== o.name && tokenize(bare).length >= 2) add(ref, 'alias', bare);
    if (o.acronym) add(ref, 'acronym', o.acronym, { caseSensitive: true });
    for (const a of o.aliases)
      add(ref, a.kind === 'former_name' ? 'former_name' : 'alias', a.alias);
  }
  for (const p of known.projects) {
    const ref: EntityRef = { type: 'project', id: p.id, name: p.name };
    add(ref, 'name', p.name);
    // « Team Europe Initiative … in Central Asia – Soft Pillar » is often cited without its suffix.
    const head = p.name.split(/\s+[–—-]\s+/)[0] ?? p.name;
    if (head !== p.name && tokenize(head).length >= 3) add(ref, 'alias', head);
    if (p.acronym) add(ref, 'acronym', p.acronym, { caseSensitive: true });
  }
  for (const e of known.events) {
    const title = e.titles[locale] ?? Object.values(e.titles)[0] ?? e.slug;
    const ref: EntityRef = { type: 'event', id: e.id, name: title };
    for (const t of Object.values(e.titles)) if (tokenize(t).length >= 3) add(ref, 'name', t);
  }
  for (const p of known.people) {
    const ref: EntityRef = { type: 'person', id: p.id, name: `${p.givenName} ${p.familyName}` };
    add(ref, 'name', `${p.givenName} ${p.familyName}`, { person: true });
    const familyLength = tokenize(p.familyName).length;
    add(ref, 'name', `${p.familyName} ${p.givenName}`, {
      person: true,
      upperFrom: 0,
      upperTo: familyLength,
    });
  }
  for (const [code, names] of Object.entries(countryNames)) {
    const ref: EntityRef = { type: 'country', id: code, name: countryName(code, locale) };
    for (const n of [...names.fr, ...names.en])
      add(ref, 'name', n, { capitalised: capitalisedOnly.has(n) });
    for (const c of names.codes ?? []) add(ref, 'acronym', c, { caseSensitive: true });
  }
  for (const phrase of notCountries) add(null, 'not_entity', phrase);

  function matchLength(tokens: readonly Token[], i: number, entry: Entry): number {
    const n = entry.words.length;
    for (let k = 0; k < n; k++) {
      const t = tokens[i + k];
      const w = entry.words[k]!;
      if (!t) return 0;
      if (k > 0 && !separatorsAgree(w.sep, t.sep)) return 0;
      if (w.caseSensitive ? t.cased !== w.cased : t.folded !== w.folded) return 0;
      if (w.upper && !isUpperWord(t.text)) return 0;
      if (w.capitalised && !isCapitalised(t.text)) return 0;
    }
    if (entry.person && (tokens[i]!.sep === '-' || separatorAfter(tokens, i + n - 1) === '-'))
      return 0;
    return n;
  }

  interface Candidate {
    entry: Entry;
    first: number;
    count: number;
    start: number;
    end: number;
  }

  function candidates(tokens: readonly Token[]): Candidate[] {
    const found: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const entry of index.get(tokens[i]!.folded) ?? []) {
        const count = matchLength(tokens, i, entry);
        if (count === 0) continue;
        found.push({
          entry,
          first: i,
          count,
          start: tokens[i]!.start,
          end: tokens[i + count - 1]!.end,
        });
      }
    }
    return found;
  }

  return {
    findMentions(text, tokens = tokenize(text)) {
      const ranked = candidates(tokens).sort(
        (a, b) =>
          b.end - b.start - (a.end - a.start) ||
          kindRank[a.entry.kind] - kindRank[b.entry.kind] ||
          typeRank[a.entry.ref?.type ?? 'organisation'] -
            typeRank[b.entry.ref?.type ?? 'organisation'] ||
          a.start - b.start,
      );
      const taken = new Uint8Array(tokens.length);
      const chosen: KnownMention[] = [];
      for (const c of ranked) {
        if (taken.subarray(c.first, c.first + c.count).some((x) => x === 1)) continue;
        taken.fill(1, c.first, c.first + c.count);
        if (!c.entry.ref) continue;
        chosen.push({
          entity: c.entry.ref,
          surface: text.slice(c.start, c.end),
          start: c.start,
          end: c.end,
          matchedBy: c.entry.kind,
        });
      }
      return chosen.sort((a, b) => a.start - b.start);
    },

    lookup(phrase) {
      const tokens = tokenize(phrase);
      const first = tokens[0];
      if (!first) return undefined;
      const exact = (index.get(first.folded) ?? []).filter(
        (e) => e.ref && matchLength(tokens, 0, e) === tokens.length,
      );
      exact.sort((a, b) => kindRank[a.kind] - kindRank[b.kind]);
      return exact[0]?.ref ?? undefined;
    },
  };
}

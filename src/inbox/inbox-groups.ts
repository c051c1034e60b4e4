// The entity inbox's groups, as one pure function: every open suggestion of the archive, grouped
// by what it would create. Organisations are one group when they share
// - a core key: the name key without leading generic words (« pôle », « cluster », « the »…),
//   trailing legal forms (SA, SRL, GmbH…), and a trailing region or country word when one word
//   is left (« pôle Skywin », « Skywin Wallonie » and « Skywin » all have the core « skywin »,
//   while « Centre Spatial de Liège » keeps its city);
// - an acronym (« Centre Spatial de Liège (CSL) » and « CSL – Centre spatial liégeois »), or a
//   name that is an acronym of another's;
// - or when a core of two words or more is contained in exactly one other group's core
//   (« Alenia Space » in « Thales Alenia Space »): one word alone is too ambiguous for that.
// People are one group when their full names have the same words in any order (« DUPONT Marc »).
import { createHash } from 'node:crypto';
import { nameKey } from '../lib/name-key.js';
import type { Suggestion } from '../linking/suggestion.js';

/** One open suggestion: a mention row in state `suggested` that names no known entity. */
export interface OpenSuggestion {
  mentionId: string;
  version: number;
  articleId: string;
  translationId: string;
  locale: string;
  title: string;
  surface: string;
  start: number;
  end: number;
  suggestion: Suggestion;
}

export interface GroupArticle {
  articleId: string;
  /** The article's title in each language it was found in, in the order found. */
  titles: { locale: string; title: string }[];
  mentions: OpenSuggestion[];
}

export interface InboxGroup {
  /** `kind:core`, stable while the group's members stay. */
  key: string;
  /** Changes when a member is added, removed or changed: a form read before is stale. */
  fingerprint: string;
  kind: 'organisation' | 'person';
  /** Proposed canonical name (organisation) or full name (person). */
  name: string;
  acronym: string;
  givenName: string;
  familyName: string;
  /** The other forms the archive writes it with. */
  aliases: string[];
  /** An existing organisation a person's suggestions name as their employer, with the role. */
  affiliation: { organisationId: string; organisationName: string; role: string } | null;
  articleCount: number;
  mentionCount: number;
  articles: GroupArticle[];
  mentions: OpenSuggestion[];
}

const leadingGeneric = new Set([
  'pole',
  'cluster',
  'groupe',
  'group',
  'societe',
  'la',
  'le',
  'les',
  'l',
  'the',
]);
const legalForms = new Set([
  'sa',
  'srl',
  'sprl',
  'nv',
  'bv',
  'gmbh',
  'ag',
  'sas',
  'sarl',
  'ltd',
  'inc',
  'plc',
  'asbl',
  'vzw',
]);
const regions = new Set([
  'wallonie',
  'wallonia',
  'bruxelles',
  'brussels',
  'flandre',
  'flanders',
  'vlaanderen',
  'belgique',
  'belgium',
  'belgie',
  'france',
  'luxembourg',
  'deutschland',
  'germany',
  'nederland',
  'netherlands',
  'europe',
]);

/** The words that tell an organisation's name apart (see the file comment). */
export function coreKey(name: string): string {
  const words = nameKey(name).split(' ').filter(Boolean);
  while (words.length > 1 && leadingGeneric.has(words[0]!)) words.shift();
  while (words.length > 1 && legalForms.has(words.at(-1)!)) words.pop();
  if (words.length === 2 && regions.has(words[1]!)) words.pop();
  return words.join(' ');
}

const personKey = (givenName: string, familyName: string) =>
  nameKey(`${givenName} ${familyName}`).split(' ').filter(Boolean).sort().join(' ');

const compact = (s: string) => nameKey(s).replace(/ /g, '');
const isAcronym = (s: string) => /^[\p{Lu}\d&]{2,10}$/u.test(s.replace(/[.\s-]/g, ''));

const fullName = (s: Suggestion) =>
  s.kind === 'organisation' ? s.name : `${s.givenName} ${s.familyName}`;

/** Union-find over row indices. */
function unionFind(n: number) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  return {
    find,
    union: (a: number, b: number) => {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    },
  };
}

function joinBy(
  rows: readonly OpenSuggestion[],
  keyOf: (r: OpenSuggestion) => string[],
  uf: ReturnType<typeof unionFind>,
) {
  const first = new Map<string, number>();
  rows.forEach((r, i) => {
    for (const k of keyOf(r)) {
      if (!k) continue;
      const seen = first.get(k);
      if (seen === undefined) first.set(k, i);
      else uf.union(seen, i);
    }
  });
}

const contains = (long: string[], short: string[]) =>
  long.length > short.length && long.some((_, i) => short.every((w, k) => long[i + k] === w));

function clusters(rows: readonly OpenSuggestion[]): number[][] {
  const uf = unionFind(rows.length);
  const orgs = (r: OpenSuggestion) => r.suggestion.kind === 'organisation';
  joinBy(
    rows,
    (r) =>
      r.suggestion.kind === 'organisation'
        ? [`o:${coreKey(r.suggestion.name)}`]
        : [`p:${personKey(r.suggestion.givenName, r.suggestion.familyName)}`],
    uf,
  );
  // Acronyms: an acronym given, or a whole name written as one.
  joinBy(
    rows,
    (r) => {
      if (r.suggestion.kind !== 'organisation') return [];
      const keys = r.suggestion.acronym ? [`a:${compact(r.suggestion.acronym)}`] : [];
      if (isAcronym(r.suggestion.name)) keys.push(`a:${compact(r.suggestion.name)}`);
      return keys;
    },
    uf,
  );
  // Containment of a core of two words or more in exactly one other group's core.
  const cores = rows.map((r) => (orgs(r) ? coreKey(fullName(r.suggestion)).split(' ') : []));
  rows.forEach((r, i) => {
    if (!orgs(r) || cores[i]!.length < 2) return;
    const into = new Set<number>();
    rows.forEach((o, j) => {
      if (orgs(o) && contains(cores[j]!, cores[i]!)) into.add(uf.find(j));
    });
    into.delete(uf.find(i));
    if (into.size === 1) uf.union(i, [...into][0]!);
  });
  const byRoot = new Map<number, number[]>();
  rows.forEach((_, i) => byRoot.set(uf.find(i), [...(byRoot.get(uf.find(i)) ?? []), i]));
  return [...byRoot.values()];
}

/** Counts of each distinct form (by name key), keeping the first spelling met. */
function tally(forms: string[]): { form: string; count: number }[] {
  const byKey = new Map<string, { form: string; count: number }>();
  for (const form of forms) {
    const key = nameKey(form);
    if (!key) continue;
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { form: form.trim(), count: 1 });
  }
  return [...byKey.values()];
}

/** Words of a name, leading generic words apart (« pôle Skywin » has one, « Skywin Wallonie » two). */
function wordCount(name: string): number {
  const words = nameKey(name).split(' ').filter(Boolean);
  while (words.length > 1 && leadingGeneric.has(words[0]!)) words.shift();
  return words.length;
}

function describe(members: OpenSuggestion[]): InboxGroup {
  const first = members[0]!.suggestion;
  const kind = first.kind;
  const names = tally(members.map((m) => fullName(m.suggestion)));
  // The longest full form (generic words apart), then the most frequent, then A→Z.
  const canonical = [...names].sort(
    (a, b) =>
      (isAcronym(a.form) ? 1 : 0) - (isAcronym(b.form) ? 1 : 0) ||
      wordCount(b.form) - wordCount(a.form) ||
      b.count - a.count ||
      a.form.localeCompare(b.form),
  )[0]!.form;
  const acronyms = tally(
    members.flatMap((m) =>
      m.suggestion.kind === 'organisation'
        ? [m.suggestion.acronym ?? '', isAcronym(m.suggestion.name) ? m.suggestion.name : '']
        : [],
    ),
  ).sort((a, b) => b.count - a.count);
  const acronym = kind === 'organisation' ? (acronyms[0]?.form ?? '') : '';
  const taken = new Set([nameKey(canonical), nameKey(acronym)]);
  const aliases = tally([...names.map((n) => n.form), ...members.map((m) => m.surface)])
    .filter((f) => !taken.has(nameKey(f.form)))
    .map((f) => f.form);
  let givenName = '';
  let familyName = '';
  let affiliation: InboxGroup['affiliation'] = null;
  if (kind === 'person') {
    const person = members.find(
      (m) => m.suggestion.kind === 'person' && fullName(m.suggestion) === canonical,
    )?.suggestion;
    if (person?.kind === 'person') ({ givenName, familyName } = person);
    for (const m of members)
      if (m.suggestion.kind === 'person' && m.suggestion.affiliation?.organisation.id) {
        const a = m.suggestion.affiliation;
        affiliation = {
          organisationId: a.organisation.id!,
          organisationName: a.organisation.name,
          role: a.role ?? '',
        };
        break;
      }
  }
  const articles = new Map<string, GroupArticle>();
  for (const m of members) {
    const a = articles.get(m.articleId) ?? { articleId: m.articleId, titles: [], mentions: [] };
    if (!a.titles.some((t) => t.locale === m.locale))
      a.titles.push({ locale: m.locale, title: m.title });
    a.mentions.push(m);
    articles.set(m.articleId, a);
  }
  const keys = members.map((m) =>
    m.suggestion.kind === 'organisation'
      ? coreKey(m.suggestion.name)
      : personKey(m.suggestion.givenName, m.suggestion.familyName),
  );
  const fingerprint = createHash('sha256')
    .update(
      members
        .map((m) => `${m.mentionId}:${m.version}`)
        .sort()
        .join(','),
    )
    .digest('hex')
    .slice(0, 16);
  return {
    key: `${kind}:${keys.sort()[0]}`,
    fingerprint,
    kind,
    name: canonical,
    acronym,
    givenName,
    familyName,
    aliases,
    affiliation,
    articleCount: articles.size,
    mentionCount: members.length,
    articles: [...articles.values()],
    mentions: members,
  };
}

/** The groups of the open suggestions, most articles first, then most mentions, then A→Z. */
export function groupSuggestions(rows: readonly OpenSuggestion[]): InboxGroup[] {
  return clusters(rows)
    .map((indices) => describe(indices.map((i) => rows[i]!)))
    .sort(
      (a, b) =>
        b.articleCount - a.articleCount ||
        b.mentionCount - a.mentionCount ||
        a.name.localeCompare(b.name),
    );
}

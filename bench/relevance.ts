// The search relevance set: queries a reader types over the demo content (src/seed), in French
// and English, with the results they should bring up, graded: 3 the one that should come first,
// 2 very relevant, 1 relevant, anything unlisted 0. Results are named by stable identifiers:
// `article:<demo key>` for articles (whatever the language of the version found), `<type>:<slug>`
// for organisations, people, events and projects. Queries typed without a final space are
// prefixes and go through the type-ahead (`suggest`), like the header box; the others through the
// search page. `measureRelevance` runs the set and gives nDCG@5 and the share of queries whose
// expected first result came first (npm run bench:search, test/flows/search-relevance.test.ts).
import { demoArticles } from '../src/seed/demo-articles.js';
import { slugify } from '../src/lib/slug.js';
import { demoEvents } from '../src/seed/demo-ecosystem.js';
import { scoreQuery, summarise, type Judgements, type QueryScore } from '../src/search/ndcg.js';
import type { SearchHit, SearchService } from '../src/search/search.service.js';

export interface RelevanceQuery {
  q: string;
  locale: 'fr' | 'en';
  /** Typed as a prefix: answered by the type-ahead. */
  typed?: boolean;
  /** What kind of query it is, for the report. */
  kind: 'entity' | 'acronym' | 'person' | 'topic' | 'place' | 'prefix';
  expected: Judgements;
}

/** The delegation visit to Redu and Liège: its title, kicker and mentions are about Central Asia. */
const delegation = {
  'article:central-asia-delegation-visit': 3,
  'event:delegation-asie-centrale-2025': 2,
  'project:tei-connectivite-numerique-asie-centrale': 1,
};
const kazakhstan = {
  ...delegation,
  'organisation:dala-geoinformatics': 2,
  'project:agrisky': 1,
  'article:agrisky-kick-off': 1,
  'article:space-business-day-2026-report': 1,
  'person:aigerim-sadykova': 1,
};

export const relevanceSet: RelevanceQuery[] = [
  // The example: a country the delegation article is about, by name and as typed.
  { q: 'kazakhstan', locale: 'fr', kind: 'place', expected: kazakhstan },
  { q: 'kaza', locale: 'fr', typed: true, kind: 'prefix', expected: kazakhstan },
  { q: 'Kazakhstan', locale: 'en', kind: 'place', expected: kazakhstan },
  { q: 'asie centrale', locale: 'fr', kind: 'place', expected: delegation },
  { q: 'Central Asia', locale: 'en', kind: 'place', expected: delegation },
  {
    q: 'andalousie',
    locale: 'fr',
    kind: 'place',
    expected: {
      'article:andalusia-mission-2026-report': 3,
      'event:mission-andalousie-2026': 2,
      'organisation:meseta-aeroespacial-s-l': 1,
    },
  },
  {
    q: 'Seville',
    locale: 'en',
    kind: 'place',
    expected: { 'article:andalusia-mission-2026-report': 3, 'event:mission-andalousie-2026': 2 },
  },
  {
    q: 'Transinne',
    locale: 'en',
    kind: 'place',
    expected: { 'article:calestia-new-antenna': 3, 'organisation:calestia-ground-systems': 2 },
  },
  // Organisations by name or acronym: the directory entry first, then what is about it.
  {
    q: 'skywin',
    locale: 'fr',
    kind: 'entity',
    expected: {
      'organisation:skywin-wallonie': 3,
      'article:central-asia-delegation-visit': 2,
      'person:jean-pierre-chisogne': 2,
    },
  },
  {
    q: 'Centre Spatial de Liège',
    locale: 'fr',
    kind: 'entity',
    expected: {
      'organisation:centre-spatial-de-liege': 3,
      'person:serge-habraken': 2,
      'article:central-asia-delegation-visit': 1,
    },
  },
  {
    q: 'CSL',
    locale: 'en',
    kind: 'acronym',
    expected: {
      'organisation:centre-spatial-de-liege': 3,
      'person:serge-habraken': 2,
      'article:central-asia-delegation-visit': 1,
    },
  },
  {
    q: 'ESA',
    locale: 'en',
    kind: 'acronym',
    expected: {
      'organisation:european-space-agency': 3,
      'organisation:esec': 2,
      'organisation:esa-bic-belgium': 2,
      'person:christian-baijot': 1,
      'person:hugo-maree': 1,
      'article:central-asia-delegation-visit': 1,
    },
  },
  {
    q: 'University of Liège',
    locale: 'en',
    kind: 'entity',
    expected: { 'organisation:universite-de-liege': 3, 'organisation:centre-spatial-de-liege': 1 },
  },
  {
    q: 'AWEX',
    locale: 'fr',
    kind: 'acronym',
    expected: {
      'organisation:awex': 3,
      'person:aleksandra-tonkikh': 2,
      'article:central-asia-delegation-visit': 1,
    },
  },
  {
    q: 'ISSeP',
    locale: 'fr',
    kind: 'acronym',
    expected: {
      'organisation:institut-scientifique-de-service-public': 3,
      'person:eric-hallot': 2,
      'article:central-asia-delegation-visit': 1,
    },
  },
  {
    q: 'MPT',
    locale: 'fr',
    kind: 'acronym',
    expected: {
      'organisation:meuse-propulsion-technologies': 3,
      'article:mpt-hydrogen-injectors': 2,
      'person:nicolas-delvaux': 1,
    },
  },
  {
    q: 'Expertise France',
    locale: 'en',
    kind: 'entity',
    expected: {
      'organisation:expertise-france': 3,
      'project:tei-connectivite-numerique-asie-centrale': 2,
      'article:central-asia-delegation-visit': 2,
    },
  },
  {
    q: 'Fagnes',
    locale: 'fr',
    kind: 'entity',
    expected: {
      'organisation:fagnes-aerial-robotics': 3,
      'article:fagnes-bvlos-authorisation': 2,
      'person:joris-van-oost': 1,
      'article:interview-joris-van-oost': 1,
    },
  },
  // Projects by acronym: the project, then the article announcing it.
  {
    q: 'AGRISKY',
    locale: 'fr',
    kind: 'acronym',
    expected: { 'project:agrisky': 3, 'article:agrisky-kick-off': 2 },
  },
  {
    q: 'aegira',
    locale: 'en',
    kind: 'acronym',
    expected: {
      'project:aegira': 3,
      'article:aegira-edf-selection': 2,
      'organisation:corvilis-defence-electronics': 1,
    },
  },
  {
    q: 'THERMOCOMP',
    locale: 'fr',
    kind: 'acronym',
    expected: {
      'project:thermocomp': 3,
      'article:thermocomp-launch': 2,
      'article:thermoplastic-welding-workshop-report': 1,
    },
  },
  {
    q: 'Horizon Europe',
    locale: 'en',
    kind: 'entity',
    expected: { 'project:agrisky': 3, 'article:agrisky-kick-off': 2 },
  },
  // People by name.
  {
    q: 'chisogne',
    locale: 'fr',
    kind: 'person',
    expected: {
      'person:jean-pierre-chisogne': 3,
      'article:central-asia-delegation-visit': 2,
    },
  },
  {
    q: 'Amélie de Froidmont',
    locale: 'fr',
    kind: 'person',
    expected: {
      'person:amelie-de-froidmont': 3,
      'article:interview-amelie-de-froidmont': 2,
      'organisation:hesbaye-orbital-systems': 1,
    },
  },
  {
    q: 'Sophie Marchal',
    locale: 'en',
    kind: 'person',
    expected: { 'person:sophie-marchal': 3, 'article:interview-sophie-marchal': 2 },
  },
  // Topics and sector words: the article about it first.
  {
    q: 'soudage thermoplastique',
    locale: 'fr',
    kind: 'topic',
    expected: {
      'article:thermoplastic-welding-workshop-report': 3,
      'event:atelier-soudage-thermoplastique-2025': 2,
      'article:asc-induction-welding-line': 1,
      'project:thermocomp': 1,
      'article:thermocomp-launch': 1,
    },
  },
  {
    q: 'induction welding',
    locale: 'en',
    kind: 'topic',
    expected: {
      'article:asc-induction-welding-line': 3,
      'organisation:aero-sambre-composites': 1,
    },
  },
  {
    q: 'hydrogène',
    locale: 'fr',
    kind: 'topic',
    expected: {
      'article:mpt-hydrogen-injectors': 3,
      'organisation:meuse-propulsion-technologies': 2,
      'person:nicolas-delvaux': 1,
    },
  },
  {
    q: 'salle blanche',
    locale: 'fr',
    kind: 'topic',
    expected: { 'article:ardenoptic-cleanroom-extension': 3, 'organisation:ardenoptic': 1 },
  },
  {
    q: 'cleanroom',
    locale: 'en',
    kind: 'topic',
    expected: { 'article:ardenoptic-cleanroom-extension': 3, 'organisation:ardenoptic': 1 },
  },
  {
    q: 'drone agricole',
    locale: 'fr',
    kind: 'topic',
    expected: {
      'article:interview-joris-van-oost': 3,
      'article:fagnes-bvlos-authorisation': 2,
      'article:agrisky-kick-off': 2,
      'project:agrisky': 1,
    },
  },
  {
    q: 'radar passif',
    locale: 'fr',
    kind: 'topic',
    expected: { 'project:aegira': 3, 'article:aegira-edf-selection': 2 },
  },
  {
    q: 'small satellite',
    locale: 'en',
    kind: 'topic',
    expected: {
      'article:interview-amelie-de-froidmont': 3,
      'organisation:hesbaye-orbital-systems': 2,
      'person:amelie-de-froidmont': 1,
    },
  },
  {
    q: 'remote sensing',
    locale: 'en',
    kind: 'topic',
    expected: {
      'person:eric-hallot': 3,
      'organisation:institut-scientifique-de-service-public': 1,
      'article:central-asia-delegation-visit': 1,
    },
  },
  // Events by name.
  {
    q: 'Space Business',
    locale: 'fr',
    kind: 'entity',
    expected: {
      'event:journee-space-business-2026': 3,
      'article:space-business-day-2026-report': 2,
    },
  },
  {
    q: 'space meetings 2027',
    locale: 'en',
    kind: 'entity',
    expected: {
      'event:rencontres-spatiales-wallonie-2027': 3,
      'article:space-conference-2027-call': 2,
    },
  },
  {
    q: 'webinaire',
    locale: 'fr',
    kind: 'topic',
    expected: {
      'event:webinaire-marches-defense-2026': 3,
      'article:defence-procurement-webinar-announcement': 2,
    },
  },
  // Prefixes as typed in the header box.
  {
    q: 'froid',
    locale: 'fr',
    typed: true,
    kind: 'prefix',
    expected: {
      'person:amelie-de-froidmont': 3,
      'article:interview-amelie-de-froidmont': 2,
    },
  },
  {
    q: 'sadyk',
    locale: 'en',
    typed: true,
    kind: 'prefix',
    expected: {
      'person:aigerim-sadykova': 3,
      'organisation:dala-geoinformatics': 1,
      'article:space-business-day-2026-report': 1,
    },
  },
  {
    q: 'calest',
    locale: 'fr',
    typed: true,
    kind: 'prefix',
    expected: {
      'organisation:calestia-ground-systems': 3,
      'article:calestia-new-antenna': 2,
      'person:olivier-piron': 1,
    },
  },
  {
    q: 'euroaé',
    locale: 'fr',
    typed: true,
    kind: 'prefix',
    expected: {
      'event:euroaero-expo-2027': 3,
      'article:euroaero-expo-2027-pavilion': 2,
    },
  },
  {
    q: 'drone works',
    locale: 'en',
    typed: true,
    kind: 'prefix',
    expected: {
      'event:atelier-drones-bvlos-2027': 3,
      'article:bvlos-drone-workshop-2027-announcement': 2,
    },
  },
];

/** Article slugs (every language) → `article:<demo key>`. */
const articleIds = new Map(
  demoArticles.flatMap((a) =>
    Object.values(a.translations).map((t) => [t.slug ?? slugify(t.title), `article:${a.key}`]),
  ),
);

/** Event addresses in English (the demo keys) → the event's main slug, as judged above. */
const eventIds = new Map(
  demoEvents.map((e) => [e.key, `event:${e.slug ?? slugify(e.title.fr)}`] as const),
);

/** The stable identifier of a result, whatever the language of its address. */
export function resultId(hit: Pick<SearchHit, 'type' | 'slug'>): string {
  if (hit.type === 'article') return articleIds.get(hit.slug) ?? `article:${hit.slug}`;
  if (hit.type === 'event') return eventIds.get(hit.slug) ?? `event:${hit.slug}`;
  return `${hit.type}:${hit.slug}`;
}

export const relevanceTargets = { ndcgAt5: 0.9, firstShare: 0.8 };
const k = 5;

export interface RelevanceRun {
  queries: (RelevanceQuery & QueryScore & { ranked: string[] })[];
  ndcg: number;
  firstShare: number;
}

/** Runs the set against a search service over the demo content. */
export async function measureRelevance(search: SearchService): Promise<RelevanceRun> {
  const queries: RelevanceRun['queries'] = [];
  for (const query of relevanceSet) {
    const hits = query.typed
      ? (await search.suggest({ q: query.q, locale: query.locale, limit: 6 })).hits
      : (await search.search({ q: query.q, locale: query.locale, page: 1, filter: {} })).hits;
    const ranked = hits.map(resultId);
    queries.push({ ...query, ranked, ...scoreQuery(k, ranked, query.expected) });
  }
  return { queries, ...summarise(queries) };
}

/** A line per query that missed, then the totals, for the benchmark's output. */
export function describeRelevance(run: RelevanceRun): string {
  const lines = run.queries
    .filter((q) => q.ndcg < 1)
    .map(
      (q) =>
        `  ${q.firstIsFirst ? ' ' : '✗'} ${q.ndcg.toFixed(2)}  ${q.locale} « ${q.q} »: ${q.ranked.slice(0, k).join(', ') || '(nothing)'}`,
    );
  const percent = (run.firstShare * 100).toFixed(0);
  return [
    ...lines,
    `${run.queries.length} queries: nDCG@${k} ${run.ndcg.toFixed(3)} (target ≥ ${relevanceTargets.ndcgAt5}), expected first result first ${percent} % (target ≥ ${relevanceTargets.firstShare * 100} %)`,
  ].join('\n');
}

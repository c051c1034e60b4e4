// Search: keeping the index in step with public content, and answering a reader's query with
// ranked, deduplicated, highlighted results, facet counts and pages.
import type { Db, DialectName } from '../db/database.js';
import { AppError } from '../errors.js';
import { pageInfo, type PageInfo } from '../lib/pagination.js';
import { parseQuery, type QueryTerm } from './normalise.js';
import { scorer } from './rank.js';
import { searchEngineFor } from './search.js';
import { type MatchRow, type SearchFilter } from './search.engine.js';
import {
  articleDocuments,
  entityDocuments,
  toIndexDocument,
  type SourceDocument,
} from './search.documents.js';
import { searchRepository, type NewSearchDocument } from './search.repository.js';
import { inProcessNormaliser, startNormaliser, type Normaliser } from './normalise.pool.js';
import { searchTypes, type SearchType } from '../db/tables/search.table.js';
import { snippet, type Segment } from './snippet.js';

/** Longest query considered; the rest is cut off (and the page says so). */
export const maxQueryLength = 200;
export const searchPageSize = 10;
/** Matches counted, faceted and paged; past it the page says "more than". */
const matchLimit = 500;
/** The most recent matches ranked by relevance, plus the most recent title matches. */
const rankedLimit = 60;
const titleLimit = 40;
const reindexBatch = 1000;
/** Suggestions are read at a glance: a line or two of text. */
const suggestSnippetLength = 110;

export type EntityType = Exclude<SearchType, 'article'>;

export interface SearchRequest {
  q: string;
  locale: string;
  page: number;
  filter: SearchFilter;
}

export interface SuggestRequest {
  q: string;
  locale: string;
  /** How many results to describe (1 to searchPageSize). */
  limit: number;
}

/** The first results of a query as it is typed (see `suggest`). */
export type Suggestions = Pick<
  SearchResults,
  'q' | 'truncated' | 'searched' | 'hits' | 'total' | 'more'
>;

export interface SearchHit {
  type: SearchType;
  id: string;
  locale: string;
  slug: string;
  title: Segment[];
  snippet: Segment[];
  date: string | null;
  sectors: string[];
}

export interface FacetCount<T> {
  value: T;
  count: number;
}

export interface SearchResults {
  /** The query as searched (cut to maxQueryLength). */
  q: string;
  truncated: boolean;
  /** False when the query holds no word to search for (empty, or only punctuation). */
  searched: boolean;
  hits: SearchHit[];
  total: number;
  /** More matches exist than were counted (matchLimit). */
  more: boolean;
  page: PageInfo;
  facets: {
    type: FacetCount<SearchType>[];
    sector: FacetCount<string>[];
    year: FacetCount<number>[];
    locale: FacetCount<string>[];
  };
}

export interface ReindexReport {
  counts: { type: SearchType; count: number }[];
  ms: number;
}

export interface SearchServiceDeps {
  db: Db;
  dialect: DialectName;
  defaultLocale: string;
  now: () => Date;
}

export function searchService(deps: SearchServiceDeps) {
  const engine = searchEngineFor(deps.dialect, deps.db);
  const repo = searchRepository(deps.db, engine);
  const { defaultLocale } = deps;

  async function articleSources(ids: readonly string[]): Promise<SourceDocument[]> {
    const [rows, sectors] = await Promise.all([
      repo.listArticleSources(ids),
      repo.listArticleSectors(ids),
    ]);
    return articleDocuments(rows, sectors);
  }

  async function entitySources(type: EntityType, ids?: readonly string[]) {
    const sources =
      type === 'organisation'
        ? await repo.listOrganisationSources(ids)
        : type === 'person'
          ? await repo.listPersonSources(ids)
          : type === 'event'
            ? await repo.listEventSources(ids)
            : await repo.listProjectSources(ids);
    return entityDocuments(type, sources, defaultLocale);
  }

  async function indexArticles(articleIds: readonly string[]): Promise<void> {
    if (articleIds.length === 0) return;
    const docs = (await articleSources(articleIds)).map(toIndexDocument);
    await repo.replaceDocuments('article', articleIds, docs);
  }

  /** One document per (type, entity): the reader's language, else the default, else any. */
  function dedupe(rows: MatchRow[], locale: string): MatchRow[] {
    const best = new Map<string, MatchRow>();
    const preference = (r: MatchRow) =>
      r.locale === locale ? 0 : r.locale === defaultLocale ? 1 : 2;
    for (const r of rows) {
      const key = `${r.type}:${r.entity_id}`;
      const seen = best.get(key);
      if (!seen || preference(r) < preference(seen)) best.set(key, r);
    }
    const chosen = new Set(best.values());
    return rows.filter((r) => chosen.has(r));
  }

  function countBy<T>(values: T[]): FacetCount<T>[] {
    const counts = new Map<T, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].map(([value, count]) => ({ value, count }));
  }

  function facetsOf(rows: MatchRow[]): SearchResults['facets'] {
    return {
      type: countBy(rows.map((r) => r.type)).sort(
        (a, b) => searchTypes.indexOf(a.value) - searchTypes.indexOf(b.value),
      ),
      sector: countBy(rows.flatMap((r) => r.sectors.trim().split(' ').filter(Boolean))).sort(
        (a, b) => b.count - a.count || a.value.localeCompare(b.value),
      ),
      year: countBy(rows.flatMap((r) => (r.year === null ? [] : [r.year]))).sort(
        (a, b) => b.value - a.value,
      ),
      locale: countBy(rows.map((r) => r.locale)).sort(
        (a, b) => b.count - a.count || a.value.localeCompare(b.value),
      ),
    };
  }

  /** Ranks `rows` (deduplicated matches): scored candidates first, the rest in engine order. */
  async function rank(rows: MatchRow[], scored: Set<number>, terms: QueryTerm[], now: string) {
    const byKey = new Map(rows.map((r) => [r.rank_key, r]));
    const termRows = await repo.listTerms(
      rows.filter((r) => scored.has(r.rank_key)).map((r) => r.rank_key),
    );
    const score = new Map<number, number>();
    const scoreOf = scorer(terms, now);
    for (const t of termRows) {
      const row = byKey.get(t.rank_key);
      score.set(
        t.rank_key,
        scoreOf({
          isArticle: row?.type === 'article',
          titleTerms: t.title_terms,
          bodyTerms: t.body_terms,
          datedAt: row?.dated_at ?? null,
        }),
      );
    }
    return [...rows].sort((a, b) => {
      const sa = score.get(a.rank_key);
      const sb = score.get(b.rank_key);
      if (sa !== undefined && sb !== undefined && sa !== sb) return sb - sa;
      if (sa !== undefined && sb === undefined) return -1;
      if (sa === undefined && sb !== undefined) return 1;
      return b.rank_key - a.rank_key;
    });
  }

  /** The query cut to maxQueryLength and parsed, with the answer to give when it holds no word. */
  function prepare(text: string): { empty: SearchResults; terms: QueryTerm[] } {
    const truncated = text.length > maxQueryLength;
    const kept = truncated ? text.slice(0, maxQueryLength) : text;
    // Parsed untrimmed: a final space means the last word is complete (no prefix match).
    const { terms } = parseQuery(kept);
    const empty: SearchResults = {
      q: kept.trim(),
      truncated,
      searched: false,
      hits: [],
      total: 0,
      more: false,
      page: pageInfo(1, searchPageSize, 0),
      facets: { type: [], sector: [], year: [], locale: [] },
    };
    return { empty, terms };
  }

  /**
   * The deduplicated matches of `terms` (at most `limit` counted, most recent first), with the
   * rank keys worth scoring: the most recent ones, plus the most recent title matches when there
   * are more matches than that.
   */
  async function matches(
    terms: QueryTerm[],
    filter: SearchFilter,
    locale: string,
    { limit }: { limit: number },
  ) {
    const now = deps.now().toISOString();
    const query = { terms, filter, now };
    const found = await engine.listMatches(query, { limit: limit + 1, titleOnly: false });
    const more = found.length > limit;
    const rows = found.slice(0, limit);
    const scored = new Set(rows.slice(0, rankedLimit).map((r) => r.rank_key));
    if (found.length > rankedLimit) {
      const inTitle = await engine.listMatches(query, { limit: titleLimit, titleOnly: true });
      const known = new Set(rows.map((r) => r.rank_key));
      for (const r of inTitle) {
        scored.add(r.rank_key);
        if (!known.has(r.rank_key)) rows.push(r);
      }
    }
    return { rows: dedupe(rows, locale), more, scored, now };
  }

  async function describe(
    rows: MatchRow[],
    terms: QueryTerm[],
    snippetLength?: number,
  ): Promise<SearchHit[]> {
    const ids = (type: SearchType) => rows.filter((r) => r.type === type).map((r) => r.entity_id);
    const sources = (
      await Promise.all(
        searchTypes.map((type) => {
          const list = ids(type);
          if (list.length === 0) return Promise.resolve([]);
          return type === 'article' ? articleSources(list) : entitySources(type, list);
        }),
      )
    ).flat();
    return rows.flatMap((r) => {
      const doc = sources.find(
        (s) => s.type === r.type && s.entityId === r.entity_id && s.locale === r.locale,
      );
      if (!doc) return [];
      return [
        {
          type: r.type,
          id: r.entity_id,
          locale: r.locale,
          slug: doc.slug,
          title: snippet(doc.shownTitle ?? doc.title, terms, 300),
          snippet: snippet(doc.body, terms, snippetLength),
          date: doc.datedAt,
          sectors: doc.sectors,
        },
      ];
    });
  }

  return {
    /** (Re)indexes an article: its published translations, or nothing if it is not public. */
    indexArticle: (articleId: string): Promise<void> => indexArticles([articleId]),
    /** (Re)indexes several articles in one transaction (an import's batch). */
    indexArticles,

    async removeArticle(articleId: string): Promise<void> {
      await repo.replaceDocuments('article', [articleId], []);
    },

    /** (Re)indexes an organisation, person, event or project; a deleted one leaves the index. */
    async indexEntity(type: EntityType, id: string): Promise<void> {
      const docs = (await entitySources(type, [id])).map(toIndexDocument);
      await repo.replaceDocuments(type, [id], docs);
    },

    async removeEntity(type: EntityType, id: string): Promise<void> {
      await repo.replaceDocuments(type, [id], []);
    },

    /**
     * Rebuilds the whole index from the public content; reports counts and the time taken.
     * `onArticles` hears how many articles each batch covered (the CLI's progress bar).
     */
    async reindexAll(onArticles?: (count: number) => void): Promise<ReindexReport> {
      const started = performance.now();
      await repo.deleteAllDocuments();
      const taken = new Set<number>();
      const unique = (doc: NewSearchDocument) => {
        while (taken.has(doc.rank_key)) doc.rank_key += 1;
        taken.add(doc.rank_key);
        return doc;
      };
      // Normalising batch n (worker) overlaps with writing batch n - 1 (main thread); a rebuild
      // of less than one batch is not worth a thread.
      let normaliser: Normaliser | undefined;
      try {
        let after: string | null = null;
        let pending: Promise<NewSearchDocument[]> | null = null;
        for (;;) {
          const ids = await repo.listArticleIds(after, reindexBatch);
          normaliser ??= ids.length === reindexBatch ? startNormaliser() : inProcessNormaliser;
          const next = ids.length
            ? normaliser.normalise(
                articleDocuments(
                  await repo.listArticleSources(ids),
                  await repo.listArticleSectors(ids),
                ),
              )
            : null;
          next?.catch(() => undefined); // awaited below; this only marks it handled meanwhile
          if (pending) await repo.insertDocuments((await pending).map(unique));
          if (!next) break;
          onArticles?.(ids.length);
          pending = next;
          after = ids[ids.length - 1]!;
        }
      } finally {
        await normaliser?.close();
      }
      for (const type of ['organisation', 'person', 'event', 'project'] as const)
        await repo.insertDocuments((await entitySources(type)).map(toIndexDocument).map(unique));
      await engine.afterRebuild();
      return { counts: await repo.countDocuments(), ms: Math.round(performance.now() - started) };
    },

    /** Answers a query; a page past the last is not found. */
    async search(request: SearchRequest): Promise<SearchResults> {
      const { empty, terms } = prepare(request.q);
      if (terms.length === 0) {
        if (request.page > 1) throw new AppError('not_found', `There is no page ${request.page}.`);
        return empty;
      }
      const { rows, more, scored, now } = await matches(terms, request.filter, request.locale, {
        limit: matchLimit,
      });
      const info = pageInfo(request.page, searchPageSize, rows.length);
      if (request.page > info.pageCount)
        throw new AppError('not_found', `There is no page ${request.page}.`);
      const ranked = await rank(rows, scored, terms, now);
      const start = (request.page - 1) * searchPageSize;
      return {
        ...empty,
        searched: true,
        hits: await describe(ranked.slice(start, start + searchPageSize), terms),
        total: rows.length,
        more,
        page: info,
        facets: facetsOf(rows),
      };
    },

    /**
     * The best few results of a query as it is being typed: ranked like the search page's first
     * ones but counting only the most recent matches (`more` says there are others), shorter
     * snippets, no facets.
     */
    async suggest(request: SuggestRequest): Promise<Suggestions> {
      const { empty, terms } = prepare(request.q);
      const none = { q: empty.q, truncated: empty.truncated, searched: false, hits: [] };
      if (terms.length === 0) return { ...none, total: 0, more: false };
      const { rows, more, scored, now } = await matches(terms, {}, request.locale, {
        limit: rankedLimit,
      });
      const ranked = await rank(rows, scored, terms, now);
      const limit = Math.min(Math.max(1, request.limit), searchPageSize);
      return {
        ...none,
        searched: true,
        hits: await describe(ranked.slice(0, limit), terms, suggestSnippetLength),
        total: rows.length,
        more,
      };
    },
  };
}

export type SearchService = ReturnType<typeof searchService>;

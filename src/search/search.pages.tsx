// The search page (/fr/recherche, /en/search): a GET form that works without JavaScript, facets
// as links, highlighted results and pages; public/search.js adds search-as-you-type on top.
import type { SearchService } from './search.service.js';
import type { AppEnv } from '../kernel/auth.js';
import { locales } from '../i18n/locales.js';
import { Hono } from 'hono';
import { pageParam } from '../kernel/query.js';
import { parseQuery } from '../kernel/query.js';
import { pageContext, type SiteShell } from '../views/page-context.js';
import { languageName } from '../i18n/locales.js';
import { segment, type Query } from '../i18n/paths.js';
import { DateText, Pagination } from '../views/components.js';
import type { PageContext } from '../views/context.js';
import { plural } from '../views/directory.js';
import { assets } from '../views/assets.js';
import { Layout } from '../views/layout.js';
import { hitHref } from '../kernel/search-links.js';
import { searchQuerySchema } from './search.schema.js';
import { maxQueryLength, type SearchHit, type SearchResults } from './search.service.js';
import type { SearchType } from '../db/tables/search.table.js';
import type { Segment } from './snippet.js';

type Params = { q: string; type?: string; sector?: string; year?: number; lang?: string };

function searchPath(locale: string, params: Params, page = 1): string {
  const query: Query = { ...params, page };
  return `/${locale}/${segment(locale, 'search')}${queryText(query)}`;
}

function queryText(query: Query): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === '' || (k === 'page' && Number(v) <= 1)) continue;
    out.set(k, String(v));
  }
  const text = out.toString();
  return text ? `?${text}` : '';
}

/** What these pages read. */
export interface SearchPagesDeps extends SiteShell {
  search: SearchService;
}

/** The routes of every locale, as one sub-app. */
export function searchPages(site: SearchPagesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const { code } of locales) registerSearchPage(app, site, code);
  return app;
}

function registerSearchPage(app: Hono<AppEnv>, site: SearchPagesDeps, locale: string): void {
  app.get(`/${locale}/${segment(locale, 'search')}`, async (c) => {
    const input = parseQuery(searchQuerySchema, c.req.query());
    const page = pageParam(input.page);
    const params: Params = {
      q: input.q ?? '',
      type: input.type,
      sector: input.sector,
      year: input.year,
      lang: input.lang,
    };
    const results = await site.search.search({
      q: params.q,
      locale,
      page,
      filter: {
        type: input.type as SearchType | undefined,
        sector: input.sector,
        year: input.year,
        locale: input.lang,
      },
    });
    const shown: Params = { ...params, q: results.q };
    const ctx = await pageContext(site, c, locale, (l) => searchPath(l, shown, page));
    const { t } = ctx;
    return c.html(
      <Layout
        ctx={ctx}
        title={results.searched ? t('search.pageTitle', { q: results.q }) : t('search.title')}
        description={t('search.intro')}
        canonical={searchPath(locale, shown, page)}
        noindex
      >
        <div class="page-head">
          <div class="container">
            <h1>{t('search.title')}</h1>
            <SearchForm ctx={ctx} q={results.q} params={shown} />
          </div>
        </div>
        {/* public/search.js swaps the results as the reader types and tells this status. */}
        <p class="visually-hidden" role="status" id="search-live-status"></p>
        <div class="container section" id="search-results">
          {results.truncated ? (
            <p class="notice">{t('search.truncated', { max: maxQueryLength })}</p>
          ) : null}
          {results.searched ? (
            <ResultsView ctx={ctx} results={results} params={shown} />
          ) : (
            <EmptyQuery ctx={ctx} />
          )}
        </div>
        <script src={assets.searchScript} defer></script>
      </Layout>,
    );
  });
}

function SearchForm({ ctx, q, params }: { ctx: PageContext; q: string; params: Params }) {
  const { t } = ctx;
  return (
    <form
      class="search-form"
      role="search"
      aria-label={ctx.t('search.formLabel')}
      method="get"
      action={searchPath(ctx.locale, { q: '' })}
    >
      <label for="search-page-q">{t('search.label')}</label>
      <div class="search-row">
        <input
          id="search-page-q"
          type="search"
          name="q"
          value={q}
          maxlength={maxQueryLength}
          autocomplete="off"
          data-search-live=""
        />
        {(['type', 'sector', 'year', 'lang'] as const).map((name) =>
          params[name] !== undefined ? (
            <input type="hidden" name={name} value={String(params[name])} />
          ) : null,
        )}
        <button type="submit" class="button">
          {t('search.submit')}
        </button>
      </div>
    </form>
  );
}

function EmptyQuery({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  const examples = t('search.examples').split('|');
  return (
    <div class="search-empty">
      <p class="lead">{t('search.intro')}</p>
      <p>{t('search.tryExamples')}</p>
      <ul class="search-examples">
        {examples.map((e) => (
          <li>
            <a href={searchPath(ctx.locale, { q: e })}>{e}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ResultsView({
  ctx,
  results,
  params,
}: {
  ctx: PageContext;
  results: SearchResults;
  params: Params;
}) {
  const { t } = ctx;
  const filtered = params.type ?? params.sector ?? params.year ?? params.lang;
  const count = results.more
    ? t('search.more', { count: results.total })
    : t(`search.results.${plural(ctx, results.total)}`, { count: results.total });
  return (
    <div class="search-layout">
      <div class="search-main">
        <p class="result-count">{count}</p>
        {results.hits.length === 0 ? (
          <div class="search-none">
            <p>{t('search.none', { q: results.q })}</p>
            <p>{filtered ? t('search.noneFiltered') : t('search.noneTips')}</p>
          </div>
        ) : (
          <ol class="search-results" start={(results.page.page - 1) * results.page.pageSize + 1}>
            {results.hits.map((hit) => (
              <HitView ctx={ctx} hit={hit} />
            ))}
          </ol>
        )}
        <Pagination info={results.page} ctx={ctx} href={(p) => searchPath(ctx.locale, params, p)} />
      </div>
      {results.total > 0 || filtered ? (
        <Facets ctx={ctx} results={results} params={params} />
      ) : null}
    </div>
  );
}

function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s) => (s.mark ? <mark>{s.text}</mark> : s.text))}</>;
}

function HitView({ ctx, hit }: { ctx: PageContext; hit: SearchHit }) {
  const { t } = ctx;
  const other = hit.locale !== ctx.locale;
  return (
    <li class="search-hit" lang={other ? hit.locale : undefined}>
      <p class="card-meta" lang={ctx.locale}>
        <span class="card-kind">{t(`search.type.${hit.type}`)}</span>
        {hit.date && (hit.type === 'article' || hit.type === 'event') ? (
          <>
            <span aria-hidden="true"> · </span>
            <DateText iso={hit.date} ctx={ctx} />
          </>
        ) : null}
        {other ? (
          <span class="card-lang">
            {' '}
            ({t('article.onlyInShort', { language: languageName(hit.locale, ctx.locale) })})
          </span>
        ) : null}
      </p>
      <h2 class="search-hit-title">
        <a href={hitHref(ctx.locale, hit)}>
          <Marked segments={hit.title} />
        </a>
      </h2>
      {hit.snippet.length > 0 ? (
        <p class="search-snippet">
          <Marked segments={hit.snippet} />
        </p>
      ) : null}
    </li>
  );
}

function Facets({
  ctx,
  results,
  params,
}: {
  ctx: PageContext;
  results: SearchResults;
  params: Params;
}) {
  const { t } = ctx;
  const sectorName = (slug: string) => ctx.sectors.find((s) => s.slug === slug)?.name ?? slug;
  const groups = [
    {
      name: 'type' as const,
      label: t('search.facet.type'),
      items: results.facets.type.map((f) => ({
        value: f.value,
        label: t(`search.type.${f.value}`),
        count: f.count,
      })),
    },
    {
      name: 'sector' as const,
      label: t('search.facet.sector'),
      // A sector in the trash stays in the index until the next reindex; it is not offered.
      items: results.facets.sector
        .filter((f) => ctx.sectors.some((s) => s.slug === f.value))
        .map((f) => ({ value: f.value, label: sectorName(f.value), count: f.count })),
    },
    {
      name: 'year' as const,
      label: t('search.facet.year'),
      items: results.facets.year.map((f) => ({
        value: String(f.value),
        label: String(f.value),
        count: f.count,
      })),
    },
    {
      name: 'lang' as const,
      label: t('search.facet.language'),
      items: results.facets.locale.map((f) => ({
        value: f.value,
        label: languageName(f.value, ctx.locale),
        count: f.count,
      })),
    },
  ];
  return (
    <aside class="search-facets" aria-label={t('search.facets')}>
      <h2 class="visually-hidden">{t('search.facets')}</h2>
      {groups.map((g) => {
        const current = params[g.name] === undefined ? undefined : String(params[g.name]);
        if (g.items.length === 0 && current === undefined) return null;
        return (
          <section class="facet">
            <h3>{g.label}</h3>
            <ul>
              {g.items.map((item) =>
                item.value === current ? (
                  <li>
                    <span aria-current="true" class="facet-current">
                      {item.label} <span class="facet-count">({item.count})</span>
                    </span>{' '}
                    <a href={searchPath(ctx.locale, { ...params, [g.name]: undefined })}>
                      {t('search.clearFilter')}
                      <span class="visually-hidden"> ({item.label})</span>
                    </a>
                  </li>
                ) : (
                  <li>
                    <a href={searchPath(ctx.locale, { ...params, [g.name]: item.value })}>
                      {item.label} <span class="facet-count">({item.count})</span>
                    </a>
                  </li>
                ),
              )}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}

// The ecosystem page: the organisations' network as a server-drawn SVG with a legend, the ties
// as a table (the same facts, readable by everyone), and the partner countries.
import type { SectorService } from '../sectors/sector.service.js';
import type { EcosystemService } from './ecosystem.service.js';
import type { AppEnv } from '../kernel/auth.js';
import { locales } from '../i18n/locales.js';
import { Hono } from 'hono';
import { AppError } from '../errors.js';
import { paths, segment } from '../i18n/paths.js';
import { pageContext, type SiteShell } from '../views/page-context.js';
import type { OrganisationKind } from '../db/tables/organisation.table.js';
import type { PageContext } from '../views/context.js';
import { FilterForm, FilterSelect } from '../views/directory.js';
import { Layout } from '../views/layout.js';
import {
  graphSize,
  nodeLabel,
  nodeRadius,
  type CountryCooperation,
  type EcosystemGraph,
} from './ecosystem.service.js';

/** Colours by kind of organisation; each has at least 4.5:1 contrast on white. */
export const kindColours: Record<OrganisationKind, string> = {
  company: '#1d5fa8',
  research_centre: '#6d28d9',
  university: '#0f766e',
  agency: '#b45309',
  cluster: '#be123c',
  public_body: '#4d5f1f',
  association: '#4b5563',
};

const ecosystemPath = (locale: string, query = '') =>
  `/${locale}/${segment(locale, 'ecosystem')}${query}`;

function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** What these pages read. */
export interface EcosystemPagesDeps extends SiteShell {
  sectors: SectorService;
  ecosystem: EcosystemService;
}

/** The routes of every locale, as one sub-app. */
export function ecosystemPages(site: EcosystemPagesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const { code } of locales) registerEcosystemPage(app, site, code);
  return app;
}

function registerEcosystemPage(app: Hono<AppEnv>, site: EcosystemPagesDeps, locale: string): void {
  app.get(ecosystemPath(locale), async (c) => {
    const sectorSlug = c.req.query('sector') ?? '';
    const countryRaw = c.req.query('country') ?? '';
    if (countryRaw && !/^[A-Za-z]{2}$/.test(countryRaw)) {
      throw new AppError('bad_request', 'A country is a two-letter ISO 3166 code.');
    }
    const country = countryRaw.toUpperCase();
    const sectors = await site.sectors.listSectors(locale);
    const sector = sectorSlug ? sectors.find((s) => s.slug === sectorSlug) : undefined;
    if (sectorSlug && !sector) throw new AppError('bad_request', `Unknown sector “${sectorSlug}”.`);
    const [graph, countries, countryOptions] = await Promise.all([
      site.ecosystem.getGraph({
        ...(sector ? { sectorId: sector.id } : {}),
        ...(country ? { country } : {}),
      }),
      site.ecosystem.listCountries(),
      site.ecosystem.listOrganisationCountries(),
    ]);
    const query = new URLSearchParams({
      ...(sector ? { sector: sector.slug } : {}),
      ...(country ? { country } : {}),
    }).toString();
    const ctx = await pageContext(site, c, locale, (l) =>
      ecosystemPath(l, query ? `?${query}` : ''),
    );
    const { t } = ctx;
    return c.html(
      <Layout
        ctx={ctx}
        title={t('ecosystem.title')}
        description={t('ecosystem.intro')}
        canonical={ecosystemPath(locale, query ? `?${query}` : '')}
      >
        <div class="page-head">
          <div class="container">
            <h1>{t('ecosystem.title')}</h1>
            <p class="lead">{t('ecosystem.intro')}</p>
          </div>
        </div>
        <div class="container section">
          <FilterForm ctx={ctx} action={ecosystemPath(locale)} reset={ecosystemPath(locale)}>
            <FilterSelect
              name="sector"
              label={t('ecosystem.filter.sector')}
              all={t('filters.allSectors')}
              value={sector?.slug}
              options={sectors.map((s) => ({ value: s.slug, label: s.name }))}
            />
            <FilterSelect
              name="country"
              label={t('ecosystem.filter.country')}
              all={t('filters.allCountries')}
              value={country || undefined}
              options={countryOptions.map((code) => ({
                value: code,
                label: countryName(code, ctx.tag),
              }))}
            />
          </FilterForm>
          <section aria-labelledby="graph-title">
            <h2 id="graph-title" class="section-title">
              {t('ecosystem.graph')}
            </h2>
            {graph.nodes.length === 0 ? (
              <p>{t('ecosystem.empty')}</p>
            ) : (
              <GraphFigure graph={graph} ctx={ctx} />
            )}
          </section>
          {graph.nodes.length > 0 ? <TiesTable graph={graph} ctx={ctx} /> : null}
          <CountriesTable countries={countries} ctx={ctx} />
        </div>
      </Layout>,
    );
  });
}

/**
 * Ties of weight 1 are the bulk of a dense graph; their numbers would cover the drawing, so the
 * figure prints weights from 2 up (line width shows every weight, the table lists them all).
 */
const weightLabelMin = 2;

function GraphFigure({ graph, ctx }: { graph: EcosystemGraph; ctx: PageContext }) {
  const { t, locale } = ctx;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const maxWeight = Math.max(1, ...graph.edges.map((e) => e.weight));
  return (
    <figure class="graph">
      <div class="graph-scroll" tabindex={0} role="region" aria-label={t('ecosystem.graphScroll')}>
        <svg
          class="graph-svg"
          viewBox={`0 0 ${graphSize.width} ${graphSize.height}`}
          width={graphSize.width}
          height={graphSize.height}
          aria-labelledby="graph-desc"
        >
          <desc id="graph-desc">
            {t('ecosystem.graphSummary', { nodes: graph.nodes.length, edges: graph.edges.length })}
          </desc>
          <g class="edges">
            {graph.edges.map((e) => {
              const a = byId.get(e.a)!;
              const b = byId.get(e.b)!;
              return (
                <line
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                  stroke="#8aa0b8"
                  stroke-opacity="0.75"
                  stroke-width={(1 + (4 * e.weight) / maxWeight).toFixed(1)}
                  data-edge={`${e.a}|${e.b}`}
                />
              );
            })}
          </g>
          <g class="edge-weights" aria-hidden="true">
            {graph.edges
              .filter((e) => e.weight >= weightLabelMin)
              .map((e) => {
                const a = byId.get(e.a)!;
                const b = byId.get(e.b)!;
                return (
                  <text
                    x={((a.x + b.x) / 2).toFixed(1)}
                    y={((a.y + b.y) / 2 + 4).toFixed(1)}
                    class="edge-weight"
                  >
                    {e.weight}
                  </text>
                );
              })}
          </g>
          <g class="nodes">
            {graph.nodes.map((n) => (
              <a href={paths.organisation(locale, n.slug)} class="node" data-node={n.id}>
                <title>{`${n.name} (${t(`organisation.kind.${n.kind}`)})`}</title>
                <circle
                  cx={n.x}
                  cy={n.y}
                  r={nodeRadius(n.degree)}
                  fill={kindColours[n.kind]}
                  stroke="#ffffff"
                  stroke-width="2"
                />
                <text x={n.x} y={(n.y + nodeRadius(n.degree) + 16).toFixed(1)} class="node-label">
                  {nodeLabel(n)}
                </text>
              </a>
            ))}
          </g>
        </svg>
      </div>
      <figcaption>
        <h3 class="legend-title">{t('ecosystem.legend')}</h3>
        <ul class="legend">
          {graph.kinds.map((k) => (
            <li>
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <circle cx="7" cy="7" r="6" fill={kindColours[k]} />
              </svg>
              {t(`organisation.kind.${k}`)}
            </li>
          ))}
        </ul>
        <p class="legend-note">{t('ecosystem.legend.edge')}</p>
      </figcaption>
    </figure>
  );
}

function TiesTable({ graph, ctx }: { graph: EcosystemGraph; ctx: PageContext }) {
  const { t, locale } = ctx;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return (
    <section aria-labelledby="ties-title" class="ties">
      <h2 id="ties-title" class="section-title">
        {t('ecosystem.ties')}
      </h2>
      {graph.edges.length === 0 ? (
        <p>{t('ecosystem.noTies')}</p>
      ) : (
        <details class="table-wrap">
          <summary>{t('ecosystem.tiesShow', { count: graph.edges.length })}</summary>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t('ecosystem.tie.organisations')}</th>
                <th scope="col">{t('ecosystem.tie.articles')}</th>
                <th scope="col">{t('ecosystem.tie.events')}</th>
                <th scope="col">{t('ecosystem.tie.projects')}</th>
                <th scope="col">{t('ecosystem.tie.total')}</th>
              </tr>
            </thead>
            <tbody>
              {graph.edges.map((e) => {
                const a = byId.get(e.a)!;
                const b = byId.get(e.b)!;
                return (
                  <tr>
                    <th scope="row">
                      <a href={paths.organisation(locale, a.slug)}>{a.name}</a> –{' '}
                      <a href={paths.organisation(locale, b.slug)}>{b.name}</a>
                    </th>
                    <td>{e.articles}</td>
                    <td>{e.events}</td>
                    <td>{e.projects}</td>
                    <td>{e.weight}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}

function CountriesTable({ countries, ctx }: { countries: CountryCooperation[]; ctx: PageContext }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="countries-title" class="countries">
      <h2 id="countries-title" class="section-title">
        {t('ecosystem.countries')}
      </h2>
      <p>{t('ecosystem.countriesIntro')}</p>
      {countries.length === 0 ? (
        <p>{t('ecosystem.noCountries')}</p>
      ) : (
        <div
          class="table-wrap"
          tabindex={0}
          role="region"
          aria-label={t('ecosystem.countriesScroll')}
        >
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t('ecosystem.country')}</th>
                <th scope="col">{t('ecosystem.tie.events')}</th>
                <th scope="col">{t('ecosystem.tie.projects')}</th>
                <th scope="col">{t('ecosystem.tie.articles')}</th>
              </tr>
            </thead>
            <tbody>
              {countries.map((c) => (
                <tr>
                  <th scope="row">
                    {countryName(c.country, ctx.tag)} <span class="code">({c.country})</span>
                  </th>
                  <td>{c.events}</td>
                  <td>{c.projects}</td>
                  <td>{c.articles}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

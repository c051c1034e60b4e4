// HTML routes of the organisations: the filtered directory and one organisation's page.
import type { OrganisationService } from './organisation.service.js';
import type { PersonService } from '../people/person.service.js';
import type { EventService } from '../events/event.service.js';
import type { ProjectService } from '../projects/project.service.js';
import type { NewsReader } from '../views/cards.js';
import type { AppEnv } from '../kernel/auth.js';
import { locales } from '../i18n/locales.js';
import { Hono } from 'hono';
import { pageParam } from '../kernel/query.js';
import { parseQuery } from '../kernel/query.js';
import { pageContext, type SiteShell } from '../views/page-context.js';
import { paths, segment } from '../i18n/paths.js';
import { compareNames, countryName } from '../lib/intl.js';
import { Pagination, SectorTags } from '../views/components.js';
import type { PageContext } from '../views/context.js';
import { FilterForm, FilterSelect, ResultCount } from '../views/directory.js';
import { Layout } from '../views/layout.js';
import { OrganisationPage } from './organisation.views.js';
import type { OrganisationCard } from './organisation.presenter.js';
import { organisationFilterSchema, organisationKinds } from './organisation.schema.js';

/** What these pages read. */
export interface OrganisationPagesDeps extends SiteShell {
  organisations: OrganisationService;
  people: PersonService;
  events: EventService;
  projects: ProjectService;
  articles: NewsReader;
}

/** The routes of every locale, as one sub-app. */
export function organisationPages(site: OrganisationPagesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const { code } of locales) registerOrganisationPages(app, site, code);
  return app;
}

function registerOrganisationPages(
  app: Hono<AppEnv>,
  site: OrganisationPagesDeps,
  locale: string,
): void {
  const base = `/${locale}/${segment(locale, 'organisations')}`;

  app.get(base, async (c) => {
    const page = pageParam(c.req.query('page'));
    const filter = parseQuery(organisationFilterSchema, c.req.query());
    const query = { ...filter, page };
    const [{ items, page: info }, countries] = await Promise.all([
      site.organisations.listOrganisations(
        locale,
        {
          kind: filter.kind,
          sector: filter.sector,
          country: filter.country,
          membersOnly: filter.members === '1',
        },
        page,
      ),
      site.organisations.listCountries(),
    ]);
    const ctx = await pageContext(site, c, locale, (l) => paths.organisations(l, query));
    const { t } = ctx;
    const countryOptions = countries
      .map((code) => ({ value: code, label: countryName(code, ctx.tag) }))
      .sort((a, b) => compareNames(ctx.tag)(a.label, b.label));
    return c.html(
      <Layout
        ctx={ctx}
        title={page > 1 ? t('organisations.pageTitle', { page }) : t('organisations.title')}
        description={t('organisations.intro')}
        canonical={paths.organisations(locale, query)}
      >
        <div class="page-head">
          <div class="container">
            <h1>{t('organisations.title')}</h1>
            <p class="lead">{t('organisations.intro')}</p>
          </div>
        </div>
        <div class="container section">
          <FilterForm
            ctx={ctx}
            action={paths.organisations(locale)}
            reset={paths.organisations(locale)}
          >
            <FilterSelect
              name="kind"
              all={t('filters.allKinds')}
              label={t('filters.kind')}
              value={filter.kind}
              options={organisationKinds.map((k) => ({
                value: k,
                label: t(`organisation.kind.${k}`),
              }))}
            />
            <FilterSelect
              name="sector"
              all={t('filters.allSectors')}
              label={t('filters.sector')}
              value={filter.sector}
              options={ctx.sectors.map((s) => ({ value: s.slug, label: s.name }))}
            />
            <FilterSelect
              name="country"
              all={t('filters.allCountries')}
              label={t('filters.country')}
              value={filter.country}
              options={countryOptions}
            />
            <div class="filter filter-check">
              <input
                type="checkbox"
                id="filter-members"
                name="members"
                value="1"
                checked={filter.members === '1'}
              />
              <label for="filter-members">{t('filters.members')}</label>
            </div>
          </FilterForm>
          <ResultCount ctx={ctx} count={info.total} />
          {items.length === 0 ? (
            <p>{t('organisations.empty')}</p>
          ) : (
            <ul class="directory-grid">
              {items.map((org) => (
                <OrganisationCardView ctx={ctx} org={org} />
              ))}
            </ul>
          )}
          <Pagination
            info={info}
            ctx={ctx}
            href={(p) => paths.organisations(locale, { ...filter, page: p })}
          />
        </div>
      </Layout>,
    );
  });

  app.get(`${base}/:slug`, async (c) => {
    const slug = c.req.param('slug');
    const page = pageParam(c.req.query('page'));
    const org = await site.organisations.getOrganisationPage(locale, slug);
    const [people, events, projects, news] = await Promise.all([
      site.people.listPeopleOfOrganisation(locale, org.id),
      site.events.listEventsOfOrganisation(locale, org.id),
      site.projects.listProjectsOfOrganisation(locale, org.id),
      site.articles.listNewsMentioning(locale, 'organisation', org.id, page),
    ]);
    const ctx = await pageContext(site, c, locale, (l) => paths.organisation(l, slug, page));
    return c.html(
      <OrganisationPage
        ctx={ctx}
        org={org}
        people={people}
        events={events}
        projects={projects}
        news={news}
        page={page}
      />,
    );
  });
}

function OrganisationCardView({ ctx, org }: { ctx: PageContext; org: OrganisationCard }) {
  const { t } = ctx;
  const place = [org.city, org.country ? countryName(org.country, ctx.tag) : null]
    .filter(Boolean)
    .join(', ');
  return (
    <li class="card directory-card">
      <div class="card-body">
        <p class="card-meta">
          <span class="card-kind">{t(`organisation.kind.${org.kind}`)}</span>
          {place ? <span> · {place}</span> : null}
        </p>
        <h2 class="card-title">
          <a href={paths.organisation(ctx.locale, org.slug)}>{org.name}</a>
        </h2>
        {org.acronym && org.acronym !== org.name ? <p class="acronym">{org.acronym}</p> : null}
        {org.isMember ? <p class="badge">{t('organisation.member')}</p> : null}
        <SectorTags sectors={org.sectors} ctx={ctx} />
      </div>
    </li>
  );
}

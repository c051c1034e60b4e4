// HTML routes of the projects: the list and one project's page.
import { Fact, FactsAside, WebsiteFact } from '../views/entity-facts.js';
import type { ProjectService } from './project.service.js';
import type { EventService } from '../events/event.service.js';
import type { NewsReader } from '../views/cards.js';
import type { AppEnv } from '../kernel/auth.js';
import { locales } from '../i18n/locales.js';
import { Hono } from 'hono';
import { pageParam } from '../kernel/query.js';
import { pageContext, type SiteShell } from '../views/page-context.js';
import { paths, segment } from '../i18n/paths.js';
import { cutExcerpt } from '../lib/excerpt.js';
import { countryName, formatEuros } from '../lib/intl.js';
import { organisationLabel } from '../views/cards.js';
import { SectorTags } from '../views/components.js';
import type { PageContext } from '../views/context.js';
import {
  Breadcrumb,
  DirectoryListPage,
  EntityNews,
  EventItem,
  OnlyIn,
  OrganisationName,
  periodText,
} from '../views/directory.js';
import { Layout } from '../views/layout.js';
import { projectPageJsonLd } from './project.json-ld.js';
import { type ProjectCard } from './project.presenter.js';
import { projectTitle } from '../views/cards.js';
import { isPartnerRole } from './project.schema.js';

/** What these pages read. */
export interface ProjectPagesDeps extends SiteShell {
  projects: ProjectService;
  events: EventService;
  articles: NewsReader;
}

/** The routes of every locale, as one sub-app. */
export function projectPages(site: ProjectPagesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const { code } of locales) registerProjectPages(app, site, code);
  return app;
}

function registerProjectPages(app: Hono<AppEnv>, site: ProjectPagesDeps, locale: string): void {
  const base = `/${locale}/${segment(locale, 'projects')}`;

  app.get(base, async (c) => {
    const page = pageParam(c.req.query('page'));
    const { items, page: info } = await site.projects.listProjects(locale, page);
    const ctx = await pageContext(site, c, locale, (l) => paths.projects(l, page));
    return c.html(
      <DirectoryListPage
        ctx={ctx}
        section="projects"
        page={page}
        info={info}
        items={items}
        href={(p) => paths.projects(locale, p)}
        card={(project) => <ProjectCardView ctx={ctx} project={project} />}
      />,
    );
  });

  app.get(`${base}/:slug`, async (c) => {
    const slug = c.req.param('slug');
    const page = pageParam(c.req.query('page'));
    const project = await site.projects.getProjectPage(locale, slug);
    const [events, news] = await Promise.all([
      site.events.listEventsOfProject(locale, project.id),
      site.articles.listNewsMentioning(locale, 'project', project.id, page),
    ]);
    const ctx = await pageContext(site, c, locale, (l) => paths.project(l, slug, page));
    const { t } = ctx;
    const title = project.acronym ? `${project.acronym} – ${project.name}` : project.name;
    const period = periodText(ctx, project.startsOn, project.endsOn, 'day');
    return c.html(
      <Layout
        ctx={ctx}
        title={page > 1 ? `${title} – ${t('pagination.page', { page })}` : title}
        description={cutExcerpt(project.description) || t('projects.intro')}
        canonical={paths.project(locale, slug, page)}
        jsonLd={projectPageJsonLd(ctx, project)}
      >
        <div class="page-head entity-head">
          <div class="container">
            <Breadcrumb
              ctx={ctx}
              trail={[{ href: paths.projects(locale), label: t('nav.projects') }]}
            />
            {project.programme ? <p class="eyebrow">{project.programme}</p> : null}
            <h1>{project.acronym ?? project.name}</h1>
            {project.acronym ? <p class="entity-subtitle">{project.name}</p> : null}
            <SectorTags sectors={project.sectors} ctx={ctx} />
          </div>
        </div>
        <div class="container entity-layout">
          <FactsAside ctx={ctx} id="project-facts">
            {project.programme ? (
              <Fact label={t('project.programme')}>{project.programme}</Fact>
            ) : null}
            {project.lead ? (
              <Fact label={t('project.lead')}>
                <OrganisationName ctx={ctx} org={project.lead} />
              </Fact>
            ) : null}
            {period ? <Fact label={t('project.dates')}>{period}</Fact> : null}
            {project.budgetEur !== null ? (
              <Fact label={t('project.budget')}>{formatEuros(project.budgetEur, ctx.tag)}</Fact>
            ) : null}
            {project.countries.length > 0 ? (
              <Fact label={t('project.countries')}>
                {project.countries.map((code) => countryName(code, ctx.tag)).join(', ')}
              </Fact>
            ) : null}
            {project.website ? <WebsiteFact ctx={ctx} url={project.website} /> : null}
          </FactsAside>

          <div class="entity-main">
            {project.description ? (
              <section class="section" aria-labelledby="project-about">
                <h2 id="project-about" class="section-title">
                  {t('directory.about')}
                </h2>
                <p
                  class="lead"
                  lang={
                    project.descriptionLocale !== locale ? project.descriptionLocale : undefined
                  }
                >
                  {project.description}
                </p>
                <OnlyIn ctx={ctx} locale={project.descriptionLocale} />
              </section>
            ) : null}

            {project.partners.length > 0 ? (
              <section class="section" aria-labelledby="project-partners">
                <h2 id="project-partners" class="section-title">
                  {t('project.partners')}
                </h2>
                <ul class="link-list">
                  {project.partners.map((p) => (
                    <li>
                      <OrganisationName ctx={ctx} org={p} />
                      {p.role !== 'partner' ? (
                        <span class="muted">
                          {' '}
                          ({isPartnerRole(p.role) ? t(`project.role.${p.role}`) : p.role})
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}

            {events.length > 0 ? (
              <section class="section" aria-labelledby="project-events">
                <h2 id="project-events" class="section-title">
                  {t('project.events')}
                </h2>
                <ul class="event-list">
                  {events.map((event) => (
                    <EventItem ctx={ctx} event={event} />
                  ))}
                </ul>
              </section>
            ) : null}

            <EntityNews
              ctx={ctx}
              title={t('directory.news')}
              items={news.items}
              info={news.page}
              href={(p) => `${paths.project(locale, slug, p)}#news`}
            />
          </div>
        </div>
      </Layout>,
    );
  });
}

function ProjectCardView({ ctx, project }: { ctx: PageContext; project: ProjectCard }) {
  const { t } = ctx;
  const period = periodText(ctx, project.startsOn, project.endsOn);
  return (
    <li class="card directory-card">
      <div class="card-body">
        {project.programme ? (
          <p class="card-meta">
            <span class="card-kind">{project.programme}</span>
          </p>
        ) : null}
        <h2 class="card-title">
          <a href={paths.project(ctx.locale, project.slug)}>{projectTitle(project)}</a>
        </h2>
        {project.acronym ? <p class="card-excerpt">{project.name}</p> : null}
        {project.lead ? (
          <p class="card-meta">
            {t('directory.labelled', {
              label: t('project.lead'),
              value: organisationLabel(project.lead),
            })}
          </p>
        ) : null}
        {period ? <p class="card-meta">{period}</p> : null}
        <SectorTags sectors={project.sectors} ctx={ctx} />
      </div>
    </li>
  );
}

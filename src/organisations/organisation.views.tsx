// The page of one organisation: facts, description, people, events, projects and news.
import { EntityImage, Fact, FactsAside, WebsiteFact } from '../views/entity-facts.js';
import type { ArticleCard } from '../views/cards.js';
import type { OrganisationEventView } from '../events/event.presenter.js';
import { paths } from '../i18n/paths.js';
import { formatCalendarDate } from '../lib/dates.js';
import { cutExcerpt } from '../lib/excerpt.js';
import { countryName } from '../lib/intl.js';
import type { PageInfo } from '../lib/pagination.js';
import type { MemberView } from '../people/person.presenter.js';
import type { ProjectRoleView } from '../projects/project.presenter.js';
import { projectTitle } from '../views/cards.js';
import { isPartnerRole } from '../projects/project.schema.js';
import { SectorTags } from '../views/components.js';
import type { PageContext } from '../views/context.js';
import {
  Breadcrumb,
  EntityNews,
  EventItem,
  OnlyIn,
  OrganisationList,
  OrganisationName,
  periodText,
} from '../views/directory.js';
import { Layout } from '../views/layout.js';
import { organisationPageJsonLd } from './organisation.json-ld.js';
import { type OrganisationView } from './organisation.presenter.js';
import { organisationLabel } from '../views/cards.js';

export function OrganisationPage(props: {
  ctx: PageContext;
  org: OrganisationView;
  people: MemberView[];
  events: OrganisationEventView[];
  projects: ProjectRoleView[];
  news: { items: ArticleCard[]; page: PageInfo };
  page: number;
}) {
  const { ctx, org, people, events, projects, news } = props;
  const { t, locale } = ctx;
  const place = [org.city, org.country ? countryName(org.country, ctx.tag) : null]
    .filter(Boolean)
    .join(', ');
  const current = people.filter((p) => p.current);
  const past = people.filter((p) => !p.current);
  return (
    <Layout
      ctx={ctx}
      title={
        props.page > 1
          ? `${organisationLabel(org)} – ${t('pagination.page', { page: props.page })}`
          : organisationLabel(org)
      }
      description={cutExcerpt(org.description) || t('organisations.intro')}
      canonical={paths.organisation(locale, org.slug, props.page)}
      jsonLd={organisationPageJsonLd(ctx, org)}
    >
      <div class="page-head entity-head">
        <div class="container entity-head-inner">
          <div>
            <Breadcrumb
              ctx={ctx}
              trail={[{ href: paths.organisations(locale), label: t('nav.organisations') }]}
            />
            <p class="eyebrow">{t(`organisation.kind.${org.kind}`)}</p>
            <h1>{org.name}</h1>
            {org.acronym && org.acronym !== org.name ? (
              <p class="entity-subtitle">{org.acronym}</p>
            ) : null}
            {org.isMember ? <p class="badge">{t('organisation.member')}</p> : null}
          </div>
          <EntityImage class="entity-logo" image={org.logo} />
        </div>
      </div>
      <div class="container entity-layout">
        <FactsAside ctx={ctx} id="org-facts">
          {org.acronym ? <Fact label={t('organisation.acronym')}>{org.acronym}</Fact> : null}
          <Fact label={t('filters.kind')}>{t(`organisation.kind.${org.kind}`)}</Fact>
          {place ? <Fact label={t('directory.location')}>{place}</Fact> : null}
          {org.website ? <WebsiteFact ctx={ctx} url={org.website} /> : null}
          {org.sectors.length > 0 ? (
            <Fact label={t('article.sectors')}>
              <SectorTags sectors={org.sectors} ctx={ctx} />
            </Fact>
          ) : null}
          {org.competences.length > 0 ? (
            <Fact
              label={t('organisation.competences')}
              lang={org.competencesLocale !== locale ? org.competencesLocale : undefined}
            >
              <ul class="plain-list">
                {org.competences.map((c) => (
                  <li>{c}</li>
                ))}
              </ul>
            </Fact>
          ) : null}
          {org.parent ? (
            <Fact label={t('organisation.parent')}>
              <OrganisationName ctx={ctx} org={org.parent} />
            </Fact>
          ) : null}
          {org.children.length > 0 ? (
            <Fact label={t('organisation.children')}>
              <OrganisationList ctx={ctx} orgs={org.children} />
            </Fact>
          ) : null}
          {org.formerNames.length > 0 ? (
            <Fact label={t('organisation.formerNames')}>
              <ul class="plain-list">
                {org.formerNames.map((f) => (
                  <li>
                    {f.until
                      ? t('organisation.formerNameUntil', {
                          name: f.name,
                          date: formatCalendarDate(f.until, ctx.tag),
                        })
                      : f.name}
                  </li>
                ))}
              </ul>
            </Fact>
          ) : null}
          {org.predecessors.length > 0 ? (
            <Fact label={t('organisation.predecessors')}>
              <Successions ctx={ctx} list={org.predecessors} />
            </Fact>
          ) : null}
          {org.successors.length > 0 ? (
            <Fact label={t('organisation.successors')}>
              <Successions ctx={ctx} list={org.successors} />
            </Fact>
          ) : null}
        </FactsAside>

        <div class="entity-main">
          {org.description ? (
            <section class="section" aria-labelledby="org-about">
              <h2 id="org-about" class="section-title">
                {t('directory.about')}
              </h2>
              <div lang={org.descriptionLocale !== locale ? org.descriptionLocale : undefined}>
                <p class="lead">{org.description}</p>
              </div>
              <OnlyIn ctx={ctx} locale={org.descriptionLocale} />
            </section>
          ) : null}

          {people.length > 0 ? (
            <section class="section" aria-labelledby="org-people">
              <h2 id="org-people" class="section-title">
                {t('organisation.people')}
              </h2>
              <MemberList ctx={ctx} members={current} />
              {past.length > 0 ? (
                <>
                  <h3>{t('organisation.pastPeople')}</h3>
                  <MemberList ctx={ctx} members={past} />
                </>
              ) : null}
            </section>
          ) : null}

          {events.length > 0 ? (
            <section class="section" aria-labelledby="org-events">
              <h2 id="org-events" class="section-title">
                {t('organisation.events')}
              </h2>
              <ul class="event-list">
                {events.map(({ event, roles }) => (
                  <EventItem ctx={ctx} event={event}>
                    <p class="roles">{roles.map((r) => t(`organisation.role.${r}`)).join(', ')}</p>
                  </EventItem>
                ))}
              </ul>
            </section>
          ) : null}

          {projects.length > 0 ? (
            <section class="section" aria-labelledby="org-projects">
              <h2 id="org-projects" class="section-title">
                {t('organisation.projects')}
              </h2>
              <ul class="link-list rich">
                {projects.map(({ project, role }) => (
                  <li>
                    <a href={paths.project(locale, project.slug)}>{projectTitle(project)}</a>
                    {project.acronym ? <span class="muted"> – {project.name}</span> : null}
                    <span class="roles">
                      {' '}
                      ({role === 'lead' || isPartnerRole(role) ? t(`project.role.${role}`) : role})
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <EntityNews
            ctx={ctx}
            title={t('directory.news')}
            items={news.items}
            info={news.page}
            href={(p) => `${paths.organisation(locale, org.slug, p)}#news`}
          />
        </div>
      </div>
    </Layout>
  );
}

function MemberList({ ctx, members }: { ctx: PageContext; members: MemberView[] }) {
  return (
    <ul class="people-list">
      {members.map((m) => {
        const period = periodText(ctx, m.startsOn, m.endsOn);
        return (
          <li>
            <a class="person-name" href={paths.person(ctx.locale, m.person.slug)}>
              {m.person.name}
            </a>
            <span class="person-role" lang={m.roleLocale !== ctx.locale ? m.roleLocale : undefined}>
              {m.role}
            </span>
            {period ? <span class="period">{period}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

function Successions({ ctx, list }: { ctx: PageContext; list: OrganisationView['predecessors'] }) {
  return (
    <ul class="plain-list">
      {list.map((s) => (
        <li>
          <OrganisationName ctx={ctx} org={s} /> ({ctx.t(`organisation.succession.${s.kind}`)}
          {s.on ? `, ${formatCalendarDate(s.on, ctx.tag)}` : ''})
        </li>
      ))}
    </ul>
  );
}

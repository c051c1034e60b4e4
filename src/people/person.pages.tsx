// HTML routes of the people: the alphabetical list and one person's page.
import { EntityImage } from '../views/entity-facts.js';
import type { PersonService } from './person.service.js';
import type { EventService } from '../events/event.service.js';
import type { NewsReader } from '../views/cards.js';
import type { AppEnv } from '../kernel/auth.js';
import { locales } from '../i18n/locales.js';
import { Hono } from 'hono';
import { pageParam } from '../kernel/query.js';
import { pageContext, type SiteShell } from '../views/page-context.js';
import { paths, segment } from '../i18n/paths.js';
import { formatShortDay, formatTime } from '../lib/dates.js';
import { organisationLabel } from '../views/cards.js';
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
import { personPageJsonLd } from './person.json-ld.js';
import type { PersonCard, RoleView } from './person.presenter.js';

/** What these pages read. */
export interface PersonPagesDeps extends SiteShell {
  people: PersonService;
  events: EventService;
  articles: NewsReader;
}

/** The routes of every locale, as one sub-app. */
export function personPages(site: PersonPagesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const { code } of locales) registerPersonPages(app, site, code);
  return app;
}

function registerPersonPages(app: Hono<AppEnv>, site: PersonPagesDeps, locale: string): void {
  const base = `/${locale}/${segment(locale, 'people')}`;

  app.get(base, async (c) => {
    const page = pageParam(c.req.query('page'));
    const { items, page: info } = await site.people.listPeople(locale, page);
    const ctx = await pageContext(site, c, locale, (l) => paths.people(l, page));
    return c.html(
      <DirectoryListPage
        ctx={ctx}
        section="people"
        page={page}
        info={info}
        items={items}
        href={(p) => paths.people(locale, p)}
        card={(person) => <PersonCardView ctx={ctx} person={person} />}
      />,
    );
  });

  app.get(`${base}/:slug`, async (c) => {
    const slug = c.req.param('slug');
    const page = pageParam(c.req.query('page'));
    const person = await site.people.getPersonPage(locale, slug);
    const [events, news] = await Promise.all([
      site.events.listEventsWithSpeaker(locale, person.id),
      site.articles.listNewsMentioning(locale, 'person', person.id, page),
    ]);
    const ctx = await pageContext(site, c, locale, (l) => paths.person(l, slug, page));
    const { t } = ctx;
    const current = person.roles.find((r) => r.current);
    return c.html(
      <Layout
        ctx={ctx}
        title={page > 1 ? `${person.name} – ${t('pagination.page', { page })}` : person.name}
        description={
          current
            ? `${person.name}, ${current.role} – ${organisationLabel(current.organisation)}`
            : person.name
        }
        canonical={paths.person(locale, slug, page)}
        jsonLd={personPageJsonLd(ctx, person)}
      >
        <div class="page-head entity-head">
          <div class="container entity-head-inner">
            <div>
              <Breadcrumb
                ctx={ctx}
                trail={[{ href: paths.people(locale), label: t('nav.people') }]}
              />
              <h1>{person.name}</h1>
              {current ? (
                <p class="entity-subtitle">
                  <span lang={current.roleLocale !== locale ? current.roleLocale : undefined}>
                    {current.role}
                  </span>
                  {' – '}
                  <OrganisationName ctx={ctx} org={current.organisation} />
                </p>
              ) : null}
            </div>
            <EntityImage class="entity-photo" image={person.photo} />
          </div>
        </div>
        <div class="container entity-body">
          {person.bio ? (
            <section class="section" aria-labelledby="person-bio">
              <h2 id="person-bio" class="section-title">
                {t('person.bio')}
              </h2>
              <p class="lead" lang={person.bioLocale !== locale ? person.bioLocale : undefined}>
                {person.bio}
              </p>
              <OnlyIn ctx={ctx} locale={person.bioLocale} />
            </section>
          ) : null}

          {person.roles.length > 0 ? (
            <section class="section" aria-labelledby="person-roles">
              <h2 id="person-roles" class="section-title">
                {t('person.roles')}
              </h2>
              <ol class="timeline">
                {person.roles.map((r) => (
                  <RoleItem ctx={ctx} role={r} />
                ))}
              </ol>
            </section>
          ) : null}

          {events.length > 0 ? (
            <section class="section" aria-labelledby="person-events">
              <h2 id="person-events" class="section-title">
                {t('person.events')}
              </h2>
              <ul class="event-list">
                {events.map(({ event, sessions }) => (
                  <EventItem ctx={ctx} event={event}>
                    <ul class="sessions">
                      {sessions.map((s) => (
                        <li
                          lang={s.titleLocale !== event.contentLocale ? s.titleLocale : undefined}
                        >
                          <span class="session-time" lang={locale}>
                            {formatShortDay(s.startsAt, ctx.tag, event.timeZone)},{' '}
                            {formatTime(s.startsAt, ctx.tag, event.timeZone)}
                          </span>{' '}
                          {s.title}
                        </li>
                      ))}
                    </ul>
                  </EventItem>
                ))}
              </ul>
            </section>
          ) : null}

          <EntityNews
            ctx={ctx}
            title={t('directory.news')}
            items={news.items}
            info={news.page}
            href={(p) => `${paths.person(locale, slug, p)}#news`}
          />
        </div>
      </Layout>,
    );
  });
}

function PersonCardView({ ctx, person }: { ctx: PageContext; person: PersonCard }) {
  return (
    <li class="card directory-card">
      <div class="card-body">
        <h2 class="card-title">
          <a href={paths.person(ctx.locale, person.slug)}>{person.name}</a>
        </h2>
        {person.roles.map((r) => (
          <p class="card-excerpt">
            <span lang={r.roleLocale !== ctx.locale ? r.roleLocale : undefined}>{r.role}</span>
            {' – '}
            {organisationLabel(r.organisation)}
          </p>
        ))}
      </div>
    </li>
  );
}

function RoleItem({ ctx, role }: { ctx: PageContext; role: RoleView }) {
  const period = periodText(ctx, role.startsOn, role.endsOn);
  return (
    <li class={role.current ? 'current' : undefined}>
      <p class="role-title" lang={role.roleLocale !== ctx.locale ? role.roleLocale : undefined}>
        {role.role}
      </p>
      <p class="role-org">
        <OrganisationName ctx={ctx} org={role.organisation} />
      </p>
      {period || role.current ? (
        <p class="period">
          {period}
          {role.current ? <span class="badge small">{ctx.t('directory.current')}</span> : null}
        </p>
      ) : null}
    </li>
  );
}

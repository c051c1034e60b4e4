// The page of one event: when and where, itinerary, programme, organisations, participants.
import { Fact, FactsAside } from '../views/entity-facts.js';
import type { ArticleCard } from '../views/cards.js';
import { paths } from '../i18n/paths.js';
import {
  formatDateTimeRange,
  formatShortDay,
  formatTime,
  isoDate,
  timeZoneName,
} from '../lib/dates.js';
import { countryName } from '../lib/intl.js';
import type { PageInfo } from '../lib/pagination.js';
import { projectTitle } from '../views/cards.js';
import { SectorTags } from '../views/components.js';
import type { PageContext } from '../views/context.js';
import { Breadcrumb, EntityNews, OrganisationList, plural } from '../views/directory.js';
import { Layout } from '../views/layout.js';
import { eventPageJsonLd } from './event.json-ld.js';
import type { EventView, ProgrammeItemView } from './event.presenter.js';

export function EventPage(props: {
  ctx: PageContext;
  event: EventView;
  news: { items: ArticleCard[]; page: PageInfo };
  page: number;
  /** Path of the event's picture: the hero of its newest article that has one. */
  image: string | null;
}) {
  const { ctx, event, news } = props;
  const { t, locale } = ctx;
  const lang = event.contentLocale !== locale ? event.contentLocale : undefined;
  const tz = event.timeZone;
  const multiDay = isoDate(event.startsAt, tz) !== isoDate(event.endsAt, tz);
  const hasParticipation =
    event.countries.length > 0 || event.delegateCount !== null || event.participants.length > 0;
  return (
    <Layout
      ctx={ctx}
      title={
        props.page > 1
          ? `${event.title} – ${t('pagination.page', { page: props.page })}`
          : event.title
      }
      description={event.summary || t('events.intro')}
      canonical={paths.event(locale, event.slug, props.page)}
      ogImage={props.image}
      jsonLd={eventPageJsonLd(ctx, event, props.image)}
    >
      <div class="page-head entity-head">
        <div class="container">
          <Breadcrumb ctx={ctx} trail={[{ href: paths.events(locale), label: t('nav.events') }]} />
          <p class="eyebrow">{t(`event.kind.${event.kind}`)}</p>
          <h1 lang={lang}>{event.title}</h1>
          {event.summary ? (
            <p class="lead" lang={lang}>
              {event.summary}
            </p>
          ) : null}
          <SectorTags sectors={event.sectors} ctx={ctx} />
        </div>
      </div>
      <div class="container entity-layout">
        <FactsAside
          ctx={ctx}
          id="event-facts"
          after={
            <>
              {event.isPast ? <p class="note">{t('event.over')}</p> : null}
              <p class="actions">
                {event.registrationUrl && !event.isPast ? (
                  <a class="button" href={event.registrationUrl} rel="noopener">
                    {t('event.register')}
                  </a>
                ) : null}
                <a
                  class="button secondary"
                  href={paths.eventCalendar(locale, event.slug)}
                  type="text/calendar"
                  download={`${event.slug}.ics`}
                >
                  {t('event.addToCalendar')} <span class="file-type">(.ics)</span>
                </a>
              </p>
            </>
          }
        >
          <Fact label={t('event.when')}>
            <time datetime={event.startsAt}>
              {formatDateTimeRange(event.startsAt, event.endsAt, ctx.tag, tz)}
            </time>
            <span class="time-zone">
              {t('event.timeZone', { zone: timeZoneName(event.startsAt, ctx.tag, tz) })}
            </span>
          </Fact>
          <Fact label={t('event.where')}>
            {event.venues.length > 0
              ? [...new Set(event.venues.map((v) => v.city ?? v.name))].join(', ')
              : t('event.online')}
          </Fact>
          {event.project ? (
            <Fact label={t('event.project')}>
              <a href={paths.project(locale, event.project.slug)}>{projectTitle(event.project)}</a>
            </Fact>
          ) : null}
        </FactsAside>

        <div class="entity-main">
          {event.venues.length > 0 ? (
            <section class="section" aria-labelledby="event-itinerary">
              <h2 id="event-itinerary" class="section-title">
                {event.venues.length > 1 ? t('event.itinerary') : t('event.where')}
              </h2>
              <ol class={event.venues.length > 1 ? 'itinerary' : 'itinerary single'}>
                {event.venues.map((v) => (
                  <li>
                    <p class="venue-name">
                      {v.organisationSlug ? (
                        <a href={paths.organisation(locale, v.organisationSlug)}>{v.name}</a>
                      ) : (
                        v.name
                      )}
                    </p>
                    <p class="venue-place">
                      {[v.address, v.city, v.country ? countryName(v.country, ctx.tag) : null]
                        .filter(Boolean)
                        .join(', ')}
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}

          {event.programme.length > 0 ? (
            <section class="section" aria-labelledby="event-programme">
              <h2 id="event-programme" class="section-title">
                {t('event.programme')}
              </h2>
              <ol class="programme">
                {event.programme.map((item) => (
                  <ProgrammeItem
                    ctx={ctx}
                    item={item}
                    timeZone={tz}
                    showDay={multiDay}
                    showVenue={event.venues.length > 1}
                  />
                ))}
              </ol>
            </section>
          ) : null}

          {event.organisers.length > 0 || event.partners.length > 0 ? (
            <section class="section" aria-labelledby="event-organisers">
              <h2 id="event-organisers" class="section-title">
                {t('event.organisers')}
              </h2>
              <OrganisationList ctx={ctx} orgs={event.organisers} />
              {event.partners.length > 0 ? (
                <>
                  <h3>{t('event.partners')}</h3>
                  <OrganisationList ctx={ctx} orgs={event.partners} />
                </>
              ) : null}
            </section>
          ) : null}

          {hasParticipation ? (
            <section class="section" aria-labelledby="event-participants">
              <h2 id="event-participants" class="section-title">
                {t('event.participation')}
              </h2>
              {event.delegateCount !== null ? (
                <p class="delegates">
                  {t(`event.delegates.${plural(ctx, event.delegateCount)}`, {
                    count: event.delegateCount,
                  })}
                </p>
              ) : null}
              {event.countries.length > 0 ? (
                <>
                  <h3>{t('event.countries')}</h3>
                  <ul class="tags country-list">
                    {event.countries.map((code) => (
                      <li>
                        <span class="tag country">{countryName(code, ctx.tag)}</span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {event.participants.length > 0 ? (
                <>
                  <h3>{t('event.participants')}</h3>
                  <OrganisationList ctx={ctx} orgs={event.participants} />
                </>
              ) : null}
            </section>
          ) : null}

          <EntityNews
            ctx={ctx}
            title={t('event.recaps')}
            items={news.items}
            info={news.page}
            href={(p) => `${paths.event(locale, event.slug, p)}#news`}
          />
        </div>
      </div>
    </Layout>
  );
}

function ProgrammeItem(props: {
  ctx: PageContext;
  item: ProgrammeItemView;
  timeZone: string;
  showDay: boolean;
  showVenue: boolean;
}) {
  const { ctx, item, timeZone } = props;
  const start = formatTime(item.startsAt, ctx.tag, timeZone);
  const end = item.endsAt ? formatTime(item.endsAt, ctx.tag, timeZone) : null;
  return (
    <li>
      <p class="programme-time">
        {props.showDay ? (
          <span class="programme-day">{formatShortDay(item.startsAt, ctx.tag, timeZone)}</span>
        ) : null}
        <time datetime={item.startsAt}>{start}</time>
        {end ? (
          <>
            {' – '}
            <time datetime={item.endsAt ?? undefined}>{end}</time>
          </>
        ) : null}
      </p>
      <div class="programme-body">
        <p
          class="programme-title"
          lang={item.titleLocale !== ctx.locale ? item.titleLocale : undefined}
        >
          {item.title}
        </p>
        {props.showVenue && item.venue ? <p class="programme-venue">{item.venue.name}</p> : null}
        {item.speakers.length > 0 ? (
          <p class="programme-speakers">
            <span class="visually-hidden">{ctx.t('event.speakers')}: </span>
            {item.speakers.map((s, i) => (
              <>
                {i > 0 ? ', ' : ''}
                <a href={paths.person(ctx.locale, s.slug)}>{s.name}</a>
              </>
            ))}
          </p>
        ) : null}
      </div>
    </li>
  );
}

// Pieces shared by the directory pages: breadcrumb, filter fields, periods, event items, news.
import type { Child } from 'hono/jsx';
import type { ArticleCard } from './cards.js';
import type { EventCard } from './cards.js';
import { languageName } from '../i18n/locales.js';
import { paths } from '../i18n/paths.js';
import { formatCalendarDate, formatDayMonth, formatDayRange, isoDate } from '../lib/dates.js';
import type { PageInfo } from '../lib/pagination.js';
import type { OrganisationLink } from './cards.js';
import { organisationLabel } from './cards.js';
import { ArticleCardView, Pagination } from './components.js';
import { Layout } from './layout.js';
import type { PageContext } from './context.js';

/** The plural category of a count in the page's language, for `.one` / `.other` messages. */
export function plural(ctx: PageContext, count: number): 'one' | 'other' {
  return new Intl.PluralRules(ctx.tag).select(count) === 'one' ? 'one' : 'other';
}

export function Breadcrumb({
  ctx,
  trail,
}: {
  ctx: PageContext;
  trail: { href: string; label: string }[];
}) {
  return (
    <nav class="breadcrumb" aria-label={ctx.t('breadcrumb.label')}>
      <a href={paths.home(ctx.locale)}>{ctx.t('nav.home')}</a>
      {trail.map((step) => (
        <>
          <span aria-hidden="true"> / </span>
          <a href={step.href}>{step.label}</a>
        </>
      ))}
    </nav>
  );
}

/** A labelled <select> whose first option, `all` ("All sectors"), submits an empty value. */
export function FilterSelect(props: {
  name: string;
  label: string;
  all: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  const id = `filter-${props.name}`;
  return (
    <div class="filter">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A GET form of filters that works without JavaScript; `reset` is the unfiltered list. */
export function FilterForm(props: {
  ctx: PageContext;
  action: string;
  reset: string;
  children: Child;
}) {
  const { t } = props.ctx;
  return (
    <form class="dir-filters" method="get" action={props.action} aria-label={t('filters.label')}>
      {props.children}
      <div class="filter-actions">
        <button type="submit" class="button">
          {t('filters.apply')}
        </button>
        <a href={props.reset}>{t('filters.reset')}</a>
      </div>
    </form>
  );
}

export function ResultCount({ ctx, count }: { ctx: PageContext; count: number }) {
  return (
    <p class="result-count" role="status">
      {ctx.t(`directory.count.${plural(ctx, count)}`, { count })}
    </p>
  );
}

/** « mars 2019 – août 2022 », « depuis mars 2019 », or nothing when no date is known. */
export function periodText(
  ctx: PageContext,
  startsOn: string | null,
  endsOn: string | null,
  precision: 'day' | 'month' = 'month',
): string {
  const f = (d: string) => formatCalendarDate(d, ctx.tag, precision);
  if (startsOn && endsOn) return `${f(startsOn)} – ${f(endsOn)}`;
  if (startsOn)
    return ctx.t('directory.since', { date: formatCalendarDate(startsOn, ctx.tag, 'month') });
  if (endsOn)
    return ctx.t('directory.until', { date: formatCalendarDate(endsOn, ctx.tag, 'month') });
  return '';
}

export function OrganisationName({ ctx, org }: { ctx: PageContext; org: OrganisationLink }) {
  return <a href={paths.organisation(ctx.locale, org.slug)}>{organisationLabel(org)}</a>;
}

/** A comma-free list of organisation links. */
export function OrganisationList({ ctx, orgs }: { ctx: PageContext; orgs: OrganisationLink[] }) {
  return (
    <ul class="link-list">
      {orgs.map((o) => (
        <li>
          <OrganisationName ctx={ctx} org={o} />
        </li>
      ))}
    </ul>
  );
}

/** A note that a text is shown in another language than the page's. */
export function OnlyIn({ ctx, locale }: { ctx: PageContext; locale: string }) {
  if (locale === ctx.locale) return null;
  return (
    <p class="note">{ctx.t('directory.onlyIn', { language: languageName(locale, ctx.locale) })}</p>
  );
}

/** One event in a list: its day block, linked title, dates in its time zone, city and kind. */
export function EventItem({
  ctx,
  event,
  headingLevel = 3,
  children,
}: {
  ctx: PageContext;
  event: EventCard;
  headingLevel?: 2 | 3;
  children?: Child;
}) {
  const d = formatDayMonth(event.startsAt, ctx.tag, event.timeZone);
  const other = event.contentLocale !== ctx.locale;
  const link = <a href={paths.event(ctx.locale, event.slug)}>{event.title}</a>;
  return (
    <li class="event-item" lang={other ? event.contentLocale : undefined}>
      <p class="event-date" aria-hidden="true">
        <span class="day">{d.day}</span>
        <span class="month">{d.month}</span>
        <span class="year">{isoDate(event.startsAt, event.timeZone).slice(0, 4)}</span>
      </p>
      <div class="event-body">
        {headingLevel === 2 ? <h2>{link}</h2> : <h3>{link}</h3>}
        <p class="event-meta" lang={ctx.locale}>
          <time datetime={isoDate(event.startsAt, event.timeZone)}>
            {formatDayRange(event.startsAt, event.endsAt, ctx.tag, event.timeZone)}
          </time>
          {event.city ? ` · ${event.city}` : ''} · {ctx.t(`event.kind.${event.kind}`)}
        </p>
        {children}
      </div>
    </li>
  );
}

/** The "in the news" section of an entity page: article cards, newest first, paginated. */
export function EntityNews({
  ctx,
  title,
  items,
  info,
  href,
}: {
  ctx: PageContext;
  title: string;
  items: ArticleCard[];
  info: PageInfo;
  href: (page: number) => string;
}) {
  return (
    <section class="section entity-news" aria-labelledby="entity-news" id="news">
      <h2 id="entity-news" class="section-title">
        {title}
      </h2>
      {items.length === 0 ? (
        <p>{ctx.t('directory.noNews')}</p>
      ) : (
        <div class="card-grid">
          {items.map((card) => (
            <ArticleCardView card={card} ctx={ctx} headingLevel={3} />
          ))}
        </div>
      )}
      <Pagination info={info} ctx={ctx} href={href} />
    </section>
  );
}

/**
 * A plain directory list (people, projects): heading, count, a grid of cards and pagination.
 * Its texts are the section's `title`, `pageTitle`, `intro` and `empty` messages.
 */
export function DirectoryListPage<T>(props: {
  ctx: PageContext;
  section: 'people' | 'projects';
  page: number;
  info: PageInfo;
  items: readonly T[];
  href: (page: number) => string;
  card: (item: T) => Child;
}) {
  const { ctx, section, page, info } = props;
  const { t } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={page > 1 ? t(`${section}.pageTitle`, { page }) : t(`${section}.title`)}
      description={t(`${section}.intro`)}
      canonical={props.href(page)}
    >
      <div class="page-head">
        <div class="container">
          <h1>{t(`${section}.title`)}</h1>
          <p class="lead">{t(`${section}.intro`)}</p>
        </div>
      </div>
      <div class="container section">
        <ResultCount ctx={ctx} count={info.total} />
        {props.items.length === 0 ? (
          <p>{t(`${section}.empty`)}</p>
        ) : (
          <ul class="directory-grid">{props.items.map((item) => props.card(item))}</ul>
        )}
        <Pagination info={info} ctx={ctx} href={props.href} />
      </div>
    </Layout>
  );
}

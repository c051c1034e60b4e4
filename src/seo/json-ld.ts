// schema.org structured data as JSON-LD: NewsArticle, Event, Organization, Person and
// BreadcrumbList, built from the view models the pages already hold. The JSON is made safe for a
// <script> element: no "<", ">" or "&" survives, so no text can close the element.
import type { ArticleView } from '../articles/article.presenter.js';
import type { EventView } from '../events/event.presenter.js';
import { paths } from '../i18n/paths.js';
import { cutExcerpt } from '../lib/excerpt.js';
import type { ArticleEntities } from '../linking/linking.service.js';
import type { OrganisationView } from '../organisations/organisation.presenter.js';
import type { OrganisationLink } from '../views/cards.js';
import type { PersonView } from '../people/person.presenter.js';
import type { PageContext } from '../views/context.js';

type Json = Record<string, unknown>;
const context = 'https://schema.org';

/** JSON for a script element: `<`, `>`, `&` and the JS line separators as \u escapes. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** An instant as local date-time with the UTC offset of a time zone: 2025-11-03T09:30:00+01:00. */
export function isoWithOffset(iso: string, timeZone: string): string {
  const date = new Date(iso);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'longOffset',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  const zone = part('timeZoneName') ?? 'GMT';
  const offset = zone === 'GMT' ? '+00:00' : zone.replace('GMT', '');
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}${offset}`;
}

/** The cluster that publishes the site, with its logo. */
export function publisher(ctx: PageContext): Json {
  return {
    '@type': 'Organization',
    name: ctx.t('site.name'),
    url: `${ctx.baseUrl}/`,
    logo: { '@type': 'ImageObject', url: `${ctx.baseUrl}/assets/favicon.svg` },
  };
}

const orgRef = (ctx: PageContext, o: OrganisationLink): Json => ({
  '@type': 'Organization',
  name: o.name,
  ...(o.acronym && o.acronym !== o.name ? { alternateName: o.acronym } : {}),
  url: ctx.baseUrl + paths.organisation(ctx.locale, o.slug),
});

const personRef = (ctx: PageContext, p: { slug: string; name: string }): Json => ({
  '@type': 'Person',
  name: p.name,
  url: ctx.baseUrl + paths.person(ctx.locale, p.slug),
});

/** Home › … › the page, each crumb with its absolute URL (the last one is the page itself). */
export function breadcrumbJsonLd(ctx: PageContext, crumbs: { name: string; path: string }[]): Json {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: [{ name: ctx.t('nav.home'), path: paths.home(ctx.locale) }, ...crumbs].map(
      (c, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: c.name,
        item: ctx.baseUrl + c.path,
      }),
    ),
  };
}

/**
 * The article: `about` holds its event and project (what it reports on), `mentions` the
 * organisations, people and countries confirmed in its text.
 */
export function newsArticleJsonLd(
  ctx: PageContext,
  article: ArticleView,
  entities: ArticleEntities,
): Json {
  const url = ctx.baseUrl + paths.article(article.contentLocale, article.slug);
  const about = [
    ...entities.events.map((e) => ({
      '@type': 'Event',
      name: e.title,
      url: ctx.baseUrl + paths.event(ctx.locale, e.slug),
    })),
    ...entities.projects.map((p) => ({
      '@type': 'Project',
      name: p.name,
      url: ctx.baseUrl + paths.project(ctx.locale, p.slug),
    })),
  ];
  const mentions = [
    ...entities.organisations.map((o) => orgRef(ctx, o)),
    ...entities.people.map((p) => personRef(ctx, p)),
    ...entities.countries.map((c) => ({ '@type': 'Country', name: c.name })),
  ];
  return {
    '@context': context,
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    inLanguage: article.contentLocale,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    ...(article.hero ? { image: [ctx.baseUrl + article.hero.url] } : {}),
    author: article.creditLine
      ? { '@type': 'Organization', name: article.creditLine }
      : publisher(ctx),
    ...(article.creditLine ? { creditText: article.creditLine } : {}),
    publisher: publisher(ctx),
    articleSection: article.sectors.map((s) => s.name),
    ...(about.length > 0 ? { about } : {}),
    ...(mentions.length > 0 ? { mentions } : {}),
  };
}

export function eventJsonLd(ctx: PageContext, event: EventView): Json {
  const url = ctx.baseUrl + paths.event(ctx.locale, event.slug);
  const online = event.venues.length === 0;
  const performers = new Map<string, Json>();
  for (const item of event.programme)
    for (const s of item.speakers) performers.set(s.slug, personRef(ctx, s));
  return {
    '@context': context,
    '@type': 'Event',
    name: event.title,
    ...(event.summary ? { description: event.summary } : {}),
    inLanguage: event.contentLocale,
    url,
    startDate: isoWithOffset(event.startsAt, event.timeZone),
    endDate: isoWithOffset(event.endsAt, event.timeZone),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: online
      ? { '@type': 'VirtualLocation', url: event.registrationUrl ?? url }
      : event.venues.map((v) => ({
          '@type': 'Place',
          name: v.name,
          address: {
            '@type': 'PostalAddress',
            ...(v.address ? { streetAddress: v.address } : {}),
            ...(v.city ? { addressLocality: v.city } : {}),
            ...(v.country ? { addressCountry: v.country } : {}),
          },
        })),
    organizer:
      event.organisers.length > 0 ? event.organisers.map((o) => orgRef(ctx, o)) : publisher(ctx),
    ...(performers.size > 0 ? { performer: [...performers.values()] } : {}),
    ...(event.partners.length > 0 ? { sponsor: event.partners.map((o) => orgRef(ctx, o)) } : {}),
    ...(event.registrationUrl
      ? {
          offers: {
            '@type': 'Offer',
            url: event.registrationUrl,
            availability: 'https://schema.org/InStock',
          },
        }
      : {}),
  };
}

export function organisationJsonLd(ctx: PageContext, org: OrganisationView): Json {
  return {
    '@context': context,
    '@type': 'Organization',
    name: org.name,
    ...(org.acronym && org.acronym !== org.name ? { alternateName: org.acronym } : {}),
    url: ctx.baseUrl + paths.organisation(ctx.locale, org.slug),
    ...(org.website ? { sameAs: [org.website] } : {}),
    ...(org.logo ? { logo: ctx.baseUrl + org.logo.url } : {}),
    ...(org.description ? { description: cutExcerpt(org.description) } : {}),
    ...(org.city || org.country
      ? {
          address: {
            '@type': 'PostalAddress',
            ...(org.city ? { addressLocality: org.city } : {}),
            ...(org.country ? { addressCountry: org.country } : {}),
          },
        }
      : {}),
    ...(org.parent ? { parentOrganization: orgRef(ctx, org.parent) } : {}),
    ...(org.children.length > 0
      ? { subOrganization: org.children.map((o) => orgRef(ctx, o)) }
      : {}),
    ...(org.competences.length > 0 ? { knowsAbout: org.competences } : {}),
  };
}

export function personJsonLd(ctx: PageContext, person: PersonView): Json {
  const current = person.roles.filter((r) => r.current);
  return {
    '@context': context,
    '@type': 'Person',
    name: person.name,
    url: ctx.baseUrl + paths.person(ctx.locale, person.slug),
    ...(person.photo ? { image: ctx.baseUrl + person.photo.url } : {}),
    ...(person.bio ? { description: cutExcerpt(person.bio) } : {}),
    ...(current.length > 0
      ? {
          jobTitle: current.map((r) => r.role).join(', '),
          worksFor: current.map((r) => orgRef(ctx, r.organisation)),
        }
      : {}),
  };
}

// --- what each page embeds: its main entity and its breadcrumb ------------------------------

export function articlePageJsonLd(
  ctx: PageContext,
  article: ArticleView,
  entities: ArticleEntities,
): Json[] {
  return [
    newsArticleJsonLd(ctx, article, entities),
    breadcrumbJsonLd(ctx, [
      { name: ctx.t('nav.news'), path: paths.news(ctx.locale) },
      { name: article.title, path: paths.article(ctx.locale, article.slug) },
    ]),
  ];
}

export function eventPageJsonLd(ctx: PageContext, event: EventView): Json[] {
  return [
    eventJsonLd(ctx, event),
    breadcrumbJsonLd(ctx, [
      { name: ctx.t('nav.events'), path: paths.events(ctx.locale) },
      { name: event.title, path: paths.event(ctx.locale, event.slug) },
    ]),
  ];
}

export function organisationPageJsonLd(ctx: PageContext, org: OrganisationView): Json[] {
  return [
    organisationJsonLd(ctx, org),
    breadcrumbJsonLd(ctx, [
      { name: ctx.t('nav.organisations'), path: paths.organisations(ctx.locale) },
      { name: org.name, path: paths.organisation(ctx.locale, org.slug) },
    ]),
  ];
}

export function personPageJsonLd(ctx: PageContext, person: PersonView): Json[] {
  return [
    personJsonLd(ctx, person),
    breadcrumbJsonLd(ctx, [
      { name: ctx.t('nav.people'), path: paths.people(ctx.locale) },
      { name: person.name, path: paths.person(ctx.locale, person.slug) },
    ]),
  ];
}

export function projectPageJsonLd(
  ctx: PageContext,
  project: { slug: string; name: string },
): Json[] {
  return [
    breadcrumbJsonLd(ctx, [
      { name: ctx.t('nav.projects'), path: paths.projects(ctx.locale) },
      { name: project.name, path: paths.project(ctx.locale, project.slug) },
    ]),
  ];
}

// schema.org structured data as JSON-LD, the parts every page shares: the safe text for a
// <script> element (no "<", ">" or "&" survives, so no text can close it), dates with the event's
// offset, the publisher, references to organisations and people, and breadcrumbs. Each feature
// builds its own main entity (article.json-ld.ts, event.json-ld.ts…) from these.
import { locales, translator } from '../i18n/locales.js';
import { paths, segment } from '../i18n/paths.js';
import { assets, brandImageSizes } from './assets.js';
import type { OrganisationLink } from './cards.js';
import type { PageContext } from './context.js';

export type Json = Record<string, unknown>;
export const schemaContext = 'https://schema.org';

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

/** The `@id` of the cluster's Organization, so every page's publisher names the same node. */
export const publisherId = (ctx: PageContext) => `${ctx.baseUrl}/#organization`;

/**
 * The cluster that publishes the site, with its logo: a PNG, since Google reads no SVG logo
 * (public/favicon.svg stays the browser's icon).
 */
export function publisher(ctx: PageContext): Json {
  return {
    '@type': 'Organization',
    '@id': publisherId(ctx),
    name: ctx.t('site.name'),
    // The home page in the reader's language (the bare origin only redirects to one).
    url: ctx.baseUrl + paths.home(ctx.locale),
    logo: { '@type': 'ImageObject', url: ctx.baseUrl + assets.logo, ...brandImageSizes.logo },
  };
}

/** The site's default sharing image (absolute URL), for pages and entities without their own. */
export const defaultImage = (ctx: PageContext) => ctx.baseUrl + assets.shareImage;

/** The home page's description of the cluster and of the site, whose search it can point to. */
export function homeJsonLd(ctx: PageContext): Json[] {
  const home = ctx.baseUrl + paths.home(ctx.locale);
  const search = `${ctx.baseUrl}/${ctx.locale}/${segment(ctx.locale, 'search')}`;
  const name = ctx.t('site.name');
  // The site's name in the other languages, so a search engine knows them as the same site.
  const otherNames = [...new Set(locales.map((l) => translator(l.code)('site.name')))].filter(
    (n) => n !== name,
  );
  return [
    {
      '@context': schemaContext,
      ...publisher(ctx),
      description: ctx.t('site.description'),
    },
    {
      '@context': schemaContext,
      '@type': 'WebSite',
      '@id': `${home}#website`,
      name,
      ...(otherNames.length > 0 ? { alternateName: otherNames } : {}),
      url: home,
      inLanguage: ctx.locale,
      publisher: { '@id': publisherId(ctx) },
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${search}?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    },
  ];
}

export const orgRef = (ctx: PageContext, o: OrganisationLink): Json => ({
  '@type': 'Organization',
  name: o.name,
  ...(o.acronym && o.acronym !== o.name ? { alternateName: o.acronym } : {}),
  url: ctx.baseUrl + paths.organisation(ctx.locale, o.slug),
});

export const personRef = (ctx: PageContext, p: { slug: string; name: string }): Json => ({
  '@type': 'Person',
  name: p.name,
  url: ctx.baseUrl + paths.person(ctx.locale, p.slug),
});

/** Home › … › the page, each crumb with its absolute URL (the last one is the page itself). */
export function breadcrumbJsonLd(ctx: PageContext, crumbs: { name: string; path: string }[]): Json {
  return {
    '@context': schemaContext,
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

// schema.org structured data as JSON-LD, the parts every page shares: the safe text for a
// <script> element (no "<", ">" or "&" survives, so no text can close it), dates with the event's
// offset, the publisher, references to organisations and people, and breadcrumbs. Each feature
// builds its own main entity (article.json-ld.ts, event.json-ld.ts…) from these.
import { paths } from '../i18n/paths.js';
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

/** The cluster that publishes the site, with its logo. */
export function publisher(ctx: PageContext): Json {
  return {
    '@type': 'Organization',
    name: ctx.t('site.name'),
    url: `${ctx.baseUrl}/`,
    logo: { '@type': 'ImageObject', url: `${ctx.baseUrl}/assets/favicon.svg` },
  };
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

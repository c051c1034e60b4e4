// schema.org Organization of an organisation page.
import { cutExcerpt } from '../lib/excerpt.js';
import { paths } from '../i18n/paths.js';
import type { PageContext } from '../views/context.js';
import { breadcrumbJsonLd, orgRef, schemaContext, type Json } from '../views/json-ld.js';
import type { OrganisationView } from './organisation.presenter.js';

export function organisationJsonLd(ctx: PageContext, org: OrganisationView): Json {
  return {
    '@context': schemaContext,
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

export function organisationPageJsonLd(ctx: PageContext, org: OrganisationView): Json[] {
  return [
    organisationJsonLd(ctx, org),
    breadcrumbJsonLd(ctx, [
      { name: ctx.t('nav.organisations'), path: paths.organisations(ctx.locale) },
      { name: org.name, path: paths.organisation(ctx.locale, org.slug) },
    ]),
  ];
}

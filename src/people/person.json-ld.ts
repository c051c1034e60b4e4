// schema.org Person of a person page: jobTitle and worksFor from the current roles.
import { cutExcerpt } from '../lib/excerpt.js';
import { paths } from '../i18n/paths.js';
import type { PageContext } from '../views/context.js';
import { breadcrumbJsonLd, orgRef, schemaContext, type Json } from '../views/json-ld.js';
import type { PersonView } from './person.presenter.js';

export function personJsonLd(ctx: PageContext, person: PersonView): Json {
  const current = person.roles.filter((r) => r.current);
  return {
    '@context': schemaContext,
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

export function personPageJsonLd(ctx: PageContext, person: PersonView): Json[] {
  return [
    personJsonLd(ctx, person),
    breadcrumbJsonLd(ctx, [
      { name: ctx.t('nav.people'), path: paths.people(ctx.locale) },
      { name: person.name, path: paths.person(ctx.locale, person.slug) },
    ]),
  ];
}

// The structured data of a project page: its breadcrumb.
import { paths } from '../i18n/paths.js';
import type { PageContext } from '../views/context.js';
import { breadcrumbJsonLd, type Json } from '../views/json-ld.js';

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

// What every resource module of the JSON API receives, and the Hono environment of its routes.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '../db/database.js';
import type { RequestVars } from '../http/request-id.js';
import type { Services } from '../services.js';
import { defaultLocale } from '../i18n/locales.js';
import type { SectorRow } from '../sectors/sector.repository.js';
import type { ApiTokenOwner } from './api-token.service.js';
import type { ApiSearch } from './search.api.js';

export interface ApiDeps {
  site: { config: { baseUrl: string }; services: Services };
  database: Database;
  now: () => Date;
  /** The site search; /search is offered when it is given. */
  search?: ApiSearch | undefined;
}

export type ApiEnv = { Variables: RequestVars & { tokenOwner: ApiTokenOwner | undefined } };
export type ApiApp = OpenAPIHono<ApiEnv>;

/** An absolute URL on the site for a path. */
export function absolute(deps: ApiDeps, path: string): string {
  return new URL(path, deps.site.config.baseUrl).toString();
}

/** Sectors by id, named in `locale`, and the sector of a slug (undefined when unknown). */
export async function sectorsIn(deps: ApiDeps, locale: string) {
  const rows = await deps.site.services.sectors.listSectors(locale);
  const byId = new Map<string, SectorRow>(rows.map((s) => [s.id, s]));
  return {
    rows,
    /** Tags of the given sector ids, in display order. */
    tags(ids: readonly string[]) {
      return rows.filter((s) => ids.includes(s.id)).map((s) => ({ slug: s.slug, name: s.name }));
    },
    bySlug: (slug: string) => rows.find((s) => s.slug === slug),
    byId,
  };
}

/** Groups (owner, value) pairs by owner. */
export function groupBy<T>(pairs: readonly T[], owner: (p: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const p of pairs) map.set(owner(p), [...(map.get(owner(p)) ?? []), p]);
  return map;
}

/** The text in `locale`, else in the default locale, else any; with the locale it is in. */
export function pickLocale<T extends { locale: string }>(rows: readonly T[], locale: string) {
  return (
    rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === defaultLocale) ?? rows[0]
  );
}

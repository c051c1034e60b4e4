// How a public page's context is built for one request: the locale's messages, the public
// origin, the language switcher's targets and the sectors of the navigation.
import type { Context } from 'hono';
import { localeInfo, locales, translator } from '../i18n/locales.js';
import type { PageContext } from './context.js';

/** What every public page reads of the site: its origin and the sectors of the navigation. */
export interface SiteShell {
  baseUrl: string;
  sectors: {
    listSectors(locale: string): Promise<{ slug: string; pathSlug: string; name: string }[]>;
  };
}

/** Builds the context of a page; `alternates` maps every locale to this page's path in it. */
export async function pageContext(
  site: SiteShell,
  c: Context,
  locale: string,
  alternates: Record<string, string> | ((locale: string) => string),
): Promise<PageContext> {
  const sectors = await site.sectors.listSectors(locale);
  const alt =
    typeof alternates === 'function'
      ? Object.fromEntries(locales.map((l) => [l.code, alternates(l.code)]))
      : alternates;
  c.header('Content-Language', locale);
  return {
    locale,
    tag: localeInfo(locale).tag,
    t: translator(locale),
    baseUrl: site.baseUrl,
    path: c.req.path,
    alternates: alt,
    sectors: sectors.map((s) => ({ slug: s.slug, pathSlug: s.pathSlug, name: s.name })),
  };
}

// The sitemap's addresses: every public page in every locale, with its alternates (hreflang and
// x-default) and when it last changed. Articles list only their translated addresses: the
// fallback page of an untranslated article is canonicalised to the original, so it is left out.
import { segment, paths } from '../i18n/paths.js';
import type { SitemapEntityRow, SitemapRepository } from './sitemap.repository.js';

export interface SitemapUrl {
  /** Site-relative path. */
  path: string;
  /** ISO instant of the last change, when known. */
  lastmod: string | null;
  /** hreflang → path, including the page itself and `x-default`. */
  alternates: Record<string, string>;
}

export interface SitemapServiceDeps {
  sitemap: SitemapRepository;
  locales: readonly string[];
  defaultLocale: string;
  now: () => Date;
}

const latest = (dates: Iterable<string | null>): string | null => {
  let out: string | null = null;
  for (const d of dates) if (d !== null && (out === null || d > out)) out = d;
  return out;
};

/** A sector's or event's address in `locale`; other entities have one slug. */
const slugIn = (row: SitemapEntityRow, locale: string): string => row.slugs?.[locale] ?? row.slug;

export function sitemapService(deps: SitemapServiceDeps) {
  const { sitemap, locales, defaultLocale } = deps;

  /** One URL per locale for a page that exists in every locale. */
  const everyLocale = (
    pathIn: (locale: string) => string,
    lastmod: string | null,
  ): SitemapUrl[] => {
    const alternates: Record<string, string> = Object.fromEntries(
      locales.map((l) => [l, pathIn(l)]),
    );
    alternates['x-default'] = pathIn(defaultLocale);
    return locales.map((l) => ({ path: pathIn(l), lastmod, alternates }));
  };

  const entities = (
    rows: SitemapEntityRow[],
    pathOf: (locale: string, slug: string) => string,
  ): SitemapUrl[] => rows.flatMap((r) => everyLocale((l) => pathOf(l, slugIn(r, l)), r.updated_at));

  return {
    async listUrls(): Promise<SitemapUrl[]> {
      const now = deps.now().toISOString();
      const [translations, articleSectors, sectors, organisations, people, events, projects] =
        await Promise.all([
          sitemap.listPublicTranslations(now),
          sitemap.listArticleSectors(),
          sitemap.listSectors(),
          sitemap.listEntities('organisation'),
          sitemap.listEntities('person'),
          sitemap.listEvents(),
          sitemap.listEntities('project'),
        ]);

      // Articles: one URL per published translation, alternates between translations only.
      const byArticle = new Map<string, typeof translations>();
      for (const t of translations)
        byArticle.set(t.article_id, [...(byArticle.get(t.article_id) ?? []), t]);
      const changedOf = new Map<string, string>();
      const articleUrls: SitemapUrl[] = [];
      for (const [id, list] of byArticle) {
        const alternates: Record<string, string> = {};
        for (const t of list) alternates[t.locale] = paths.article(t.locale, t.slug);
        const original = list.find((t) => t.locale === defaultLocale) ?? list[0]!;
        alternates['x-default'] = paths.article(original.locale, original.slug);
        for (const t of list) {
          const lastmod =
            t.translation_updated_at > t.article_updated_at
              ? t.translation_updated_at
              : t.article_updated_at;
          changedOf.set(id, latest([changedOf.get(id) ?? null, lastmod])!);
          articleUrls.push({ path: paths.article(t.locale, t.slug), lastmod, alternates });
        }
      }
      const newsChanged = latest(changedOf.values());
      const sectorChanged = (slug: string, own: string) =>
        latest([
          own,
          ...articleSectors
            .filter((x) => x.slug === slug)
            .map((x) => changedOf.get(x.article_id) ?? null),
        ]);
      const changed = (rows: SitemapEntityRow[]) => latest(rows.map((r) => r.updated_at));

      return [
        ...everyLocale(paths.home, newsChanged),
        ...everyLocale((l) => paths.news(l), newsChanged),
        ...sectors.flatMap((s) =>
          everyLocale((l) => paths.sector(l, slugIn(s, l)), sectorChanged(s.slug, s.updated_at)),
        ),
        ...articleUrls,
        ...everyLocale((l) => paths.organisations(l), changed(organisations)),
        ...entities(organisations, (l, slug) => paths.organisation(l, slug)),
        ...everyLocale((l) => paths.people(l), changed(people)),
        ...entities(people, (l, slug) => paths.person(l, slug)),
        ...everyLocale((l) => paths.events(l), changed(events)),
        ...entities(events, (l, slug) => paths.event(l, slug)),
        ...everyLocale((l) => paths.projects(l), changed(projects)),
        ...entities(projects, (l, slug) => paths.project(l, slug)),
        ...everyLocale(
          (l) => `/${l}/${segment(l, 'ecosystem')}`,
          latest([changed(organisations), changed(events), changed(projects), newsChanged]),
        ),
      ];
    },
  };
}

export type SitemapService = ReturnType<typeof sitemapService>;

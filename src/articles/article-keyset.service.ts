// Public articles in keyset pages and one by id or slug, whole (every published text, sectors,
// hero image): the reads of the JSON API, part of the article service. A page of any size takes
// the same five queries.
import type { ArticleKind } from '../db/tables/article.table.js';
import { keysetPage, type KeysetPage } from '../lib/keyset.js';
import type { SectorReads } from '../sectors/sector.service.js';
import { mediaUrl } from '../kernel/media-url.js';
import type { HeroView, SectorTag } from '../views/cards.js';
import type {
  ArticleKeysetRepository,
  PublicArticleFilter,
  PublicArticleRow,
  PublishedTranslationRow,
} from './article-keyset.repository.js';
import type { ArticleRepository } from './article.repository.js';

/** A public article with the text shown in the reader's locale and links to every translation. */
export interface PublicArticle {
  id: string;
  /** The article's version, which every saved change raises (its ETag names it). */
  version: number;
  kind: ArticleKind;
  publishedAt: string;
  /** The latest change of the article or of any of its published translations. */
  updatedAt: string;
  eventId: string | null;
  projectId: string | null;
  /** The text shown: in the reader's locale, else the default locale's, else any. */
  text: {
    locale: string;
    slug: string;
    title: string;
    kicker: string;
    creditLine: string;
    excerpt: string;
    bodyHtml: string;
    seoDescription: string;
  };
  /** Every published translation, in locale order. */
  translations: { locale: string; slug: string }[];
  sectors: SectorTag[];
  hero: HeroView | null;
}

export type PublicArticleQuery = Omit<PublicArticleFilter, 'now'>;

export function articleKeysetReads(deps: {
  keyset: ArticleKeysetRepository;
  articles: ArticleRepository;
  sectors: SectorReads;
  defaultLocale: string;
  now: () => Date;
}) {
  const { keyset, sectors, defaultLocale } = deps;
  const nowIso = () => deps.now().toISOString();
  const pick = <T extends { locale: string }>(rows: readonly T[], locale: string) =>
    rows.find((r) => r.locale === locale) ??
    rows.find((r) => r.locale === defaultLocale) ??
    rows[0];

  async function whole(rows: PublicArticleRow[], locale: string): Promise<PublicArticle[]> {
    const ids = rows.map((r) => r.id);
    const heroIds = rows.flatMap((r) => (r.hero_media_id ? [r.hero_media_id] : []));
    const [texts, sectorMap, heroes] = await Promise.all([
      keyset.listPublishedTranslationTexts(ids),
      sectors.listSectorsOfArticles(ids, locale, defaultLocale),
      keyset.listHeroMedia(heroIds),
    ]);
    const textsOf = new Map<string, PublishedTranslationRow[]>();
    for (const t of texts) textsOf.set(t.article_id, [...(textsOf.get(t.article_id) ?? []), t]);
    return rows.flatMap((row) => {
      const all = textsOf.get(row.id) ?? [];
      const t = pick(all, locale);
      if (!t) return [];
      const hero = heroes.find((m) => m.id === row.hero_media_id);
      const alt = hero && (hero.alts.find((a) => a.locale === t.locale) ?? pick(hero.alts, locale));
      return [
        {
          id: row.id,
          version: row.version,
          kind: row.kind,
          publishedAt: row.published_at,
          updatedAt: all.reduce(
            (max, x) => (x.updated_at > max ? x.updated_at : max),
            row.updated_at,
          ),
          eventId: row.event_id,
          projectId: row.project_id,
          text: {
            locale: t.locale,
            slug: t.slug,
            title: t.title,
            kicker: t.kicker,
            creditLine: t.credit_line,
            excerpt: t.excerpt,
            bodyHtml: t.body_html,
            seoDescription: t.seo_description,
          },
          translations: all.map((x) => ({ locale: x.locale, slug: x.slug })),
          sectors: (sectorMap.get(row.id) ?? []).map((s) => ({
            slug: s.slug,
            pathSlug: s.pathSlug,
            name: s.name,
          })),
          hero: hero
            ? {
                url: mediaUrl(hero.storage_key),
                width: hero.width,
                height: hero.height,
                alt: alt?.alt ?? '',
                caption: t.hero_caption,
                credit: row.hero_credit || hero.credit,
              }
            : null,
        },
      ];
    });
  }

  return {
    /** Public articles newest first, after a position, in the reader's locale. */
    async listPublicArticlesAfter(
      query: PublicArticleQuery,
      locale: string,
    ): Promise<KeysetPage<PublicArticle>> {
      const rows = await keyset.listPublicArticlesAfter({
        ...query,
        now: nowIso(),
        limit: query.limit + 1,
      });
      const page = keysetPage(rows, query.limit);
      return { items: await whole(page.items, locale), more: page.more };
    },

    /** One public article by id, in the reader's locale. */
    async findPublicArticle(id: string, locale: string): Promise<PublicArticle | undefined> {
      const row = await keyset.findPublicArticle(id, nowIso());
      return row && (await whole([row], locale))[0];
    },

    /** The public article whose published translation in `locale` has this slug, in that locale. */
    async findPublicArticleBySlug(
      locale: string,
      slug: string,
    ): Promise<PublicArticle | undefined> {
      const now = nowIso();
      const detail = await deps.articles.findPublicBySlug(locale, slug, now);
      const row = detail && (await keyset.findPublicArticle(detail.id, now));
      return row && (await whole([row], locale))[0];
    },
  };
}

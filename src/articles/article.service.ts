// Rules for reading and writing articles across the article, sector and media repositories.
import { AppError } from '../errors.js';
import { cutExcerpt, markdownToPlainText } from '../lib/excerpt.js';
import { renderMarkdown } from '../lib/markdown.js';
import { pageInfo, type PageInfo } from '../lib/pagination.js';
import { slugify } from '../lib/slug.js';
import type { ImageVariant } from '../views/cards.js';
import type { SectorReads } from '../sectors/sector.service.js';
import { type ArticleView } from './article.presenter.js';
import { mediaUrl } from '../kernel/media-url.js';
import { type ArticleCard } from '../views/cards.js';
import type { ArticleListRow } from './article-public.repository.js';
import type { ArticleRepository, TranslationCard } from './article.repository.js';
import type { ArticleKeysetRepository } from './article-keyset.repository.js';
import { articleKeysetReads } from './article-keyset.service.js';
import type { ArticleKind, TranslationStatus } from '../db/tables/article.table.js';
import { rankRelated, relatedWeights } from './related.js';

export const newsPageSize = 12;
/** Articles per page on an organisation, person, event or project page. */
export const entityNewsPageSize = 6;
const relatedCount = 3;
/** Candidates fetched, already ranked by SQL with the same weights; a few spare rows. */
const relatedCandidates = 12;

export interface ArticleServiceDeps {
  articles: ArticleRepository;
  /** Keyset pages of whole public articles (the JSON API's reads). */
  keyset: ArticleKeysetRepository;
  sectors: SectorReads;
  locales: readonly string[];
  defaultLocale: string;
  now: () => Date;
  /** Keeps the search index in step with a saved article (search.service.ts). */
  indexArticle?: (articleId: string) => Promise<void>;
  /** Variants of uploaded images by original storage key (media.service.ts), for <picture>. */
  media?: {
    variantsByStorageKey(keys: readonly string[]): Promise<Map<string, ImageVariant[]>>;
  };
}

export interface ArticleInput {
  kind: ArticleKind;
  publishedAt: string | null;
  sectorSlugs: string[];
  heroMediaId?: string | null;
  heroCredit?: string | null;
  eventId?: string | null;
  projectId?: string | null;
  translations: Record<
    string,
    {
      title: string;
      slug?: string;
      kicker?: string;
      creditLine?: string;
      body: string;
      excerpt?: string;
      seoDescription?: string;
      heroCaption?: string;
      status?: TranslationStatus;
    }
  >;
}

export type ArticleLookup =
  { kind: 'article'; article: ArticleView } | { kind: 'redirect'; slug: string };

export function articleService(deps: ArticleServiceDeps) {
  const { articles, sectors, defaultLocale } = deps;
  const nowIso = () => deps.now().toISOString();

  /** Picks the translation to show: the reader's locale, else the default, else any. */
  function pick(translations: TranslationCard[], locale: string): TranslationCard | undefined {
    return (
      translations.find((t) => t.locale === locale) ??
      translations.find((t) => t.locale === defaultLocale) ??
      translations[0]
    );
  }

  async function toCards(rows: ArticleListRow[], locale: string): Promise<ArticleCard[]> {
    const ids = rows.map((r) => r.id);
    const heroKeys = rows.flatMap((r) => (r.hero_storage_key ? [r.hero_storage_key] : []));
    const [translations, sectorMap, variants] = await Promise.all([
      articles.listPublishedTranslations(ids),
      sectors.listSectorsOfArticles(ids, locale, defaultLocale),
      deps.media?.variantsByStorageKey(heroKeys),
    ]);
    const byArticle = new Map<string, TranslationCard[]>();
    for (const t of translations)
      byArticle.set(t.article_id, [...(byArticle.get(t.article_id) ?? []), t]);
    return rows.flatMap((row) => {
      const t = pick(byArticle.get(row.id) ?? [], locale);
      if (!t) return [];
      return [
        {
          id: row.id,
          kind: row.kind,
          contentLocale: t.locale,
          slug: t.slug,
          title: t.title,
          excerpt: cutExcerpt(t.excerpt),
          publishedAt: row.published_at,
          sectors: (sectorMap.get(row.id) ?? []).map((s) => ({
            slug: s.slug,
            pathSlug: s.pathSlug,
            name: s.name,
          })),
          heroUrl: row.hero_storage_key ? mediaUrl(row.hero_storage_key) : null,
          heroVariants: (row.hero_storage_key && variants?.get(row.hero_storage_key)) || [],
        },
      ];
    });
  }

  return {
    ...articleKeysetReads(deps),

    /** One page of public news, optionally of one sector; a page past the end is not found. */
    async listNews(
      locale: string,
      page: number,
      opts: { sectorId?: string; pageSize?: number } = {},
    ): Promise<{ items: ArticleCard[]; page: PageInfo }> {
      const size = opts.pageSize ?? newsPageSize;
      const { rows, total } = await articles.listPublicArticles({
        now: nowIso(),
        limit: size,
        offset: (page - 1) * size,
        ...(opts.sectorId ? { sectorId: opts.sectorId } : {}),
      });
      const info = pageInfo(page, size, total);
      if (page > info.pageCount) throw new AppError('not_found', `There is no page ${page}.`);
      return { items: await toCards(rows, locale), page: info };
    },

    /**
     * The article at /{locale}/…/{slug}. A slug of another locale's translation shows that
     * translation (the fallback of DESIGN §4) unless the article exists in `locale`, in which
     * case the reader is redirected to the right slug.
     */
    async getArticlePage(locale: string, slug: string): Promise<ArticleLookup> {
      const now = nowIso();
      let detail = await articles.findPublicBySlug(locale, slug, now);
      if (!detail) {
        for (const other of deps.locales) {
          if (other === locale) continue;
          detail = await articles.findPublicBySlug(other, slug, now);
          if (detail) break;
        }
        if (!detail) throw new AppError('not_found', 'No published article at this address.');
      }
      const slugs = await articles.listPublishedSlugs(detail.id);
      const own = slugs.get(locale);
      if (detail.locale !== locale && own) return { kind: 'redirect', slug: own };

      const [hero, sectorMap, candidates] = await Promise.all([
        detail.hero_media_id
          ? articles.findHeroImage(detail.hero_media_id, detail.locale)
          : undefined,
        sectors.listSectorsOfArticles([detail.id], locale, defaultLocale),
        articles.listRelatedCandidates(detail.id, now, relatedWeights, relatedCandidates),
      ]);
      const ranked = rankRelated(
        detail.id,
        candidates.map((c) => ({ id: c.id, publishedAt: c.published_at, shared: c.shared })),
        relatedCount,
      );
      const relatedRows = ranked.map((r) => candidates.find((c) => c.id === r.id)!);
      const [related, heroVariants] = await Promise.all([
        toCards(relatedRows, locale),
        hero ? deps.media?.variantsByStorageKey([hero.storage_key]) : undefined,
      ]);

      const alternates: ArticleView['alternates'] = {};
      for (const l of deps.locales) {
        const s = slugs.get(l);
        alternates[l] = s
          ? { slug: s, translated: true }
          : { slug: detail.slug, translated: false };
      }
      return {
        kind: 'article',
        article: {
          id: detail.id,
          translationId: detail.translation_id,
          kind: detail.kind,
          contentLocale: detail.locale,
          slug: detail.slug,
          title: detail.title,
          kicker: detail.kicker,
          creditLine: detail.credit_line,
          bodyHtml: detail.body_html,
          description: detail.seo_description || cutExcerpt(detail.excerpt),
          publishedAt: detail.published_at,
          updatedAt:
            detail.translation_updated_at > detail.updated_at
              ? detail.translation_updated_at
              : detail.updated_at,
          hero: hero
            ? {
                url: mediaUrl(hero.storage_key),
                width: hero.width,
                height: hero.height,
                alt: hero.alt ?? '',
                caption: detail.hero_caption,
                credit: detail.hero_credit || hero.credit,
                variants: heroVariants?.get(hero.storage_key) ?? [],
              }
            : null,
          sectors: (sectorMap.get(detail.id) ?? []).map((s) => ({
            slug: s.slug,
            pathSlug: s.pathSlug,
            name: s.name,
          })),
          related,
          alternates,
        },
      };
    },

    /**
     * One page of the public news linked to an entity (confirmed mentions; for events and
     * projects also the article's own link), newest first; a page past the end is not found.
     */
    async listNewsMentioning(
      locale: string,
      entityType: 'organisation' | 'person' | 'event' | 'project',
      entityId: string,
      page: number,
      pageSize = entityNewsPageSize,
    ): Promise<{ items: ArticleCard[]; page: PageInfo }> {
      const { rows, total } = await articles.listPublicArticlesLinkedTo({
        entityType,
        entityId,
        now: nowIso(),
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      const info = pageInfo(page, pageSize, total);
      if (page > info.pageCount) throw new AppError('not_found', `There is no page ${page}.`);
      return { items: await toCards(rows, locale), page: info };
    },

    /** Creates an article with its translations; HTML and excerpts are derived here, at save. */
    async createArticle(input: ArticleInput): Promise<string> {
      const allSectors = await sectors.listSectors(defaultLocale, defaultLocale);
      const sectorIds = input.sectorSlugs.map((slug) => {
        const found = allSectors.find((s) => s.slug === slug);
        if (!found) throw new AppError('invalid_reference', `Unknown sector “${slug}”.`);
        return found.id;
      });
      const translations = Object.entries(input.translations).map(([locale, t]) => {
        if (!deps.locales.includes(locale))
          throw new AppError('bad_request', `Unknown locale “${locale}”.`);
        const status = t.status ?? 'published';
        const manual = t.excerpt?.trim();
        return {
          locale,
          status,
          published_at: status === 'published' ? input.publishedAt : null,
          slug: t.slug ?? slugify(t.title),
          title: t.title,
          kicker: t.kicker ?? '',
          credit_line: t.creditLine ?? '',
          body_md: t.body,
          body_html: renderMarkdown(t.body),
          excerpt: manual ? manual : cutExcerpt(markdownToPlainText(t.body)),
          excerpt_is_manual: Boolean(manual),
          seo_description: t.seoDescription ?? '',
          hero_caption: t.heroCaption ?? '',
        };
      });
      const id = await articles.insertArticle(
        {
          kind: input.kind,
          published_at: input.publishedAt,
          hero_media_id: input.heroMediaId ?? null,
          hero_credit: input.heroCredit ?? null,
          event_id: input.eventId ?? null,
          project_id: input.projectId ?? null,
          sector_ids: sectorIds,
          translations,
        },
        nowIso(),
      );
      await deps.indexArticle?.(id);
      return id;
    },
  };
}

export type ArticleService = ReturnType<typeof articleService>;

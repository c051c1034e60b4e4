// /api/v1/articles: public news, newest first, in pages that follow a keyset cursor.
import { createRoute, z } from '@hono/zod-openapi';
import { articleKinds } from '../articles/article-editor.form.js';
import { mediaUrl } from '../kernel/media-url.js';
import type { ArticleKind } from '../db/tables/article.table.js';
import { AppError } from '../errors.js';
import { locales } from '../i18n/locales.js';
import { paths } from '../i18n/paths.js';
import {
  cursorParam,
  idParams,
  jsonContent,
  limitParam,
  listOf,
  localeParam,
  readErrors,
  sectorParam,
  sectorTagSchema,
  slugPattern,
} from './api.schema.js';
import {
  absolute,
  groupBy,
  pickLocale,
  sectorsIn,
  type ApiApp,
  type ApiDeps,
} from './api.context.js';
import {
  apiArticleRepository,
  type ApiArticleRow,
  type ApiTranslationRow,
} from './articles.repository.js';
import { decodeCursor, pageOf } from './cursor.js';

const kinds = articleKinds as [ArticleKind, ...ArticleKind[]];
const instant =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

const heroSchema = z
  .object({
    url: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    alt: z.string(),
    caption: z.string(),
    credit: z.string(),
  })
  .openapi('HeroImage');

const translationLinkSchema = z
  .object({ locale: z.string(), slug: z.string(), url: z.string() })
  .openapi('TranslationLink');

const articleFields = {
  id: z.string(),
  kind: z.enum(kinds),
  locale: z
    .string()
    .openapi({ description: 'Language of the texts (the fallback when not translated).' }),
  slug: z.string(),
  title: z.string(),
  kicker: z.string(),
  excerpt: z.string(),
  url: z.string().openapi({ description: 'The article’s public page in the requested locale.' }),
  published_at: z.string(),
  updated_at: z.string(),
  sectors: z.array(sectorTagSchema),
  hero: heroSchema.nullable(),
  translations: z.array(translationLinkSchema),
};

export const articleSummarySchema = z.object(articleFields).openapi('ArticleSummary');
export const articleSchema = z
  .object({
    ...articleFields,
    credit_line: z.string(),
    body_html: z.string().openapi({ description: 'Sanitised HTML rendered from the Markdown.' }),
    seo_description: z.string(),
    event_id: z.string().nullable(),
    project_id: z.string().nullable(),
  })
  .openapi('Article');

export type ArticleJson = z.infer<typeof articleSchema>;

function listRoute() {
  return createRoute({
    method: 'get',
    path: '/articles',
    tags: ['articles'],
    summary: 'Public articles, newest first',
    request: {
      query: z.object({
        locale: localeParam(),
        sector: sectorParam,
        kind: z.enum(kinds).optional().openapi({ description: 'Article kind.' }),
        since: z
          .string()
          .regex(instant)
          .refine((v) => !Number.isNaN(Date.parse(v)), 'Not a date')
          .optional()
          .openapi({
            description: 'Only articles published at or after this date or ISO 8601 instant.',
            example: '2025-11-01',
          }),
        lang: z
          .enum(locales.map((l) => l.code) as [string, ...string[]])
          .optional()
          .openapi({ description: 'Only articles published in this language.' }),
        limit: limitParam,
        cursor: cursorParam,
      }),
    },
    responses: {
      200: jsonContent(listOf(articleSummarySchema, 'ArticleList'), 'A page of articles.'),
      ...readErrors,
    },
  });
}

const oneRoute = createRoute({
  method: 'get',
  path: '/articles/{id}',
  tags: ['articles'],
  summary: 'One public article by id',
  request: { params: idParams, query: z.object({ locale: localeParam() }) },
  responses: { 200: jsonContent(articleSchema, 'The article.'), ...readErrors },
});

function bySlugRoute() {
  return createRoute({
    method: 'get',
    path: '/articles/by-slug/{locale}/{slug}',
    tags: ['articles'],
    summary: 'One public article by the slug of one of its translations',
    request: {
      params: z.object({
        locale: z
          .enum(locales.map((l) => l.code) as [string, ...string[]])
          .openapi({ param: { name: 'locale', in: 'path' }, example: 'fr' }),
        slug: z
          .string()
          .max(200)
          .regex(slugPattern)
          .openapi({ param: { name: 'slug', in: 'path' } }),
      }),
    },
    responses: {
      200: jsonContent(articleSchema, 'The article, in that translation.'),
      ...readErrors,
    },
  });
}

/** Turns article rows into JSON in `locale`: translations, sectors, hero images. */
export function articlePresenter(deps: ApiDeps) {
  const repo = apiArticleRepository(deps.database.db);
  return async (rows: ApiArticleRow[], locale: string): Promise<ArticleJson[]> => {
    const ids = rows.map((r) => r.id);
    const heroIds = rows.flatMap((r) => (r.hero_media_id ? [r.hero_media_id] : []));
    const [translations, sectorPairs, media, sectors] = await Promise.all([
      repo.listPublishedTranslations(ids),
      repo.listArticleSectors(ids),
      repo.listMedia(heroIds),
      sectorsIn(deps, locale),
    ]);
    const byArticle = groupBy(translations, (t) => t.article_id);
    const sectorsOf = groupBy(sectorPairs, (p) => p.owner_id);
    const out: ArticleJson[] = [];
    for (const row of rows) {
      const all = byArticle.get(row.id) ?? [];
      const t = pickLocale(all, locale);
      if (!t) continue;
      const hero = media.find((m) => m.id === row.hero_media_id);
      const alts = hero ? await repo.listMediaAlt(hero.id) : [];
      out.push(
        toJson(
          row,
          t,
          all,
          locale,
          sectors.tags((sectorsOf.get(row.id) ?? []).map((p) => p.sector_id)),
          hero && {
            url: absolute(deps, mediaUrl(hero.storage_key)),
            width: hero.width,
            height: hero.height,
            alt: (alts.find((a) => a.locale === t.locale) ?? pickLocale(alts, locale))?.alt ?? '',
            caption: t.hero_caption,
            credit: row.hero_credit || hero.credit,
          },
        ),
      );
    }
    return out;
  };

  function toJson(
    row: ApiArticleRow,
    t: ApiTranslationRow,
    all: ApiTranslationRow[],
    locale: string,
    sectorTags: { slug: string; name: string }[],
    hero: ArticleJson['hero'] | undefined,
  ): ArticleJson {
    const updated = all.reduce(
      (max, x) => (x.updated_at > max ? x.updated_at : max),
      row.updated_at,
    );
    return {
      id: row.id,
      kind: row.kind,
      locale: t.locale,
      slug: t.slug,
      title: t.title,
      kicker: t.kicker,
      excerpt: t.excerpt,
      url: absolute(deps, paths.article(locale, t.slug)),
      published_at: row.published_at,
      updated_at: updated,
      sectors: sectorTags,
      hero: hero ?? null,
      translations: all.map((x) => ({
        locale: x.locale,
        slug: x.slug,
        url: absolute(deps, paths.article(x.locale, x.slug)),
      })),
      credit_line: t.credit_line,
      body_html: t.body_html,
      seo_description: t.seo_description,
      event_id: row.event_id,
      project_id: row.project_id,
    };
  }
}

const summaryKeys = Object.keys(articleFields) as (keyof typeof articleFields)[];
const summaryOf = (a: ArticleJson) =>
  Object.fromEntries(summaryKeys.map((k) => [k, a[k]])) as z.infer<typeof articleSummarySchema>;

export function registerArticleRoutes(api: ApiApp, deps: ApiDeps): void {
  const repo = apiArticleRepository(deps.database.db);
  const present = articlePresenter(deps);
  const nowIso = () => deps.now().toISOString();

  api.openapi(listRoute(), async (c) => {
    const q = c.req.valid('query');
    const after = decodeCursor('articles', 1, q.cursor);
    let sectorId: string | undefined;
    if (q.sector) {
      sectorId = (await sectorsIn(deps, q.locale)).bySlug(q.sector)?.id;
      if (!sectorId) throw new AppError('bad_request', `Unknown sector “${q.sector}”.`);
    }
    const rows = await repo.listArticles({
      now: nowIso(),
      limit: q.limit + 1,
      after: after && { publishedAt: String(after.key[0]), id: after.id },
      sectorId,
      kind: q.kind,
      since: q.since && new Date(q.since).toISOString(),
      lang: q.lang,
    });
    const page = pageOf(rows, q.limit, 'articles', (r) => [r.published_at]);
    const items = await present(page.items, q.locale);
    return c.json({ items: items.map(summaryOf), next_cursor: page.nextCursor }, 200);
  });

  api.openapi(bySlugRoute(), async (c) => {
    const { locale, slug } = c.req.valid('param');
    const id = await repo.findPublicArticleIdBySlug(locale, slug, nowIso());
    const row = id && (await repo.findPublicArticle(id, nowIso()));
    if (!row) throw new AppError('not_found', 'No published article with this slug.');
    const [article] = await present([row], locale);
    if (!article) throw new AppError('not_found', 'No published article with this slug.');
    return c.json(article, 200);
  });

  api.openapi(oneRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { locale } = c.req.valid('query');
    const row = await repo.findPublicArticle(id, nowIso());
    const [article] = row ? await present([row], locale) : [];
    if (!article) throw new AppError('not_found', 'No published article with this id.');
    return c.json(article, 200);
  });
}

// /api/v1/articles: public news, newest first, in pages that follow a keyset cursor.
import { createRoute, z } from '@hono/zod-openapi';
import { articleKinds } from '../articles/article-editor.form.js';
import type { PublicArticle } from '../articles/article-keyset.service.js';
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
  pageContent,
  publicAccess,
  readErrors,
  sectorParam,
  sectorTagSchema,
  slugPattern,
} from './api.schema.js';
import { absolute, sectorIdOf, type ApiApp, type ApiDeps } from './api.context.js';
import { decodeCursor, pageJson } from './cursor.js';
import { withNextLink } from './paging.js';
import { representationTag } from './preconditions.js';

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
    version: z.number().int().openapi({
      description: 'Raised by every saved change; the ETag names it, for If-Match on a write.',
    }),
  })
  .openapi('Article');

export type ArticleJson = z.infer<typeof articleSchema>;

function listRoute() {
  return createRoute({
    method: 'get',
    path: '/articles',
    operationId: 'listArticles',
    security: publicAccess,
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
      200: pageContent(listOf(articleSummarySchema, 'ArticleList'), 'A page of articles.'),
      ...readErrors,
    },
  });
}

const oneRoute = createRoute({
  method: 'get',
  path: '/articles/{id}',
  operationId: 'getArticle',
  security: publicAccess,
  tags: ['articles'],
  summary: 'One public article by id',
  request: { params: idParams, query: z.object({ locale: localeParam() }) },
  responses: { 200: jsonContent(articleSchema, 'The article.'), ...readErrors },
});

function bySlugRoute() {
  return createRoute({
    method: 'get',
    path: '/articles/by-slug/{locale}/{slug}',
    operationId: 'getArticleBySlug',
    security: publicAccess,
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

/** An article of the article service as JSON in `locale` (URLs on the site, absolute). */
export function articleJson(deps: ApiDeps, a: PublicArticle, locale: string): ArticleJson {
  return {
    id: a.id,
    kind: a.kind,
    locale: a.text.locale,
    slug: a.text.slug,
    title: a.text.title,
    kicker: a.text.kicker,
    excerpt: a.text.excerpt,
    url: absolute(deps, paths.article(locale, a.text.slug)),
    published_at: a.publishedAt,
    updated_at: a.updatedAt,
    sectors: a.sectors.map((s) => ({ slug: s.slug, name: s.name })),
    hero: a.hero && {
      url: absolute(deps, a.hero.url),
      width: a.hero.width,
      height: a.hero.height,
      alt: a.hero.alt,
      caption: a.hero.caption,
      credit: a.hero.credit,
    },
    translations: a.translations.map((x) => ({
      locale: x.locale,
      slug: x.slug,
      url: absolute(deps, paths.article(x.locale, x.slug)),
    })),
    credit_line: a.text.creditLine,
    body_html: a.text.bodyHtml,
    seo_description: a.text.seoDescription,
    event_id: a.eventId,
    project_id: a.projectId,
    version: a.version,
  };
}

const summaryKeys = Object.keys(articleFields) as (keyof typeof articleFields)[];
const summaryOf = (a: ArticleJson) =>
  Object.fromEntries(summaryKeys.map((k) => [k, a[k]])) as z.infer<typeof articleSummarySchema>;

export function registerArticleRoutes(api: ApiApp, deps: ApiDeps): void {
  const { articles } = deps.services;

  api.openapi(listRoute(), async (c) => {
    const q = c.req.valid('query');
    const after = decodeCursor('articles', 1, q.cursor);
    const page = await articles.listPublicArticlesAfter(
      {
        limit: q.limit,
        after: after && { publishedAt: String(after.key[0]), id: after.id },
        sectorId: await sectorIdOf(deps, q.sector, q.locale),
        kind: q.kind,
        since: q.since && new Date(q.since).toISOString(),
        lang: q.lang,
      },
      q.locale,
    );
    const json = (a: PublicArticle) => summaryOf(articleJson(deps, a, q.locale));
    return c.json(
      withNextLink(
        c,
        deps,
        pageJson(page, 'articles', (a) => [a.publishedAt], json),
      ),
      200,
    );
  });

  api.openapi(bySlugRoute(), async (c) => {
    const { locale, slug } = c.req.valid('param');
    const article = await articles.findPublicArticleBySlug(locale, slug);
    if (!article) throw new AppError('not_found', 'No published article with this slug.');
    const json = articleJson(deps, article, locale);
    c.header('ETag', representationTag(article.version, json));
    return c.json(json, 200);
  });

  api.openapi(oneRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { locale } = c.req.valid('query');
    const article = await articles.findPublicArticle(id, locale);
    if (!article) throw new AppError('not_found', 'No published article with this id.');
    const json = articleJson(deps, article, locale);
    c.header('ETag', representationTag(article.version, json));
    return c.json(json, 200);
  });
}

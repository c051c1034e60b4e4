// Article writes for editors with a personal API token: drafts created and changed through the
// article editor service, whose rules (roles, statuses, versions) apply.
import { createRoute, z } from '@hono/zod-openapi';
import {
  articleKinds,
  emptyTranslation,
  translationStatuses,
  type ArticleForm,
  type TranslationForm,
} from '../articles/article-editor.form.js';
import type { ArticleKind, TranslationStatus } from '../db/tables/article.table.js';
import { AppError } from '../errors.js';
import { locales, translator } from '../i18n/locales.js';
import { FormError } from '../kernel/form-errors.js';
import { ApiValidationError, bodyPointer } from '../http/problem.js';
import type { ApiApp, ApiDeps } from './api.context.js';
import {
  idParams,
  idPattern,
  jsonContent,
  slugPattern,
  updateErrors,
  writeErrors,
} from './api.schema.js';
import {
  conflictAsPrecondition,
  etagHeader,
  expectedVersion,
  ifMatchHeaders,
  preconditionOf,
  versionTag,
} from './preconditions.js';
import { actorFor, savedSchema, security } from './write-access.js';

const kinds = articleKinds as [ArticleKind, ...ArticleKind[]];
const statuses = translationStatuses as [TranslationStatus, ...TranslationStatus[]];

const translationWrite = z
  .object({
    title: z.string().max(300).optional(),
    body: z.string().max(200_000).optional().openapi({ description: 'Markdown.' }),
    slug: z.string().max(200).regex(slugPattern).optional(),
    kicker: z.string().max(500).optional(),
    credit_line: z.string().max(500).optional(),
    excerpt: z.string().max(1000).optional(),
    seo_description: z.string().max(500).optional(),
    status: z.enum(statuses).optional().openapi({
      description:
        'Defaults to `draft` on a new translation. Publishing or scheduling needs a role that may publish (author: own articles; editor, admin).',
    }),
    scheduled_at: z.iso.datetime().nullable().optional(),
  })
  .openapi('ArticleTranslationWrite');

function translationsWrite() {
  return z.object(Object.fromEntries(locales.map((l) => [l.code, translationWrite.optional()])));
}

function articleCreateSchema() {
  return z
    .object({
      kind: z.enum(kinds).default('news'),
      sectors: z.array(z.string().regex(slugPattern).max(60)).max(20).default([]),
      event_id: z.string().regex(idPattern).nullable().optional(),
      project_id: z.string().regex(idPattern).nullable().optional(),
      translations: translationsWrite(),
    })
    .openapi('ArticleCreate');
}

function articleUpdateSchema() {
  return z
    .object({
      version: z.number().int().min(1).optional().openapi({
        deprecated: true,
        description:
          'The version you read. Deprecated: send `If-Match` instead (a stale body version is a 409 `conflict`, a stale If-Match a 412).',
      }),
      kind: z.enum(kinds).optional(),
      sectors: z.array(z.string().regex(slugPattern).max(60)).max(20).optional(),
      event_id: z.string().regex(idPattern).nullable().optional(),
      project_id: z.string().regex(idPattern).nullable().optional(),
      translations: translationsWrite().optional(),
    })
    .openapi('ArticleUpdate');
}

/** The body field of an editor form field: `fr.scheduledAt` → `#/translations/fr/scheduled_at`. */
function editorFieldPointer(name: string): string {
  const snake = (s: string) => s.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
  const [first = '', rest] = name.split(/\.(.*)/s);
  if (rest !== undefined && locales.some((l) => l.code === first))
    return bodyPointer(['translations', first, snake(rest)]);
  return bodyPointer([snake(name)]);
}

/** The editor's form errors as API errors: a refused status is 403, the rest 422/409 by field. */
function editorError(error: unknown): never {
  if (error instanceof FormError) {
    const t = translator('en');
    const fields = Object.entries(error.fields);
    if (
      fields.some(
        ([, f]) =>
          f.key === 'editor.error.statusForbidden' || f.key === 'editor.error.cannotRemove',
      )
    )
      throw new AppError(
        'forbidden',
        'The token owner’s role may not give this status (publishing and scheduling need a role that may publish).',
      );
    throw new ApiValidationError(
      fields.map(([name, f]) => ({
        pointer: editorFieldPointer(name),
        detail: t(f.key, f.params),
      })),
      'article',
      error.code,
    );
  }
  throw error;
}

type TranslationWrite = z.infer<typeof translationWrite>;

function mergeTranslation(
  before: TranslationForm | undefined,
  w: TranslationWrite,
): TranslationForm {
  const base = before ?? emptyTranslation();
  return {
    ...base,
    ...(w.title !== undefined ? { title: w.title } : {}),
    ...(w.body !== undefined ? { body: w.body } : {}),
    ...(w.slug !== undefined ? { slug: w.slug } : {}),
    ...(w.kicker !== undefined ? { kicker: w.kicker } : {}),
    ...(w.credit_line !== undefined ? { creditLine: w.credit_line } : {}),
    ...(w.excerpt !== undefined ? { excerpt: w.excerpt } : {}),
    ...(w.seo_description !== undefined ? { seoDescription: w.seo_description } : {}),
    ...(w.status !== undefined ? { status: w.status } : {}),
    ...(w.scheduled_at !== undefined ? { scheduledAt: w.scheduled_at } : {}),
  };
}

export function registerArticleWriteRoutes(api: ApiApp, deps: ApiDeps): void {
  const { articleEditor } = deps.services;

  async function sectorIds(slugs: string[]): Promise<string[]> {
    const sectors = await deps.services.sectors.listSectors('fr');
    return slugs.map((slug) => {
      const sector = sectors.find((s) => s.slug === slug);
      if (!sector) throw new AppError('invalid_reference', `Unknown sector “${slug}”.`);
      return sector.id;
    });
  }

  const translationsOf = (
    before: Record<string, TranslationForm>,
    writes: Record<string, TranslationWrite | undefined> | undefined,
  ) => {
    const out = { ...before };
    for (const [locale, w] of Object.entries(writes ?? {}))
      if (w) out[locale] = mergeTranslation(before[locale], w);
    return out;
  };

  api.openapi(
    createRoute({
      method: 'post',
      path: '/articles',
      operationId: 'createArticle',
      tags: ['writes'],
      summary: 'Create an article (a draft unless the role may publish and asks to)',
      security,
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: articleCreateSchema() } },
        },
      },
      responses: {
        201: { ...jsonContent(savedSchema, 'Created.'), headers: etagHeader },
        ...writeErrors,
      },
    }),
    async (c) => {
      const actor = actorFor(c, 'article.create');
      const body = c.req.valid('json');
      const form: ArticleForm = {
        kind: body.kind,
        sectorIds: await sectorIds(body.sectors),
        heroMediaId: null,
        heroCredit: '',
        eventId: body.event_id ?? null,
        projectId: body.project_id ?? null,
        translations: translationsOf({}, body.translations),
      };
      const saved = await articleEditor.createArticle(actor, form).catch(editorError);
      c.header('Location', `/api/v1/articles/${saved.id}`);
      c.header('ETag', versionTag(saved.version));
      return c.json(saved, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/articles/{id}',
      operationId: 'updateArticle',
      tags: ['writes'],
      summary: 'Change an article: the given fields and translations, at the version read',
      security,
      request: {
        params: idParams,
        headers: ifMatchHeaders,
        body: {
          required: true,
          content: { 'application/json': { schema: articleUpdateSchema() } },
        },
      },
      responses: {
        200: { ...jsonContent(savedSchema, 'Saved.'), headers: etagHeader },
        ...updateErrors,
      },
    }),
    async (c) => {
      const actor = actorFor(c, 'article.create');
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const current = await articleEditor.getArticle(actor, id);
      const pre = preconditionOf(c, body.version);
      const expected = expectedVersion(pre, current.version);
      const form: ArticleForm = {
        ...current.form,
        ...(body.kind ? { kind: body.kind } : {}),
        ...(body.sectors ? { sectorIds: await sectorIds(body.sectors) } : {}),
        ...(body.event_id !== undefined ? { eventId: body.event_id } : {}),
        ...(body.project_id !== undefined ? { projectId: body.project_id } : {}),
        translations: translationsOf(current.form.translations, body.translations),
      };
      const saved = await articleEditor
        .saveArticle(actor, id, expected, form, 'saved through the API')
        .catch(conflictAsPrecondition(pre))
        .catch(editorError);
      c.header('ETag', versionTag(saved.version));
      return c.json(saved, 200);
    },
  );
}

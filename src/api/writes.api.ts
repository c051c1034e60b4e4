// Writes for editors with a personal API token, limited by the owner's role through the
// permission matrix: article drafts (through the article editor service, whose rules apply),
// organisation updates, and decisions on an article's detected mentions.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { FormError } from '../kernel/form-errors.js';
import {
  articleKinds,
  emptyTranslation,
  translationStatuses,
  type ArticleForm,
  type TranslationForm,
} from '../articles/article-editor.form.js';
import type { Actor } from '../kernel/actor.js';
import type { ArticleKind, TranslationStatus } from '../db/tables/article.table.js';
import { AppError } from '../errors.js';
import { locales, translator } from '../i18n/locales.js';
import { organisationKinds } from '../organisations/organisation.schema.js';
import { can, type Action } from '../kernel/permissions.js';
import { ApiValidationError } from '../http/error-handler.js';
import { sectorsIn, type ApiApp, type ApiDeps, type ApiEnv } from './api.context.js';
import { idParams, idPattern, jsonContent, slugPattern, writeErrors } from './api.schema.js';
import { ConflictError } from '../kernel/form-errors.js';

const kinds = articleKinds as [ArticleKind, ...ArticleKind[]];
const statuses = translationStatuses as [TranslationStatus, ...TranslationStatus[]];
const security = [{ token: [] }];

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
      version: z.number().int().min(1).openapi({ description: 'The version you read.' }),
      kind: z.enum(kinds).optional(),
      sectors: z.array(z.string().regex(slugPattern).max(60)).max(20).optional(),
      event_id: z.string().regex(idPattern).nullable().optional(),
      project_id: z.string().regex(idPattern).nullable().optional(),
      translations: translationsWrite().optional(),
    })
    .openapi('ArticleUpdate');
}

const savedSchema = z.object({ id: z.string(), version: z.number().int() }).openapi('Saved');

const organisationTextWrite = z.object({
  description: z.string().max(20_000).optional(),
  competences: z.array(z.string().min(1).max(200)).max(100).optional(),
});

function organisationUpdateSchema() {
  return z
    .object({
      version: z.number().int().min(1).openapi({ description: 'The version you read.' }),
      name: z.string().trim().min(1).max(300).optional(),
      acronym: z.string().trim().max(40).nullable().optional(),
      kind: z.enum(organisationKinds).optional(),
      country: z
        .string()
        .regex(/^[A-Za-z]{2}$/)
        .nullable()
        .optional(),
      city: z.string().trim().max(200).nullable().optional(),
      website: z
        .url({ protocol: /^https?$/ })
        .max(500)
        .nullable()
        .optional(),
      is_member: z.boolean().optional(),
      texts: z
        .object(Object.fromEntries(locales.map((l) => [l.code, organisationTextWrite.optional()])))
        .optional()
        .openapi({ description: 'Description and competences per locale.' }),
    })
    .openapi('OrganisationUpdate');
}

const mentionSchema = z
  .object({
    id: z.string(),
    locale: z.string(),
    entity_type: z.string(),
    entity_id: z.string().nullable(),
    surface: z.string(),
    state: z.enum(['suggested', 'confirmed', 'rejected']),
    version: z.number().int(),
  })
  .openapi('Mention');

const mentionParams = z.object({
  id: z
    .string()
    .regex(idPattern)
    .openapi({ param: { name: 'id', in: 'path' } }),
  mentionId: z
    .string()
    .regex(idPattern)
    .openapi({ param: { name: 'mentionId', in: 'path' } }),
});

/** The token's owner as the article editor sees them, after checking the matrix grants `action`. */
function actorFor(c: Context<ApiEnv>, action: Action): Actor {
  const owner = c.var.tokenOwner;
  if (!owner) throw new AppError('unauthorized', 'Send a personal API token.');
  if (!can(owner.role, action))
    throw new AppError(
      'forbidden',
      `The token owner’s role (${owner.role}) does not allow ${action}.`,
    );
  return { id: owner.userId, role: owner.role };
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
      fields.map(([name, f]) => ({ name, message: t(f.key, f.params) })),
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

export function registerWriteRoutes(api: ApiApp, deps: ApiDeps): void {
  const { articleEditor, mentionReview, audit } = deps.site.services;

  async function sectorIds(slugs: string[]): Promise<string[]> {
    const sectors = await sectorsIn(deps, 'fr');
    return slugs.map((slug) => {
      const sector = sectors.bySlug(slug);
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
      tags: ['writes'],
      summary: 'Create an article (a draft unless the role may publish and asks to)',
      security,
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: articleCreateSchema() } },
        },
      },
      responses: { 201: jsonContent(savedSchema, 'Created.'), ...writeErrors },
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
      return c.json(saved, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/articles/{id}',
      tags: ['writes'],
      summary: 'Change an article: the given fields and translations, at the version read',
      security,
      request: {
        params: idParams,
        body: {
          required: true,
          content: { 'application/json': { schema: articleUpdateSchema() } },
        },
      },
      responses: { 200: jsonContent(savedSchema, 'Saved.'), ...writeErrors },
    }),
    async (c) => {
      const actor = actorFor(c, 'article.create');
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const current = await articleEditor.getArticle(actor, id);
      const form: ArticleForm = {
        ...current.form,
        ...(body.kind ? { kind: body.kind } : {}),
        ...(body.sectors ? { sectorIds: await sectorIds(body.sectors) } : {}),
        ...(body.event_id !== undefined ? { eventId: body.event_id } : {}),
        ...(body.project_id !== undefined ? { projectId: body.project_id } : {}),
        translations: translationsOf(current.form.translations, body.translations),
      };
      const saved = await articleEditor
        .saveArticle(actor, id, body.version, form, 'saved through the API')
        .catch(editorError);
      return c.json(saved, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/articles/{id}/mentions',
      tags: ['writes'],
      summary: 'The detected mentions of an article, for review (needs a token)',
      security,
      request: { params: idParams },
      responses: {
        200: jsonContent(
          z.object({ items: z.array(mentionSchema) }).openapi('MentionList'),
          'The mentions.',
        ),
        ...writeErrors,
      },
    }),
    async (c) => {
      const actor = actorFor(c, 'mention.review');
      const { id } = c.req.valid('param');
      const translations = await mentionReview.listMentions(actor, id);
      c.header('Cache-Control', 'private, no-store');
      return c.json(
        {
          items: translations.flatMap((t) =>
            t.mentions.map((m) => ({
              id: m.id,
              locale: t.locale,
              entity_type: m.entityType,
              entity_id: m.entityId,
              surface: m.surface,
              state: m.state,
              version: m.version,
            })),
          ),
        },
        200,
      );
    },
  );

  for (const decision of ['confirm', 'reject'] as const) {
    api.openapi(
      createRoute({
        method: 'post',
        path: `/articles/{id}/mentions/{mentionId}/${decision}`,
        tags: ['writes'],
        summary: `${decision === 'confirm' ? 'Confirm' : 'Reject'} a detected mention`,
        security,
        request: {
          params: mentionParams,
          body: {
            required: false,
            content: {
              'application/json': {
                schema: z
                  .object({ version: z.number().int().min(1).optional() })
                  .openapi('MentionDecision'),
              },
            },
          },
        },
        responses: { 200: jsonContent(mentionSchema, 'The mention as decided.'), ...writeErrors },
      }),
      async (c) => {
        const actor = actorFor(c, 'mention.review');
        const { id, mentionId } = c.req.valid('param');
        const body = c.req.header('content-type')?.includes('json') ? c.req.valid('json') : {};
        const before = (await mentionReview.listMentions(actor, id)).find((t) =>
          t.mentions.some((m) => m.id === mentionId),
        );
        const m = await mentionReview.decideMention(actor, id, mentionId, decision, body.version);
        return c.json(
          {
            id: m.id,
            locale: before?.locale ?? '',
            entity_type: m.entityType,
            entity_id: m.entityId,
            surface: m.surface,
            state: m.state,
            version: m.version,
          },
          200,
        );
      },
    );
  }

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/organisations/{id}',
      tags: ['writes'],
      summary: 'Change an organisation at the version read (needs the directory.edit permission)',
      security,
      request: {
        params: idParams,
        body: {
          required: true,
          content: { 'application/json': { schema: organisationUpdateSchema() } },
        },
      },
      responses: { 200: jsonContent(savedSchema, 'Saved.'), ...writeErrors },
    }),
    async (c) => {
      const actor = actorFor(c, 'directory.edit');
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const editor = deps.site.services.directory.organisations;
      if (!editor) throw new AppError('not_found', 'No such organisation.');
      // The same rules as the admin form: a revision, the version check, the directory checks.
      const current = await editor.getEntry(id);
      if (current.deletedAt !== null) throw new AppError('not_found', 'No such organisation.');
      const form = { ...current.form };
      const set = (key: string, value: string | null | undefined) => {
        if (value !== undefined) form[key] = value ?? '';
      };
      set('name', body.name);
      set('acronym', body.acronym);
      set('kind', body.kind);
      set('country', body.country);
      set('city', body.city);
      set('website', body.website);
      if (body.is_member !== undefined) form.is_member = body.is_member ? '1' : '';
      for (const [locale, t] of Object.entries(body.texts ?? {})) {
        if (!t) continue;
        set(`${locale}.description`, t.description);
        set(`${locale}.competences`, t.competences?.join('\n'));
      }
      let version: number;
      try {
        version = await editor.saveEntry(actor, id, body.version, form);
      } catch (error) {
        if (error instanceof ConflictError)
          throw new AppError(
            'conflict',
            `This organisation is at version ${error.theirsVersion}, not ${body.version}; nothing was saved.`,
          );
        throw error;
      }
      await audit.record({
        actorId: actor.id,
        action: 'api.organisation.update',
        entityType: 'organisation',
        entityId: id,
        userAgent: c.req.header('user-agent') ?? null,
        detail: {
          token: c.var.tokenOwner?.tokenId,
          fields: Object.keys(body).filter((k) => k !== 'version'),
        },
      });
      return c.json({ id, version }, 200);
    },
  );
}

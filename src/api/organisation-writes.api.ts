// Organisation updates with a personal API token: the same rules as the admin form (a revision,
// the version check, the directory checks) through the organisation's directory editor.
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../errors.js';
import { locales } from '../i18n/locales.js';
import { ConflictError } from '../kernel/form-errors.js';
import { organisationKinds } from '../organisations/organisation.schema.js';
import type { ApiApp, ApiDeps } from './api.context.js';
import { directoryStatusSchema, idParams, jsonContent, updateErrors } from './api.schema.js';
import {
  conflictAsPrecondition,
  etagHeader,
  expectedVersion,
  ifMatchHeaders,
  preconditionOf,
  versionTag,
} from './preconditions.js';
import { actorFor, savedSchema, security } from './write-access.js';

const organisationTextWrite = z.object({
  description: z.string().max(20_000).optional(),
  competences: z.array(z.string().min(1).max(200)).max(100).optional(),
});

function organisationUpdateSchema() {
  return z
    .object({
      version: z.number().int().min(1).optional().openapi({
        deprecated: true,
        description:
          'The version you read. Deprecated: send `If-Match` instead (a stale body version is a 409 `conflict`, a stale If-Match a 412).',
      }),
      name: z.string().trim().min(1).max(300).optional(),
      acronym: z.string().trim().max(40).nullable().optional(),
      kind: z.enum(organisationKinds).optional(),
      country: z
        .string()
        .regex(/^[A-Za-z]{2}$/)
        .nullable()
        .optional(),
      // The directory's limits (organisation.editor.ts), so the edge names the field.
      city: z.string().trim().max(100).nullable().optional(),
      website: z
        .url({ protocol: /^https?$/ })
        .max(500)
        .nullable()
        .optional(),
      is_member: z.boolean().optional(),
      // `published` publishes a draft (the directory's checks apply); `draft` unpublishes.
      status: directoryStatusSchema.optional(),
      texts: z
        .object(Object.fromEntries(locales.map((l) => [l.code, organisationTextWrite.optional()])))
        .optional()
        .openapi({ description: 'Description and competences per locale.' }),
    })
    .openapi('OrganisationUpdate');
}

export function registerOrganisationWriteRoutes(api: ApiApp, deps: ApiDeps): void {
  const { audit } = deps.services;

  api.openapi(
    createRoute({
      method: 'patch',
      path: '/organisations/{id}',
      operationId: 'updateOrganisation',
      tags: ['writes'],
      summary: 'Change an organisation at the version read (needs the directory.edit permission)',
      security,
      request: {
        params: idParams,
        headers: ifMatchHeaders,
        body: {
          required: true,
          content: { 'application/json': { schema: organisationUpdateSchema() } },
        },
      },
      responses: {
        200: { ...jsonContent(savedSchema, 'Saved.'), headers: etagHeader },
        ...updateErrors,
      },
    }),
    async (c) => {
      const actor = actorFor(c, 'directory.edit');
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const editor = deps.services.directory.organisations;
      // The same rules as the admin form: a revision, the version check, the directory checks.
      const current = await editor.getEntry(id);
      if (current.deletedAt !== null) throw new AppError('not_found', 'No such organisation.');
      const pre = preconditionOf(c, body.version);
      const expected = expectedVersion(pre, current.version);
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
      set('status', body.status);
      if (body.is_member !== undefined) form.is_member = body.is_member ? '1' : '';
      for (const [locale, t] of Object.entries(body.texts ?? {})) {
        if (!t) continue;
        set(`${locale}.description`, t.description);
        set(`${locale}.competences`, t.competences?.join('\n'));
      }
      let version: number;
      try {
        version = await editor
          .saveEntry(actor, id, expected, form)
          .catch(conflictAsPrecondition(pre));
      } catch (error) {
        if (error instanceof ConflictError)
          throw new AppError(
            'conflict',
            `This organisation is at version ${error.theirsVersion}, not ${expected}; nothing was saved.`,
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
      c.header('ETag', versionTag(version));
      return c.json({ id, version }, 200);
    },
  );
}

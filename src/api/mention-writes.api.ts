// The review of an article's detected mentions with a personal API token: list them, confirm or
// reject one (through the mention review service).
import { createRoute, z } from '@hono/zod-openapi';
import type { MentionReviewService } from '../articles/mention-review.service.js';
import type { ApiApp, ApiDeps } from './api.context.js';
import { idParams, idPattern, jsonContent, tokenReadErrors, writeErrors } from './api.schema.js';
import { actorFor, security } from './write-access.js';

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

/** A mention of the mention review service as JSON, with the locale of its translation. */
function mentionJson(
  m: Awaited<ReturnType<MentionReviewService['decideMention']>>,
  locale: string,
): z.infer<typeof mentionSchema> {
  return {
    id: m.id,
    locale,
    entity_type: m.entityType,
    entity_id: m.entityId,
    surface: m.surface,
    state: m.state,
    version: m.version,
  };
}

export function registerMentionWriteRoutes(api: ApiApp, deps: ApiDeps): void {
  const { mentionReview } = deps.services;

  api.openapi(
    createRoute({
      method: 'get',
      path: '/articles/{id}/mentions',
      operationId: 'listArticleMentions',
      tags: ['writes'],
      summary: 'The detected mentions of an article, for review (needs a token)',
      security,
      request: { params: idParams },
      responses: {
        200: jsonContent(
          z.object({ items: z.array(mentionSchema) }).openapi('MentionList'),
          'The mentions.',
        ),
        ...tokenReadErrors,
      },
    }),
    async (c) => {
      const actor = actorFor(c, 'mention.review');
      const { id } = c.req.valid('param');
      const translations = await mentionReview.listMentions(actor, id);
      c.header('Cache-Control', 'private, no-store');
      return c.json(
        {
          items: translations.flatMap((t) => t.mentions.map((m) => mentionJson(m, t.locale))),
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
        operationId: `${decision}Mention`,
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
        return c.json(mentionJson(m, before?.locale ?? ''), 200);
      },
    );
  }
}

// Mention review from the article edit page: confirm or reject a detected mention, or create the
// organisation or person a suggestion names (then linked to the mention).
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { actorOf } from '../kernel/admin-request.js';
import { mountAdminRoute } from '../kernel/admin-routes.js';
import { recordAudit, type AppEnv } from '../kernel/auth.js';
import {
  adminError,
  articleId,
  body,
  idPattern,
  type ArticleEditorSite,
} from './article-admin.request.js';
import { articleEditorRoutes as r } from './article-admin.routes.js';
import { suggestionSchema } from './mention-review.schema.js';

export function registerMentionReview(admin: Hono<AppEnv>, site: ArticleEditorSite): void {
  const review = site.mentionReview;

  const decide = (decision: 'confirm' | 'reject') => async (c: Context<AppEnv>) => {
    try {
      const id = articleId(c);
      const mention = c.req.param('mention') ?? '';
      if (!idPattern.test(mention)) throw new AppError('not_found', 'This mention does not exist.');
      const b = await body(c);
      const version = z.coerce.number().int().min(1).safeParse(b.version);
      await review.decideMention(
        actorOf(c),
        id,
        mention,
        decision,
        version.success ? version.data : undefined,
      );
      await recordAudit(c, `mention.${decision}`, { type: 'article', id }, { mention });
      return c.redirect(`/admin/articles/${id}?done=mention#mentions`, 303);
    } catch (error) {
      return adminError(c, error);
    }
  };
  mountAdminRoute(admin, r.confirmMention, decide('confirm'));
  mountAdminRoute(admin, r.rejectMention, decide('reject'));

  mountAdminRoute(admin, r.createFromSuggestion, async (c) => {
    try {
      const id = articleId(c);
      const mention = c.req.param('mention') ?? '';
      if (!idPattern.test(mention)) throw new AppError('not_found', 'This mention does not exist.');
      const parsed = suggestionSchema.safeParse(await body(c));
      if (!parsed.success) throw new AppError('bad_request', 'Fill in the name of what to create.');
      const p = parsed.data;
      const created = await review.createFromSuggestion(
        actorOf(c),
        id,
        mention,
        p.kind === 'organisation'
          ? {
              kind: 'organisation',
              name: p.name,
              acronym: p.acronym,
              organisationKind: p.organisation_kind,
            }
          : {
              kind: 'person',
              givenName: p.given_name,
              familyName: p.family_name,
              organisationId: p.organisation_id ?? null,
              organisationName: p.organisation_name,
              organisationKind: p.organisation_kind,
              role: p.role,
            },
      );
      // Confirming a suggestion whose entity exists already (made from another row or language)
      // links the mention to it: a confirmation, not a creation.
      if (created.created)
        await recordAudit(
          c,
          `${created.entityType}.create`,
          { type: created.entityType, id: created.entityId },
          { fromMention: mention, article: id },
        );
      else
        await recordAudit(
          c,
          'mention.confirm',
          { type: 'article', id },
          { mention, entity: `${created.entityType}:${created.entityId}` },
        );
      return c.redirect(`/admin/articles/${id}?done=entity#mentions`, 303);
    } catch (error) {
      return adminError(c, error);
    }
  });
}

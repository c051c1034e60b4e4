// An article's revisions: the list, the line diff of two of them, and restoring one as a new
// save (the conflict screen or the form with its errors when that save cannot be made).
import type { Hono } from 'hono';
import { AppError } from '../errors.js';
import { adminContext } from '../kernel/admin-context.js';
import { actorOf } from '../kernel/admin-request.js';
import { mountAdminRoute } from '../kernel/admin-routes.js';
import { recordAudit, type AppEnv } from '../kernel/auth.js';
import { ConflictError, FormError } from '../kernel/form-errors.js';
import { AdminLayout } from '../views/admin-layout.js';
import { RevisionDiff, RevisionList } from '../views/revision.views.js';
import {
  adminError,
  articleId,
  body,
  idPattern,
  type ArticleEditorSite,
} from './article-admin.request.js';
import { articleEditorRoutes as r } from './article-admin.routes.js';
import type { ArticleForm } from './article-editor.form.js';
import { renderArticleConflict, renderArticleForm } from './article-form.admin.js';
import { parseVersion } from './article-form.schema.js';
import { fieldLabel } from './article-form.views.js';

export function registerArticleRevisions(admin: Hono<AppEnv>, site: ArticleEditorSite): void {
  const editor = site.articleEditor;

  mountAdminRoute(admin, r.revisions, async (c) => {
    try {
      const actor = actorOf(c);
      const id = articleId(c);
      const [article, revisions] = await Promise.all([
        editor.getArticle(actor, id),
        editor.listRevisions(actor, id),
      ]);
      const ctx = adminContext(c);
      return c.html(
        <AdminLayout ctx={ctx} title={ctx.t('editor.revisions')}>
          <p class="editor-breadcrumb">
            <a href={`/admin/articles/${id}`}>{ctx.t('editor.edit')}</a>
          </p>
          <h1>{ctx.t('editor.revisions')}</h1>
          <RevisionList
            ctx={ctx}
            base={`/admin/articles/${id}`}
            version={article.version}
            revisions={revisions}
          />
        </AdminLayout>,
      );
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.diff, async (c) => {
    try {
      const id = articleId(c);
      const from = c.req.query('from') ?? '';
      const to = c.req.query('to') ?? '';
      if (!idPattern.test(from) || !idPattern.test(to))
        throw new AppError('bad_request', 'Choose two revisions to compare.');
      const diff = await editor.diffRevisions(actorOf(c), id, from, to);
      const ctx = adminContext(c);
      return c.html(
        <AdminLayout ctx={ctx} title={ctx.t('editor.diff.title')}>
          <p class="editor-breadcrumb">
            <a href={`/admin/articles/${id}/revisions`}>{ctx.t('editor.revisions')}</a>
          </p>
          <h1>{ctx.t('editor.diff.title')}</h1>
          <RevisionDiff
            ctx={ctx}
            from={diff.from}
            to={diff.to}
            fields={diff.fields}
            label={(field) => fieldLabel(ctx, field)}
          />
        </AdminLayout>,
      );
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.restoreRevision, async (c) => {
    const id = articleId(c);
    const rev = c.req.param('rev') ?? '';
    try {
      if (!idPattern.test(rev)) throw new AppError('not_found', 'This revision does not exist.');
      const version = parseVersion(await body(c));
      await editor.restoreRevision(actorOf(c), id, rev, version);
      await recordAudit(c, 'article.revision.restore', { type: 'article', id }, { revision: rev });
      return c.redirect(`/admin/articles/${id}?done=restored`, 303);
    } catch (error) {
      if (error instanceof ConflictError) {
        const revision = await editor.getRevision(actorOf(c), id, rev);
        return renderArticleConflict(c, id, revision.form, error as ConflictError<ArticleForm>);
      }
      if (error instanceof FormError) {
        const article = await editor.getArticle(actorOf(c), id);
        const revision = await editor.getRevision(actorOf(c), id, rev);
        return renderArticleForm(c, site, {
          article,
          form: revision.form,
          errors: error.fields,
          status: 422,
        });
      }
      return adminError(c, error);
    }
  });
}

// The newsroom's article list with its filters, and the trash: moving an article there and back,
// and emptying it (admins). Mounted before the form's /:id routes, whose paths would match.
import type { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { adminContext } from '../kernel/admin-context.js';
import { actorOf, flashOf } from '../kernel/admin-request.js';
import { mountAdminRoute } from '../kernel/admin-routes.js';
import { recordAudit, type AppEnv } from '../kernel/auth.js';
import { parsePageParam } from '../lib/pagination.js';
import { AdminLayout } from '../views/admin-layout.js';
import {
  adminError,
  articleId,
  codes,
  flashes,
  type ArticleEditorSite,
} from './article-admin.request.js';
import { articleEditorRoutes as r } from './article-admin.routes.js';
import { canTrashArticle } from './article-editor.policy.js';
import { ArticleList, TrashList } from './article-list.views.js';

const listQuery = z.object({
  status: z.enum(['', 'draft', 'in_review', 'scheduled', 'published', 'archived']).optional(),
  sector: z.string().max(64).optional(),
  locale: z.string().max(8).optional(),
  q: z.string().max(200).optional(),
});

export function registerArticleList(admin: Hono<AppEnv>, site: ArticleEditorSite): void {
  const editor = site.articleEditor;

  mountAdminRoute(admin, r.list, async (c) => {
    const ctx = adminContext(c);
    const page = parsePageParam(c.req.query('page'));
    const parsed = listQuery.safeParse(c.req.query());
    if (page === undefined || !parsed.success)
      return adminError(c, new AppError('bad_request', 'Invalid filter.'));
    const f = parsed.data;
    const filter = {
      trashed: false,
      status: f.status || undefined,
      sectorId: f.sector || undefined,
      locale: f.locale && codes.includes(f.locale) ? f.locale : undefined,
      q: f.q?.trim() || undefined,
    };
    try {
      const { items, page: info } = await editor.listArticles(actorOf(c), filter, page);
      const sectors = await site.sectors.listSectors(ctx.locale);
      const query = (p: number) => {
        const params = new URLSearchParams({
          ...(f.q ? { q: f.q } : {}),
          ...(f.status ? { status: f.status } : {}),
          ...(f.sector ? { sector: f.sector } : {}),
          ...(f.locale ? { locale: f.locale } : {}),
        });
        if (p > 1) params.set('page', String(p));
        const s = params.toString();
        return s ? `/admin/articles?${s}` : '/admin/articles';
      };
      return c.html(
        <AdminLayout ctx={ctx} title={ctx.t('editor.articles')} flash={flashOf(ctx, c, flashes)}>
          <h1>{ctx.t('editor.articles')}</h1>
          <p class="editor-links">
            <a class="button" href="/admin/articles/new">
              {ctx.t('editor.new')}
            </a>{' '}
            {canTrashArticle(actorOf(c)) ? (
              <a href="/admin/articles/trash">{ctx.t('editor.trash')}</a>
            ) : null}
          </p>
          <ArticleList
            ctx={ctx}
            items={items}
            page={info}
            filter={{ status: f.status, sector: f.sector, locale: f.locale, q: f.q }}
            sectors={sectors.map((s) => ({ id: s.id, name: s.name }))}
            locales={codes}
            href={query}
          />
        </AdminLayout>,
      );
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.trash, async (c) => {
    const ctx = adminContext(c);
    const actor = actorOf(c);
    const page = parsePageParam(c.req.query('page')) ?? 1;
    try {
      const { items } = await editor.listArticles(actor, { trashed: true }, page);
      return c.html(
        <AdminLayout
          ctx={ctx}
          title={ctx.t('editor.trash')}
          flash={
            c.req.query('emptied') !== undefined
              ? ctx.t('editor.trashEmptied', { count: Number(c.req.query('emptied')) || 0 })
              : flashOf(ctx, c, flashes)
          }
        >
          <p class="editor-breadcrumb">
            <a href="/admin/articles">{ctx.t('editor.articles')}</a>
          </p>
          <h1>{ctx.t('editor.trash')}</h1>
          <TrashList ctx={ctx} items={items} canEmpty={actor.role === 'admin'} />
        </AdminLayout>,
      );
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.emptyTrash, async (c) => {
    try {
      const count = await editor.emptyTrash(actorOf(c));
      await recordAudit(c, 'article.trash.empty', null, { count });
      return c.redirect(`/admin/articles/trash?emptied=${count}`, 303);
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.toTrash, async (c) => {
    try {
      const id = articleId(c);
      await editor.trashArticle(actorOf(c), id);
      await recordAudit(c, 'article.trash', { type: 'article', id });
      return c.redirect('/admin/articles?done=trashed', 303);
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.restore, async (c) => {
    try {
      const id = articleId(c);
      await editor.restoreFromTrash(actorOf(c), id);
      await recordAudit(c, 'article.untrash', { type: 'article', id });
      return c.redirect(`/admin/articles/${id}?done=untrashed`, 303);
    } catch (error) {
      return adminError(c, error);
    }
  });
}

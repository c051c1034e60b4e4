// The article form's routes: new, create, preview, edit, save and autosave, and the two pages
// they answer with besides a redirect: the form (with its errors) and the conflict screen.
import type { Context, Hono } from 'hono';
import type { TranslationStatus } from '../db/tables/article.table.js';
import { AppError, isAppError } from '../errors.js';
import { paths } from '../i18n/paths.js';
import type { Actor } from '../kernel/actor.js';
import { adminContext } from '../kernel/admin-context.js';
import { actorOf, flashOf } from '../kernel/admin-request.js';
import { mountAdminRoute } from '../kernel/admin-routes.js';
import { recordAudit, type AppEnv } from '../kernel/auth.js';
import { ConflictError, FormError, type FieldErrors } from '../kernel/form-errors.js';
import {
  adminError,
  articleId,
  body,
  codes,
  flashes,
  statusesOf,
  type ArticleEditorSite,
} from './article-admin.request.js';
import { articleEditorRoutes as r } from './article-admin.routes.js';
import { emptyTranslation, type ArticleForm } from './article-editor.form.js';
import { canReviewMentions, canTrashArticle, statusChoices } from './article-editor.policy.js';
import type { EditableArticle } from './article-editor.service.js';
import { ArticleConflictPage, ArticleEditorPage } from './article-editor.views.js';
import { parseVersion, readArticleForm } from './article-form.schema.js';
import type { FormOptions } from './article-form.views.js';

export interface ArticleFormPageOptions {
  article?: EditableArticle | undefined;
  form: ArticleForm;
  errors?: FieldErrors;
  status?: 200 | 400 | 422;
  notice?: string | undefined;
}

function choices(actor: Actor, article: EditableArticle | undefined) {
  const out: Record<string, TranslationStatus[]> = {};
  for (const l of codes)
    out[l] = statusChoices(
      actor,
      article ? article.createdBy : actor.id,
      article?.form.translations[l]?.status ?? null,
    );
  return out;
}

/** The edit page of `opts.article` (or a new one) showing `opts.form`. */
export async function renderArticleForm(
  c: Context<AppEnv>,
  site: ArticleEditorSite,
  opts: ArticleFormPageOptions,
) {
  const editor = site.articleEditor;
  const ctx = adminContext(c);
  const { t } = ctx;
  const actor = actorOf(c);
  const article = opts.article;
  const title = article ? t('editor.edit') : t('editor.new');
  const [sectors, rest, mentions, autosave] = await Promise.all([
    site.sectors.listSectors(ctx.locale),
    editor.formOptions(ctx.locale),
    article && canReviewMentions(actor)
      ? site.mentionReview.listMentions(actor, article.id)
      : undefined,
    article && !opts.errors ? editor.findAutosave(actor, article.id) : undefined,
  ]);
  const options: FormOptions = {
    sectors: sectors.map((s) => ({ id: s.id, name: s.name })),
    ...rest,
  };
  // "View on the site" opens the admin's language when it is published, else the site's.
  const publishedTranslations = article
    ? Object.entries(article.form.translations).filter(([, tr]) => tr.status === 'published')
    : [];
  const published =
    publishedTranslations.find(([l]) => l === ctx.locale) ??
    publishedTranslations.find(([l]) => l === codes[0]) ??
    publishedTranslations[0];
  const offered = article && autosave && c.req.query('autosave') !== autosave.id;
  return c.html(
    <ArticleEditorPage
      ctx={ctx}
      title={title}
      flash={flashOf(ctx, c, flashes)}
      articleId={article?.id}
      publicHref={published ? paths.article(published[0], published[1].slug) : undefined}
      notice={opts.notice}
      autosave={
        offered
          ? {
              time: new Date(autosave.createdAt).toLocaleString(ctx.tag, {
                timeZone: 'Europe/Brussels',
              }),
              href: `/admin/articles/${article.id}?autosave=${autosave.id}`,
            }
          : undefined
      }
      mentions={mentions}
      canTrash={canTrashArticle(actor)}
      form={{
        action: article ? `/admin/articles/${article.id}` : '/admin/articles',
        locales: codes,
        form: opts.form,
        version: article?.version,
        errors: opts.errors ?? {},
        options,
        statusChoices: choices(actor, article),
        autosaveUrl: article ? `/admin/articles/${article.id}/autosave` : undefined,
      }}
    />,
    opts.status ?? 200,
  );
}

/** The conflict screen: what the user submitted beside what someone else saved meanwhile. */
export function renderArticleConflict(
  c: Context<AppEnv>,
  id: string,
  yours: ArticleForm,
  error: ConflictError<ArticleForm>,
) {
  const ctx = adminContext(c);
  return c.html(
    <ArticleConflictPage
      ctx={ctx}
      articleId={id}
      locales={codes}
      yours={yours}
      theirs={error.theirs}
    />,
    409,
  );
}

/** Mounts new, create, preview, edit, save and autosave (static paths before /:id). */
export function registerArticleForm(admin: Hono<AppEnv>, site: ArticleEditorSite): void {
  const editor = site.articleEditor;

  mountAdminRoute(admin, r.newForm, async (c) => {
    const form: ArticleForm = {
      kind: 'news',
      sectorIds: [],
      heroMediaId: null,
      heroCredit: '',
      eventId: null,
      projectId: null,
      translations: Object.fromEntries(codes.map((l) => [l, emptyTranslation()])),
    };
    return renderArticleForm(c, site, { form });
  });

  mountAdminRoute(admin, r.create, async (c) => {
    const { form, errors } = readArticleForm(await body(c), codes);
    if (Object.keys(errors).length)
      return renderArticleForm(c, site, { form, errors, status: 400 });
    try {
      const { id } = await editor.createArticle(actorOf(c), form);
      await recordAudit(c, 'article.create', { type: 'article', id }, statusesOf(form));
      return c.redirect(`/admin/articles/${id}?done=created`, 303);
    } catch (error) {
      if (error instanceof FormError)
        return renderArticleForm(c, site, { form, errors: error.fields, status: 422 });
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.preview, async (c) => {
    const b = await body(c);
    const markdown = typeof b.markdown === 'string' ? b.markdown : '';
    if (markdown.length > 200_000) return adminError(c, new AppError('bad_request', 'Too long.'));
    c.header('Cache-Control', 'no-store');
    return c.html(editor.preview(markdown));
  });

  mountAdminRoute(admin, r.edit, async (c) => {
    try {
      const actor = actorOf(c);
      const article = await editor.getArticle(actor, articleId(c));
      if (article.deletedAt)
        return adminError(c, new AppError('not_found', adminContext(c).t('editor.inTrash')));
      const wanted = c.req.query('autosave');
      if (wanted) {
        const autosave = await editor.findAutosave(actor, article.id);
        if (autosave && autosave.id === wanted)
          return renderArticleForm(c, site, {
            article,
            form: autosave.form,
            notice: adminContext(c).t('editor.autosaveLoaded'),
          });
      }
      return renderArticleForm(c, site, { article, form: article.form });
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.save, async (c) => {
    try {
      const actor = actorOf(c);
      const id = articleId(c);
      const b = await body(c);
      const version = parseVersion(b);
      const article = await editor.getArticle(actor, id);
      const { form, errors } = readArticleForm(b, codes);
      if (Object.keys(errors).length)
        return renderArticleForm(c, site, { article, form, errors, status: 400 });
      try {
        await editor.saveArticle(actor, id, version, form);
      } catch (error) {
        if (error instanceof ConflictError)
          return renderArticleConflict(c, id, form, error as ConflictError<ArticleForm>);
        if (error instanceof FormError)
          return renderArticleForm(c, site, { article, form, errors: error.fields, status: 422 });
        throw error;
      }
      await recordAudit(c, 'article.save', { type: 'article', id }, statusesOf(form));
      return c.redirect(`/admin/articles/${id}?done=saved`, 303);
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(admin, r.autosave, async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      const id = articleId(c);
      const b = await body(c);
      const version = parseVersion(b);
      const { form } = readArticleForm(b, codes);
      const saved = await editor.autosave(actorOf(c), id, version, form);
      return c.json({ savedAt: saved.savedAt });
    } catch (error) {
      if (isAppError(error))
        return c.json({ error: { code: error.code, message: error.message } }, error.status as 400);
      throw error;
    }
  });
}

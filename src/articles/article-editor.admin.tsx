// The newsroom's routes: list, trash, the edit form (create, save, autosave, preview), the
// conflict screen, revisions (list, diff, restore) and mention review. Every route is in the
// admin registry with its permission; finer rules (own articles) are the service's.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { ConflictError, FormError, type FieldErrors } from '../kernel/form-errors.js';
import { emptyTranslation, type ArticleForm } from './article-editor.form.js';
import {
  canReviewMentions,
  canTrashArticle,
  statusChoices,
} from './article-editor.policy.js';
import { type Actor } from '../kernel/actor.js';
import type { EditableArticle } from './article-editor.service.js';
import type { TranslationStatus } from '../db/tables/article.table.js';
import { AppError, isAppError } from '../errors.js';
import { recordAudit, type AppEnv } from '../kernel/auth.js';
import type { ArticleEditorService } from './article-editor.service.js';
import type { MentionReviewService } from './mention-review.service.js';
import type { SectorService } from '../sectors/sector.service.js';
import { locales } from '../i18n/locales.js';
import type { MessageKey } from '../i18n/messages.fr.js';
import { paths } from '../i18n/paths.js';
import { parsePageParam } from '../lib/pagination.js';
import { adminContext } from '../kernel/admin-context.js';
import { AdminLayout, AdminMessagePage } from '../views/admin-layout.js';
import { defineAdminRoutes, mountAdminRoute } from '../kernel/admin-routes.js';
import { readArticleForm, parseVersion } from './article-form.schema.js';
import { ArticleFormView, type FormOptions } from './article-form.views.js';
import {
  ArticleList,
  ConflictView,
  MentionPanel,
  RevisionDiff,
  RevisionList,
  TrashList,
} from './article-editor.views.js';
import { actorOf, flashOf } from '../kernel/admin-request.js';

const example = '/admin/articles/00000000-0000-7000-8000-000000000000';
const exampleMention = `${example}/mentions/00000000-0000-7000-8000-000000000001`;

export const articleEditorRoutes = defineAdminRoutes({
  list: { method: 'GET', path: '/admin/articles', access: 'article.create' },
  trash: { method: 'GET', path: '/admin/articles/trash', access: 'article.delete' },
  emptyTrash: { method: 'POST', path: '/admin/articles/trash/empty', access: 'trash.empty' },
  newForm: { method: 'GET', path: '/admin/articles/new', access: 'article.create' },
  create: { method: 'POST', path: '/admin/articles', access: 'article.create' },
  preview: { method: 'POST', path: '/admin/articles/preview', access: 'article.create' },
  edit: { method: 'GET', path: '/admin/articles/:id', access: 'article.edit.own', example },
  save: { method: 'POST', path: '/admin/articles/:id', access: 'article.edit.own', example },
  autosave: {
    method: 'POST',
    path: '/admin/articles/:id/autosave',
    access: 'article.edit.own',
    example: `${example}/autosave`,
  },
  toTrash: {
    method: 'POST',
    path: '/admin/articles/:id/trash',
    access: 'article.delete',
    example: `${example}/trash`,
  },
  restore: {
    method: 'POST',
    path: '/admin/articles/:id/restore',
    access: 'article.delete',
    example: `${example}/restore`,
  },
  revisions: {
    method: 'GET',
    path: '/admin/articles/:id/revisions',
    access: 'article.edit.own',
    example: `${example}/revisions`,
  },
  diff: {
    method: 'GET',
    path: '/admin/articles/:id/revisions/diff',
    access: 'article.edit.own',
    example: `${example}/revisions/diff`,
  },
  restoreRevision: {
    method: 'POST',
    path: '/admin/articles/:id/revisions/:rev/restore',
    access: 'article.edit.own',
    example: `${example}/revisions/00000000-0000-7000-8000-000000000002/restore`,
  },
  confirmMention: {
    method: 'POST',
    path: '/admin/articles/:id/mentions/:mention/confirm',
    access: 'mention.review',
    example: `${exampleMention}/confirm`,
  },
  rejectMention: {
    method: 'POST',
    path: '/admin/articles/:id/mentions/:mention/reject',
    access: 'mention.review',
    example: `${exampleMention}/reject`,
  },
  createFromSuggestion: {
    method: 'POST',
    path: '/admin/articles/:id/mentions/:mention/create',
    access: 'mention.review',
    example: `${exampleMention}/create`,
  },
});

const codes = locales.map((l) => l.code);
const idPattern = /^[0-9a-f-]{36}$/;
type Body = Record<string, string | File | (string | File)[]>;

const flashes = {
  saved: 'editor.saved',
  created: 'editor.created',
  restored: 'editor.revisions.restored',
  trashed: 'editor.trashed',
  untrashed: 'editor.restoredFromTrash',
  mention: 'editor.mentions.decided',
  entity: 'editor.mentions.created',
} as const satisfies Record<string, MessageKey>;

function articleId(c: Context): string {
  const id = c.req.param('id') ?? '';
  if (!idPattern.test(id)) throw new AppError('not_found', 'This article does not exist.');
  return id;
}

async function body(c: Context): Promise<Body> {
  return c.req.parseBody({ all: true });
}

/** AppErrors of the newsroom shown in the admin shell rather than the public error page. */
function adminError(c: Context<AppEnv>, error: unknown): Response | Promise<Response> {
  if (!isAppError(error)) throw error;
  if (error.code === 'forbidden' && c.var.forbiddenPage) return c.var.forbiddenPage(c);
  const ctx = adminContext(c);
  return c.html(
    <AdminMessagePage ctx={ctx} title={String(error.status)} text={error.message} />,
    error.status as 400,
  );
}

/** What the article editor pages read. */
export interface ArticleEditorSite {
  articleEditor: ArticleEditorService;
  mentionReview: MentionReviewService;
  sectors: SectorService;
}

export function registerArticleEditor(admin: Hono<AppEnv>, site: ArticleEditorSite): void {
  const editor = site.articleEditor;
  const review = site.mentionReview;
  const r = articleEditorRoutes;

  async function options(locale: string): Promise<FormOptions> {
    const [sectors, rest] = await Promise.all([
      site.sectors.listSectors(locale),
      editor.formOptions(locale),
    ]);
    return { sectors: sectors.map((s) => ({ id: s.id, name: s.name })), ...rest };
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

  async function renderForm(
    c: Context<AppEnv>,
    opts: {
      article?: EditableArticle | undefined;
      form: ArticleForm;
      errors?: FieldErrors;
      status?: 200 | 400 | 422;
      notice?: string | undefined;
    },
  ) {
    const ctx = adminContext(c);
    const { t } = ctx;
    const actor = actorOf(c);
    const article = opts.article;
    const title = article ? t('editor.edit') : t('editor.new');
    const [formOptions, mentions, autosave] = await Promise.all([
      options(ctx.locale),
      article && canReviewMentions(actor) ? review.listMentions(actor, article.id) : undefined,
      article && !opts.errors ? editor.findAutosave(actor, article.id) : undefined,
    ]);
    // "View on the site" opens the admin's language when it is published, else the site's.
    const publishedTranslations = article
      ? Object.entries(article.form.translations).filter(([, tr]) => tr.status === 'published')
      : [];
    const published =
      publishedTranslations.find(([l]) => l === ctx.locale) ??
      publishedTranslations.find(([l]) => l === codes[0]) ??
      publishedTranslations[0];
    return c.html(
      <AdminLayout ctx={ctx} title={title} flash={flashOf(ctx, c, flashes)}>
        <p class="editor-breadcrumb">
          <a href="/admin/articles">{t('editor.articles')}</a>
        </p>
        <h1>{title}</h1>
        {article ? (
          <ul class="editor-links">
            {published ? (
              <li>
                <a href={paths.article(published[0], published[1].slug)}>
                  {t('editor.viewOnSite')}
                </a>
              </li>
            ) : null}
            <li>
              <a href={`/admin/articles/${article.id}/revisions`}>{t('editor.revisions')}</a>
            </li>
            {mentions ? (
              <li>
                <a href="#mentions">{t('editor.mentions')}</a>
              </li>
            ) : null}
          </ul>
        ) : null}
        {opts.notice ? <p class="admin-notice">{opts.notice}</p> : null}
        {autosave && c.req.query('autosave') !== autosave.id ? (
          <p class="admin-notice">
            {t('editor.autosaveFound', {
              time: new Date(autosave.createdAt).toLocaleString(ctx.tag, {
                timeZone: 'Europe/Brussels',
              }),
            })}{' '}
            <a href={`/admin/articles/${article!.id}?autosave=${autosave.id}`}>
              {t('editor.autosaveLoad')}
            </a>
          </p>
        ) : null}
        <ArticleFormView
          ctx={ctx}
          action={article ? `/admin/articles/${article.id}` : '/admin/articles'}
          locales={codes}
          form={opts.form}
          version={article?.version}
          errors={opts.errors ?? {}}
          options={formOptions}
          statusChoices={choices(actor, article)}
          autosaveUrl={article ? `/admin/articles/${article.id}/autosave` : undefined}
        />
        {article && mentions ? (
          <MentionPanel ctx={ctx} articleId={article.id} translations={mentions} />
        ) : null}
        {article && canTrashArticle(actor) ? (
          <form
            method="post"
            action={`/admin/articles/${article.id}/trash`}
            class="editor-trash-form"
          >
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <button type="submit" class="button secondary">
              {t('editor.toTrash')}
            </button>
          </form>
        ) : null}
        <script src="/assets/admin-editor.js" defer></script>
      </AdminLayout>,
      opts.status ?? 200,
    );
  }

  function renderConflict(
    c: Context<AppEnv>,
    id: string,
    yours: ArticleForm,
    error: ConflictError<ArticleForm>,
  ) {
    const ctx = adminContext(c);
    const title = ctx.t('editor.conflict.title');
    return c.html(
      <AdminLayout ctx={ctx} title={title}>
        <h1>{title}</h1>
        <ConflictView
          ctx={ctx}
          articleId={id}
          locales={codes}
          yours={yours}
          theirs={error.theirs}
        />
      </AdminLayout>,
      409,
    );
  }

  // --- list and trash (static paths before /:id) -------------------------------------------
  const listQuery = z.object({
    status: z.enum(['', 'draft', 'in_review', 'scheduled', 'published', 'archived']).optional(),
    sector: z.string().max(64).optional(),
    locale: z.string().max(8).optional(),
    q: z.string().max(200).optional(),
  });

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

  // --- new, create, preview -----------------------------------------------------------------
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
    return renderForm(c, { form });
  });

  mountAdminRoute(admin, r.create, async (c) => {
    const { form, errors } = readArticleForm(await body(c), codes);
    if (Object.keys(errors).length) return renderForm(c, { form, errors, status: 400 });
    try {
      const { id } = await editor.createArticle(actorOf(c), form);
      await recordAudit(c, 'article.create', { type: 'article', id }, statusesOf(form));
      return c.redirect(`/admin/articles/${id}?done=created`, 303);
    } catch (error) {
      if (error instanceof FormError)
        return renderForm(c, { form, errors: error.fields, status: 422 });
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

  // --- edit, save, autosave -----------------------------------------------------------------
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
          return renderForm(c, {
            article,
            form: autosave.form,
            notice: adminContext(c).t('editor.autosaveLoaded'),
          });
      }
      return renderForm(c, { article, form: article.form });
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
      if (Object.keys(errors).length) return renderForm(c, { article, form, errors, status: 400 });
      try {
        await editor.saveArticle(actor, id, version, form);
      } catch (error) {
        if (error instanceof ConflictError)
          return renderConflict(c, id, form, error as ConflictError<ArticleForm>);
        if (error instanceof FormError)
          return renderForm(c, { article, form, errors: error.fields, status: 422 });
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

  // --- trash --------------------------------------------------------------------------------
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

  // --- revisions ----------------------------------------------------------------------------
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
          <RevisionDiff ctx={ctx} from={diff.from} to={diff.to} fields={diff.fields} />
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
        return renderConflict(c, id, revision.form, error as ConflictError<ArticleForm>);
      }
      if (error instanceof FormError) {
        const article = await editor.getArticle(actorOf(c), id);
        const revision = await editor.getRevision(actorOf(c), id, rev);
        return renderForm(c, { article, form: revision.form, errors: error.fields, status: 422 });
      }
      return adminError(c, error);
    }
  });

  // --- mention review -----------------------------------------------------------------------
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

  const orgKind = z.enum([
    'company',
    'research_centre',
    'university',
    'agency',
    'cluster',
    'public_body',
    'association',
  ]);
  const suggestionSchema = z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('organisation'),
      name: z.string().trim().min(1).max(200),
      acronym: z.string().trim().max(40).default(''),
      organisation_kind: orgKind.default('company'),
    }),
    z.object({
      kind: z.literal('person'),
      given_name: z.string().trim().min(1).max(100),
      family_name: z.string().trim().min(1).max(100),
      organisation_id: z.string().regex(idPattern).optional(),
      organisation_name: z.string().trim().max(200).default(''),
      organisation_kind: orgKind.default('company'),
      role: z.string().trim().max(200).default(''),
    }),
  ]);

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
      await recordAudit(
        c,
        `${created.entityType}.create`,
        { type: created.entityType, id: created.entityId },
        { fromMention: mention, article: id },
      );
      return c.redirect(`/admin/articles/${id}?done=entity#mentions`, 303);
    } catch (error) {
      return adminError(c, error);
    }
  });
}

function statusesOf(form: ArticleForm): Record<string, unknown> {
  return {
    statuses: Object.fromEntries(Object.entries(form.translations).map(([l, t]) => [l, t.status])),
  };
}

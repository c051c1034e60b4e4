// The article edit page (the form with its links, autosave notice, mention panel and trash
// button) and the conflict screen that shows both versions where they differ.
import type { AdminContext } from '../kernel/admin-context.js';
import { AdminLayout } from '../views/admin-layout.js';
import { ConflictFields, TrashButton } from '../views/editor.views.js';
import { flattenForm, type ArticleForm } from './article-editor.form.js';
import { ArticleFormView, fieldLabel, type ArticleFormProps } from './article-form.views.js';
import { MentionPanel } from './mention-review.views.js';
import type { TranslationMentions } from './mention-review.service.js';

export interface ArticleEditorPageProps {
  ctx: AdminContext;
  title: string;
  flash: string | undefined;
  /** The stored article's id (undefined: a new one). */
  articleId: string | undefined;
  /** The public page to view it on, when a translation is published. */
  publicHref: string | undefined;
  notice: string | undefined;
  /** The author's newer autosave, offered to load: its time and link. */
  autosave: { time: string; href: string } | undefined;
  mentions: TranslationMentions[] | undefined;
  canTrash: boolean;
  form: Omit<ArticleFormProps, 'ctx'>;
}

export function ArticleEditorPage(props: ArticleEditorPageProps) {
  const { ctx, articleId, mentions } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={props.title} flash={props.flash}>
      <p class="editor-breadcrumb">
        <a href="/admin/articles">{t('editor.articles')}</a>
      </p>
      <h1>{props.title}</h1>
      {articleId ? (
        <ul class="editor-links">
          {props.publicHref ? (
            <li>
              <a href={props.publicHref}>{t('editor.viewOnSite')}</a>
            </li>
          ) : null}
          <li>
            <a href={`/admin/articles/${articleId}/revisions`}>{t('editor.revisions')}</a>
          </li>
          {mentions ? (
            <li>
              <a href="#mentions">{t('editor.mentions')}</a>
            </li>
          ) : null}
        </ul>
      ) : null}
      {props.notice ? <p class="admin-notice">{props.notice}</p> : null}
      {props.autosave ? (
        <p class="admin-notice">
          {t('editor.autosaveFound', { time: props.autosave.time })}{' '}
          <a href={props.autosave.href}>{t('editor.autosaveLoad')}</a>
        </p>
      ) : null}
      <ArticleFormView ctx={ctx} {...props.form} />
      {articleId && mentions ? (
        <MentionPanel ctx={ctx} articleId={articleId} translations={mentions} />
      ) : null}
      {articleId && props.canTrash ? (
        <TrashButton ctx={ctx} action={`/admin/articles/${articleId}/trash`} />
      ) : null}
      <script src="/assets/admin-editor.js" defer></script>
    </AdminLayout>
  );
}

/** Both versions of an article, field by field, where they differ. */
export function ArticleConflictPage(props: {
  ctx: AdminContext;
  articleId: string;
  locales: readonly string[];
  yours: ArticleForm;
  theirs: ArticleForm;
}) {
  const { ctx, locales } = props;
  const title = ctx.t('editor.conflict.title');
  return (
    <AdminLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <ConflictFields
        ctx={ctx}
        reloadHref={`/admin/articles/${props.articleId}`}
        mine={flattenForm(props.yours, locales)}
        saved={flattenForm(props.theirs, locales)}
        label={(f) => fieldLabel(ctx, f)}
      />
    </AdminLayout>
  );
}

// The newsroom's article list with its filters, and the trash.
import type { AdminContext } from '../kernel/admin-context.js';
import { CsrfField } from '../kernel/csrf.js';
import { localeInfo } from '../i18n/locales.js';
import type { PageInfo } from '../lib/pagination.js';
import { DateTime, SimplePager } from '../views/editor.views.js';
import { translationStatuses } from './article-editor.form.js';
import type { AdminArticleItem } from './article-editor.service.js';

function titleOf(ctx: AdminContext, item: AdminArticleItem): string {
  const own = item.translations.find((t) => t.locale === ctx.locale) ?? item.translations[0];
  return own?.title || ctx.t('editor.list.untitled');
}

function Statuses({ ctx, item }: { ctx: AdminContext; item: AdminArticleItem }) {
  return (
    <ul class="editor-statuses">
      {item.translations.map((t) => (
        <li>
          <span class="editor-locale" lang={t.locale}>
            {t.locale.toUpperCase()}
          </span>{' '}
          <span class={`editor-status editor-status-${t.status}`}>
            {ctx.t(`editor.status.${t.status}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}

export interface ListFilterValues {
  status?: string | undefined;
  sector?: string | undefined;
  locale?: string | undefined;
  q?: string | undefined;
}

export function ArticleList(props: {
  ctx: AdminContext;
  items: AdminArticleItem[];
  page: PageInfo;
  filter: ListFilterValues;
  sectors: { id: string; name: string }[];
  locales: readonly string[];
  href: (page: number) => string;
}) {
  const { ctx, filter } = props;
  const { t } = ctx;
  return (
    <>
      <form method="get" action="/admin/articles" class="admin-filters editor-filters">
        {/* Each label stays above its control when the filters wrap (phones). */}
        <div>
          <label for="f-q">{t('editor.list.search')}</label>
          <input id="f-q" name="q" type="search" value={filter.q ?? ''} maxlength={200} />
        </div>
        <div>
          <label for="f-status">{t('editor.list.status')}</label>
          <select id="f-status" name="status">
            <option value="">{t('editor.list.any')}</option>
            {translationStatuses.map((s) => (
              <option value={s} selected={filter.status === s}>
                {t(`editor.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="f-sector">{t('editor.list.sector')}</label>
          <select id="f-sector" name="sector">
            <option value="">{t('editor.list.any')}</option>
            {props.sectors.map((s) => (
              <option value={s.id} selected={filter.sector === s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="f-locale">{t('editor.list.locale')}</label>
          <select id="f-locale" name="locale">
            <option value="">{t('editor.list.any')}</option>
            {props.locales.map((l) => (
              <option value={l} selected={filter.locale === l}>
                {localeInfo(l).messages['locale.name']}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button secondary">
          {t('editor.list.filter')}
        </button>
      </form>
      <p>{t('editor.list.count', { count: props.page.total })}</p>
      {props.items.length === 0 ? (
        <p>{t('editor.list.empty')}</p>
      ) : (
        <div class="admin-table-wrap">
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('editor.list.title')}</th>
                <th scope="col">{t('editor.list.translations')}</th>
                <th scope="col">{t('editor.list.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((item) => (
                <tr>
                  <td>
                    <a href={`/admin/articles/${item.id}`}>{titleOf(ctx, item)}</a>
                  </td>
                  <td>
                    <Statuses ctx={ctx} item={item} />
                  </td>
                  <td>
                    <DateTime ctx={ctx} iso={item.updated_at} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SimplePager ctx={ctx} page={props.page} href={props.href} />
    </>
  );
}

export function TrashList(props: {
  ctx: AdminContext;
  items: AdminArticleItem[];
  canEmpty: boolean;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <>
      {props.items.length === 0 ? (
        <p>{t('editor.trashEmpty')}</p>
      ) : (
        <div class="admin-table-wrap">
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('editor.list.title')}</th>
                <th scope="col">{t('editor.deletedAt')}</th>
                <th scope="col">{t('editor.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((item) => (
                <tr>
                  <td>{titleOf(ctx, item)}</td>
                  <td>{item.deleted_at ? <DateTime ctx={ctx} iso={item.deleted_at} /> : null}</td>
                  <td>
                    <form method="post" action={`/admin/articles/${item.id}/restore`}>
                      <CsrfField token={ctx.csrfToken} />
                      <button type="submit" class="admin-small-button">
                        {t('editor.restoreFromTrash')}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.canEmpty && props.items.length > 0 ? (
        <form method="post" action="/admin/articles/trash/empty" class="admin-panel">
          <CsrfField token={ctx.csrfToken} />
          <p>{t('editor.emptyTrashConfirm')}</p>
          <button type="submit" class="button">
            {t('editor.emptyTrash')}
          </button>
        </form>
      ) : null}
    </>
  );
}

// The list of a directory kind in the admin: search by name (and status), the trash, the pager;
// and the notice a draft's form shows with its « Publish » button.
import type { AdminContext } from '../kernel/admin-context.js';
import { DateTime, SimplePager } from '../views/editor.views.js';
import { CsrfField } from '../kernel/csrf.js';
import type { PageInfo } from '../lib/pagination.js';
import { directoryPaths, type DirectoryListRow, type DirectoryPath } from './directory-kind.js';
import { directoryStatuses } from '../kernel/directory-status.js';

export function DirectoryList(props: {
  ctx: AdminContext;
  title: string;
  base: string;
  path: DirectoryPath;
  createLabel: string;
  rows: DirectoryListRow[];
  q: string;
  trashed: boolean;
  /** The status filter ('' for all), for kinds that have a status; undefined for the others. */
  status?: string | undefined;
  page: PageInfo;
  canEmptyTrash: boolean;
}) {
  const { ctx, base, trashed } = props;
  const { t } = ctx;
  const query = (page: number) => {
    const params = new URLSearchParams();
    if (props.q) params.set('q', props.q);
    if (trashed) params.set('trash', '1');
    if (props.status) params.set('status', props.status);
    if (page > 1) params.set('page', String(page));
    const text = params.toString();
    return `${base}${text ? `?${text}` : ''}`;
  };
  return (
    <>
      <nav class="admin-tabs directory-kinds" aria-label={t('admin.nav.directory')}>
        {directoryPaths.map((p) => (
          <a href={`/admin/${p}`} aria-current={p === props.path ? 'page' : undefined}>
            {t(`directoryEditor.${p}`)}
          </a>
        ))}
      </nav>
      <div class="admin-heading">
        <h1>{trashed ? `${props.title} — ${t('directoryEditor.trash')}` : props.title}</h1>
        <a class="button" href={`${base}/new`}>
          {props.createLabel}
        </a>
      </div>
      <nav class="admin-tabs admin-subtabs" aria-label={t('directoryEditor.view')}>
        <a href={base} aria-current={trashed ? undefined : 'page'}>
          {t('directoryEditor.current')}
        </a>
        <a href={`${base}?trash=1`} aria-current={trashed ? 'page' : undefined}>
          {t('directoryEditor.trash')}
        </a>
      </nav>
      <form method="get" action={base} class="admin-filters">
        {trashed ? <input type="hidden" name="trash" value="1" /> : null}
        <label for="f-q">{t('directoryEditor.search')}</label>
        <input id="f-q" name="q" type="search" value={props.q} maxlength={200} />
        {props.status !== undefined ? (
          <>
            <label for="f-status">{t('directoryEditor.status.filter')}</label>
            <select id="f-status" name="status">
              <option value="" selected={props.status === ''}>
                {t('directoryEditor.status.all')}
              </option>
              {directoryStatuses.map((s) => (
                <option value={s} selected={props.status === s}>
                  {t(`directoryEditor.status.${s}`)}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <button type="submit" class="button secondary">
          {t('editor.list.filter')}
        </button>
      </form>
      <p>{t('directoryEditor.count', { count: props.page.total })}</p>
      {props.rows.length === 0 ? (
        <p>{trashed ? t('editor.trashEmpty') : t('directoryEditor.empty')}</p>
      ) : (
        <div class="admin-table-wrap">
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('directoryEditor.name')}</th>
                <th scope="col">{t('directoryEditor.details')}</th>
                <th scope="col">{trashed ? t('editor.deletedAt') : t('editor.list.updated')}</th>
                {trashed ? <th scope="col">{t('editor.list.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row) => (
                <tr>
                  <td>
                    {trashed ? row.title : <a href={`${base}/${row.id}`}>{row.title}</a>}
                    {row.draft ? (
                      <>
                        {' '}
                        <span class="badge draft-badge">{t('directoryEditor.draft.badge')}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{[row.badge ? t(row.badge) : '', row.detail].filter(Boolean).join(' · ')}</td>
                  <td>
                    <DateTime ctx={ctx} iso={row.deletedAt ?? row.updatedAt} />
                  </td>
                  {trashed ? (
                    <td>
                      <form method="post" action={`${base}/${row.id}/restore`}>
                        <CsrfField token={ctx.csrfToken} />
                        <button type="submit" class="admin-small-button">
                          {t('editor.restoreFromTrash')}
                        </button>
                      </form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SimplePager ctx={ctx} page={props.page} href={query} />
      {trashed && props.canEmptyTrash && props.rows.length > 0 ? (
        <form method="post" action={`${base}/trash/empty`} class="admin-panel">
          <CsrfField token={ctx.csrfToken} />
          <p>{t('directoryEditor.emptyTrashConfirm')}</p>
          <button type="submit" class="button">
            {t('editor.emptyTrash')}
          </button>
        </form>
      ) : null}
    </>
  );
}

/** What a draft's form says first: readers do not see it yet; the button publishes it. */
export function DraftNotice(props: { ctx: AdminContext; action: string; version: number }) {
  const { ctx } = props;
  return (
    <form method="post" action={props.action} class="admin-panel draft-notice">
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="version" value={String(props.version)} />
      <p>
        <span class="badge draft-badge">{ctx.t('directoryEditor.draft.badge')}</span>{' '}
        {ctx.t('directoryEditor.draft.notice')}
      </p>
      <button type="submit" class="button">
        {ctx.t('directoryEditor.publish')}
      </button>
    </form>
  );
}

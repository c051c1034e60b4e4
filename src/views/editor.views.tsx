// Parts every newsroom editor shares (articles and each directory kind): a date and time in the
// newsroom's zone, a pager, and the conflict screen's fields side by side.
import type { AdminContext } from '../kernel/admin-context.js';
import type { PageInfo } from '../lib/pagination.js';

export function DateTime({ ctx, iso }: { ctx: AdminContext; iso: string }) {
  const text = new Intl.DateTimeFormat(ctx.tag, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(new Date(iso));
  return <time datetime={iso}>{text}</time>;
}

export function SimplePager(props: {
  ctx: AdminContext;
  page: PageInfo;
  href: (p: number) => string;
}) {
  const { page } = props;
  if (page.pageCount <= 1) return null;
  return (
    <nav class="editor-pager" aria-label="Pagination">
      {page.page > 1 ? <a href={props.href(page.page - 1)}>←</a> : null}
      <span>
        {page.page} / {page.pageCount}
      </span>
      {page.page < page.pageCount ? <a href={props.href(page.page + 1)}>→</a> : null}
    </nav>
  );
}

/** Both versions of any entry as flat fields, side by side where they differ; the user copies theirs out. */
export function ConflictFields(props: {
  ctx: AdminContext;
  reloadHref: string;
  mine: Record<string, string>;
  saved: Record<string, string>;
  label: (field: string) => string;
  /** The intro and reload button's words, when what conflicts is not an article. */
  texts?: { intro: string; reload: string };
}) {
  const { ctx, mine, saved } = props;
  const { t } = ctx;
  const texts = props.texts ?? {
    intro: t('editor.conflict.intro'),
    reload: t('editor.conflict.reload'),
  };
  const fields = [...new Set([...Object.keys(saved), ...Object.keys(mine)])].filter(
    (f) => (mine[f] ?? '') !== (saved[f] ?? ''),
  );
  const rows = (f: string, text: string) => (f.endsWith('.body') ? 14 : text.length > 120 ? 8 : 3);
  return (
    <>
      <p>{texts.intro}</p>
      <p>
        <a class="button" href={props.reloadHref}>
          {texts.reload}
        </a>
      </p>
      {fields.map((f, i) => (
        <section class="editor-conflict-field">
          <h2>{props.label(f)}</h2>
          <div class="editor-conflict-columns">
            <div>
              <label for={`yours-${i}`}>{t('editor.conflict.yours')}</label>
              <textarea id={`yours-${i}`} readonly rows={rows(f, mine[f] ?? '')}>
                {mine[f] ?? ''}
              </textarea>
            </div>
            <div>
              <label for={`theirs-${i}`}>{t('editor.conflict.theirs')}</label>
              <textarea id={`theirs-${i}`} readonly rows={rows(f, saved[f] ?? '')}>
                {saved[f] ?? ''}
              </textarea>
            </div>
          </div>
        </section>
      ))}
    </>
  );
}

/** The edit page's « move to trash » button, posting to `action`. */
export function TrashButton({ ctx, action }: { ctx: AdminContext; action: string }) {
  return (
    <form method="post" action={action} class="editor-trash-form">
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      <button type="submit" class="button secondary">
        {ctx.t('editor.toTrash')}
      </button>
    </form>
  );
}

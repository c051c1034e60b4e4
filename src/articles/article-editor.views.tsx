// The newsroom's pages other than the form: the list, the trash, revisions and their diff, the
// conflict screen, and the mention review panel of the edit page.
import type { AdminArticleItem, RevisionItem } from './article-editor.service.js';
import { flattenForm, type ArticleForm } from './article-editor.form.js';
import { translationStatuses } from './article-editor.form.js';
import type { TranslationMentions } from './mention-review.service.js';
import { CsrfField } from '../kernel/csrf.js';
import { localeInfo } from '../i18n/locales.js';
import type { PageInfo } from '../lib/pagination.js';
import type { MentionView } from '../linking/mention.presenter.js';
import type { FieldDiff } from '../kernel/diff.js';
import type { MessageKey } from '../i18n/messages.fr.js';
import type { AdminContext } from '../kernel/admin-context.js';
import { fieldLabel } from './article-form.views.js';

const organisationKinds = [
  'company',
  'research_centre',
  'university',
  'agency',
  'cluster',
  'public_body',
  'association',
] as const;

export function DateTime({ ctx, iso }: { ctx: AdminContext; iso: string }) {
  const text = new Intl.DateTimeFormat(ctx.tag, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(new Date(iso));
  return <time datetime={iso}>{text}</time>;
}

/** Revision reasons are stored in English words; shown in the admin's language. */
export function reasonText(ctx: AdminContext, reason: string): string {
  const { t } = ctx;
  const fixed: Record<string, MessageKey> = {
    created: 'editor.reason.created',
    saved: 'editor.reason.saved',
    autosave: 'editor.reason.autosave',
    'moved to trash': 'editor.reason.trashed',
    'restored from trash': 'editor.reason.untrashed',
  };
  if (fixed[reason]) return t(fixed[reason]);
  if (reason.startsWith('restored revision of ')) return t('editor.reason.restored');
  const scheduled = /^scheduled publication \((\w+)\)$/.exec(reason);
  if (scheduled) return `${t('editor.reason.scheduled')} (${scheduled[1]!.toUpperCase()})`;
  return reason;
}

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

/** The revisions of any entry, whose admin page is `base` (`/admin/articles/{id}`…). */
export function RevisionList(props: {
  ctx: AdminContext;
  base: string;
  version: number;
  revisions: RevisionItem[];
}) {
  const { ctx, base, revisions } = props;
  const { t } = ctx;
  return (
    <>
      <p>{t('editor.revisions.intro')}</p>
      <form method="get" action={`${base}/revisions/diff`} id="compare">
        <div class="admin-table-wrap">
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('editor.revisions.from')}</th>
                <th scope="col">{t('editor.revisions.to')}</th>
                <th scope="col">{t('editor.revisions.date')}</th>
                <th scope="col">{t('editor.revisions.author')}</th>
                <th scope="col">{t('editor.revisions.reason')}</th>
                <th scope="col">{t('editor.revisions.version')}</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r, i) => (
                <tr>
                  <td>
                    <input
                      type="radio"
                      name="from"
                      value={r.id}
                      checked={i === 1}
                      aria-label={`${t('editor.revisions.from')} ${r.createdAt}`}
                    />
                  </td>
                  <td>
                    <input
                      type="radio"
                      name="to"
                      value={r.id}
                      checked={i === 0}
                      aria-label={`${t('editor.revisions.to')} ${r.createdAt}`}
                    />
                  </td>
                  <td>
                    <DateTime ctx={ctx} iso={r.createdAt} />
                  </td>
                  <td>{r.authorName ?? t('editor.revisions.system')}</td>
                  <td>{reasonText(ctx, r.reason)}</td>
                  <td>{r.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {revisions.length > 1 ? (
          <button type="submit" class="button secondary">
            {t('editor.revisions.compare')}
          </button>
        ) : null}
      </form>
      <h2>{t('editor.revisions.restore')}</h2>
      <ul class="editor-restore-list">
        {revisions.map((r) => (
          <li>
            <form
              method="post"
              action={`${base}/revisions/${r.id}/restore`}
              class="admin-inline-form"
            >
              <CsrfField token={ctx.csrfToken} />
              <input type="hidden" name="version" value={String(props.version)} />
              <button type="submit" class="admin-small-button">
                {t('editor.revisions.restore')} — <DateTime ctx={ctx} iso={r.createdAt} /> (
                {reasonText(ctx, r.reason)})
              </button>
            </form>
          </li>
        ))}
      </ul>
    </>
  );
}

export function DiffLines({ diff }: { diff: FieldDiff }) {
  return (
    <pre class="editor-diff">
      {diff.lines.map((line) =>
        line.op === 'add' ? (
          <ins>{`+ ${line.text}\n`}</ins>
        ) : line.op === 'del' ? (
          <del>{`- ${line.text}\n`}</del>
        ) : (
          <span>{`  ${line.text}\n`}</span>
        ),
      )}
    </pre>
  );
}

export function RevisionDiff(props: {
  ctx: AdminContext;
  from: RevisionItem;
  to: RevisionItem;
  fields: FieldDiff[];
  /** A field's name for people; the article's by default. */
  label?: (field: string) => string;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const label = props.label ?? ((field: string) => fieldLabel(ctx, field));
  const changed = props.fields.filter((f) => f.changed);
  const unchanged = props.fields.filter((f) => !f.changed);
  return (
    <>
      <p>
        <DateTime ctx={ctx} iso={props.from.createdAt} /> ({reasonText(ctx, props.from.reason)}) →{' '}
        <DateTime ctx={ctx} iso={props.to.createdAt} /> ({reasonText(ctx, props.to.reason)})
      </p>
      {changed.length === 0 ? <p>{t('editor.diff.none')}</p> : null}
      {changed.map((f) => (
        <section class="editor-diff-field">
          <h2>{label(f.field)}</h2>
          <DiffLines diff={f} />
        </section>
      ))}
      {unchanged.length ? (
        <p class="admin-hint">
          {t('editor.diff.unchanged', {
            fields: unchanged.map((f) => label(f.field)).join(', '),
          })}
        </p>
      ) : null}
    </>
  );
}

/** Both versions of an article, field by field, where they differ. */
export function ConflictView(props: {
  ctx: AdminContext;
  articleId: string;
  locales: readonly string[];
  yours: ArticleForm;
  theirs: ArticleForm;
}) {
  const { ctx, locales } = props;
  return (
    <ConflictFields
      ctx={ctx}
      reloadHref={`/admin/articles/${props.articleId}`}
      mine={flattenForm(props.yours, locales)}
      saved={flattenForm(props.theirs, locales)}
      label={(f) => fieldLabel(ctx, f)}
    />
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

function MentionActions(props: { ctx: AdminContext; articleId: string; mention: MentionView }) {
  const { ctx, articleId, mention } = props;
  const { t } = ctx;
  const base = `/admin/articles/${articleId}/mentions/${mention.id}`;
  return (
    <div class="admin-actions">
      {mention.state !== 'confirmed' && mention.entityId !== null ? (
        <form method="post" action={`${base}/confirm`}>
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="version" value={String(mention.version)} />
          <button type="submit" class="admin-small-button">
            {t('editor.mentions.confirm')}
          </button>
        </form>
      ) : null}
      {mention.state !== 'rejected' ? (
        <form method="post" action={`${base}/reject`}>
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="version" value={String(mention.version)} />
          <button type="submit" class="admin-small-button">
            {t('editor.mentions.reject')}
          </button>
        </form>
      ) : null}
    </div>
  );
}

function SuggestionForm(props: { ctx: AdminContext; articleId: string; mention: MentionView }) {
  const { ctx, articleId, mention } = props;
  const { t } = ctx;
  const s = mention.suggestion;
  if (!s || mention.state === 'rejected') return null;
  const id = (name: string) => `s-${mention.id}-${name}`;
  const input = (name: string, label: string, value: string) => (
    <span class="editor-inline-field">
      <label for={id(name)}>{label}</label>
      <input id={id(name)} name={name} value={value} maxlength={200} />
    </span>
  );
  const kindSelect = (
    <span class="editor-inline-field">
      <label for={id('organisation_kind')}>{t('editor.mentions.orgKind')}</label>
      <select id={id('organisation_kind')} name="organisation_kind">
        {organisationKinds.map((k) => (
          <option value={k}>{k.replace('_', ' ')}</option>
        ))}
      </select>
    </span>
  );
  return (
    <form
      method="post"
      action={`/admin/articles/${articleId}/mentions/${mention.id}/create`}
      class="editor-suggestion"
    >
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="kind" value={s.kind} />
      {s.kind === 'organisation' ? (
        <>
          {input('name', t('editor.mentions.name'), s.name)}
          {input('acronym', t('editor.mentions.acronym'), s.acronym ?? '')}
          {kindSelect}
        </>
      ) : (
        <>
          {input('given_name', t('editor.mentions.givenName'), s.givenName)}
          {input('family_name', t('editor.mentions.familyName'), s.familyName)}
          {s.affiliation?.organisation.id ? (
            <input type="hidden" name="organisation_id" value={s.affiliation.organisation.id} />
          ) : null}
          {input(
            'organisation_name',
            t('editor.mentions.organisation'),
            s.affiliation?.organisation.name ?? '',
          )}
          {s.affiliation?.organisation.id ? null : kindSelect}
          {input('role', t('editor.mentions.role'), s.affiliation?.role ?? '')}
        </>
      )}
      <button type="submit" class="admin-small-button">
        {t('editor.mentions.create')}
      </button>
    </form>
  );
}

export function MentionPanel(props: {
  ctx: AdminContext;
  articleId: string;
  translations: TranslationMentions[];
}) {
  const { ctx, articleId } = props;
  const { t } = ctx;
  return (
    <section class="admin-panel editor-mentions" id="mentions" aria-labelledby="mentions-title">
      <h2 id="mentions-title">{t('editor.mentions')}</h2>
      <p>{t('editor.mentions.intro')}</p>
      {props.translations.map((tr) => (
        <section aria-labelledby={`mentions-${tr.locale}`}>
          <h3 id={`mentions-${tr.locale}`}>{localeInfo(tr.locale).messages['locale.name']}</h3>
          {tr.mentions.length === 0 ? (
            <p>{t('editor.mentions.none')}</p>
          ) : (
            <div class="admin-table-wrap">
              <table class="admin-table">
                <thead>
                  <tr>
                    <th scope="col">{t('editor.mentions.surface')}</th>
                    <th scope="col">{t('editor.mentions.type')}</th>
                    <th scope="col">{t('editor.mentions.state')}</th>
                    <th scope="col">{t('editor.list.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {tr.mentions.map((m) => (
                    <tr>
                      <td lang={tr.locale}>{m.surface}</td>
                      <td>{t(`editor.mentions.type.${m.entityType}`)}</td>
                      <td>{t(`editor.mentions.state.${m.state}`)}</td>
                      <td>
                        <MentionActions ctx={ctx} articleId={articleId} mention={m} />
                        {m.entityId === null ? (
                          <SuggestionForm ctx={ctx} articleId={articleId} mention={m} />
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </section>
  );
}

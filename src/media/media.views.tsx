// The media library's admin pages: the grid with the upload form, and one image's edit page.
import type { AdminContext } from '../kernel/admin-context.js';
import { AdminLayout, describedBy, Field } from '../views/admin-layout.js';
import { CsrfField } from '../kernel/csrf.js';
import { languageName } from '../i18n/locales.js';
import { formatLongDate } from '../lib/dates.js';
import type { PageInfo } from '../lib/pagination.js';
import type { MediaItem } from './media.presenter.js';
import { Picture } from '../views/picture.js';

export interface UploadFormState {
  error?: string | undefined;
  alt?: Record<string, string>;
  credit?: string;
}

const sizeText = (bytes: number, tag: string) =>
  new Intl.NumberFormat(tag, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
    bytes / 1024,
  );

function AltFields(props: {
  ctx: AdminContext;
  locales: readonly string[];
  values: Record<string, string>;
  prefix: string;
}) {
  const { t, locale } = props.ctx;
  return (
    <>
      {props.locales.map((l) => {
        const id = `${props.prefix}-alt-${l}`;
        const hint = t('media.alt.hint');
        return (
          <Field
            id={id}
            label={t('media.alt.label', { language: languageName(l, locale) })}
            hint={hint}
          >
            <input
              id={id}
              name={`alt_${l}`}
              lang={l}
              maxlength={500}
              value={props.values[l] ?? ''}
              aria-describedby={describedBy(id, hint)}
            />
          </Field>
        );
      })}
    </>
  );
}

function CreditField(props: { ctx: AdminContext; value: string; prefix: string }) {
  const { t } = props.ctx;
  const id = `${props.prefix}-credit`;
  return (
    <Field id={id} label={t('media.credit.label')} hint={t('media.credit.hint')}>
      <input
        id={id}
        name="credit"
        maxlength={300}
        value={props.value}
        aria-describedby={describedBy(id, t('media.credit.hint'))}
      />
    </Field>
  );
}

function StatusBadge({ ctx, item }: { ctx: AdminContext; item: MediaItem }) {
  return (
    <span class={item.status === 'ready' ? 'admin-badge' : 'admin-badge off'}>
      {ctx.t(`media.status.${item.status}`)}
    </span>
  );
}

function AltState(props: { ctx: AdminContext; item: MediaItem; locales: readonly string[] }) {
  const missing = props.locales.filter((l) => !props.item.altLocales.includes(l));
  return missing.length ? (
    <p class="media-alt-missing">
      {props.ctx.t('media.altMissing', { locales: missing.map((l) => l.toUpperCase()).join(', ') })}
    </p>
  ) : (
    <p class="media-alt-ok">{props.ctx.t('media.altComplete')}</p>
  );
}

/** A small preview: a WebP variant, the original for registered SVG files, else a note. */
function Thumb({ ctx, item }: { ctx: AdminContext; item: MediaItem }) {
  const src = item.thumbnailUrl ?? (item.mimeType === 'image/svg+xml' ? item.url : undefined);
  if (!src) return <span class="media-thumb-empty">{ctx.t('media.noPreview')}</span>;
  return <img src={src} alt="" width={item.width} height={item.height} loading="lazy" />;
}

export function LibraryPage(props: {
  ctx: AdminContext;
  items: MediaItem[];
  page: PageInfo;
  locales: readonly string[];
  upload: UploadFormState;
  flash?: string | undefined;
}) {
  const { ctx, page } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('media.library.title')} flash={props.flash}>
      <h1>{t('media.library.title')}</h1>
      <p>{t('media.library.intro')}</p>
      <section class="admin-card" aria-labelledby="upload-title">
        <h2 id="upload-title">{t('media.upload.title')}</h2>
        {props.upload.error ? (
          <p class="admin-alert" role="alert">
            {props.upload.error}
          </p>
        ) : null}
        <form method="post" action="/admin/media" enctype="multipart/form-data" class="admin-form">
          <CsrfField token={ctx.csrfToken} />
          <Field id="upload-file" label={t('media.upload.file')} hint={t('media.upload.hint')}>
            <input
              id="upload-file"
              name="file"
              type="file"
              required
              accept="image/jpeg,image/png,image/webp,image/avif"
              aria-describedby={describedBy('upload-file', t('media.upload.hint'))}
            />
          </Field>
          <AltFields
            ctx={ctx}
            locales={props.locales}
            values={props.upload.alt ?? {}}
            prefix="upload"
          />
          <CreditField ctx={ctx} value={props.upload.credit ?? ''} prefix="upload" />
          <button type="submit" class="button">
            {t('media.upload.submit')}
          </button>
        </form>
      </section>
      <h2>{t('media.library.count', { count: page.total })}</h2>
      {props.items.length === 0 ? <p>{t('media.library.empty')}</p> : null}
      <ul class="media-grid">
        {props.items.map((item) => (
          <li class="media-tile">
            <a href={`/admin/media/${item.id}`} class="media-thumb">
              <Thumb ctx={ctx} item={item} />
              <span class="visually-hidden">
                {t('media.edit.link')} {item.originalName}
              </span>
            </a>
            <p class="media-name">{item.originalName}</p>
            <StatusBadge ctx={ctx} item={item} />
            <AltState ctx={ctx} item={item} locales={props.locales} />
          </li>
        ))}
      </ul>
      {page.pageCount > 1 ? (
        <nav class="admin-pager" aria-label={t('pagination.label')}>
          {page.page > 1 ? (
            <a href={`/admin/media?page=${page.page - 1}`} rel="prev">
              {t('pagination.previous')}
            </a>
          ) : null}
          <span>{t('pagination.current', { page: page.page })}</span>
          {page.page < page.pageCount ? (
            <a href={`/admin/media?page=${page.page + 1}`} rel="next">
              {t('pagination.next')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </AdminLayout>
  );
}

export function EditPage(props: {
  ctx: AdminContext;
  item: MediaItem;
  alt: Record<string, string>;
  locales: readonly string[];
  canDelete: boolean;
  /** False for someone else's image without media.edit: the form is shown read-only. */
  canEdit: boolean;
  flash?: string | undefined;
  conflict?: { alt: Record<string, string>; credit: string } | undefined;
  error?: string | undefined;
}) {
  const { ctx, item } = props;
  const { t } = ctx;
  const title = t('media.edit.title', { name: item.originalName });
  return (
    <AdminLayout ctx={ctx} title={title} flash={props.flash}>
      <p>
        <a href="/admin/media">{t('media.back')}</a>
      </p>
      <h1>{title}</h1>
      {props.conflict ? (
        <div class="admin-alert" role="alert">
          <p>{t('media.edit.conflict')}</p>
          <h2>{t('media.edit.yours')}</h2>
          <ul>
            {props.locales.map((l) => (
              <li lang={l}>
                {l.toUpperCase()} : {props.conflict!.alt[l] ?? ''}
              </li>
            ))}
            <li>
              {t('media.credit.label')} : {props.conflict.credit}
            </li>
          </ul>
        </div>
      ) : null}
      {props.error ? (
        <p class="admin-alert" role="alert">
          {props.error}
        </p>
      ) : null}
      <div class="media-edit">
        <figure class="media-preview">
          {item.variants.length || item.mimeType === 'image/svg+xml' ? (
            <Picture
              src={item.url}
              alt={props.alt[ctx.locale] ?? ''}
              width={item.width}
              height={item.height}
              variants={item.variants}
              sizes="(min-width: 60rem) 28rem, 100vw"
            />
          ) : (
            <span class="media-thumb-empty">{t('media.noPreview')}</span>
          )}
          <figcaption>
            <StatusBadge ctx={ctx} item={item} />
          </figcaption>
        </figure>
        {props.canEdit ? (
          <form method="post" action={`/admin/media/${item.id}`} class="admin-form admin-card">
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="version" value={String(item.version)} />
            <AltFields ctx={ctx} locales={props.locales} values={props.alt} prefix="edit" />
            <CreditField ctx={ctx} value={item.credit} prefix="edit" />
            <button type="submit" class="button">
              {t('media.edit.save')}
            </button>
          </form>
        ) : (
          <div class="admin-card">
            <p>{t('media.edit.readOnly')}</p>
            <dl class="media-details">
              {props.locales.map((l) => (
                <>
                  <dt>{t('media.alt.label', { language: l.toUpperCase() })}</dt>
                  <dd lang={l}>{props.alt[l] || '—'}</dd>
                </>
              ))}
              <dt>{t('media.credit.label')}</dt>
              <dd>{item.credit || '—'}</dd>
            </dl>
          </div>
        )}
      </div>
      <section class="admin-card" aria-labelledby="details-title">
        <h2 id="details-title">{t('media.edit.details')}</h2>
        <dl class="media-details">
          <dt>{t('media.edit.original')}</dt>
          <dd>
            <a href={item.url}>{item.originalName}</a> ({item.mimeType},{' '}
            {sizeText(item.byteSize, ctx.tag)}, {formatLongDate(item.createdAt, ctx.tag)})
          </dd>
          <dt>{t('media.edit.dimensions')}</dt>
          <dd>
            {item.width} × {item.height}
          </dd>
          <dt>{t('media.edit.variants')}</dt>
          <dd>
            {item.variants.length === 0
              ? t('media.edit.noVariants')
              : item.variants.map((v) => `${v.width} ${v.format.toUpperCase()}`).join(', ')}
          </dd>
        </dl>
      </section>
      {props.canDelete ? (
        <section class="admin-card" aria-labelledby="trash-title">
          <h2 id="trash-title">{t('media.delete.title')}</h2>
          <p>{t('media.delete.hint')}</p>
          <form method="post" action={`/admin/media/${item.id}/delete`}>
            <CsrfField token={ctx.csrfToken} />
            <button type="submit" class="button">
              {t('media.delete.submit')}
            </button>
          </form>
        </section>
      ) : null}
    </AdminLayout>
  );
}

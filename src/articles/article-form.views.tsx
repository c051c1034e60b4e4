// The article form: one fieldset per language (in-page links act as tabs without JavaScript;
// public/admin-editor.js turns them into real tabs and adds the toolbar, preview and autosave),
// then the article-level fields. Every field is labelled; errors are tied to their inputs.
import type { FieldErrors } from '../kernel/form-errors.js';
import { articleKinds, emptyTranslation, type ArticleForm } from './article-editor.form.js';
import type { Option } from './article-options.repository.js';
import type { TranslationStatus } from '../db/tables/article.table.js';
import { CsrfField } from '../kernel/csrf.js';
import { localeInfo } from '../i18n/locales.js';
import type { MessageKey } from '../i18n/messages.fr.js';
import { isoToZoned } from '../lib/zoned-time.js';
import type { AdminContext } from '../kernel/admin-context.js';
import { describedBy, Field } from '../views/admin-layout.js';
import { editorTimeZone } from './article-form.schema.js';

export interface FormOptions {
  sectors: { id: string; name: string }[];
  media: Option[];
  events: Option[];
  projects: Option[];
}

export interface ArticleFormProps {
  ctx: AdminContext;
  action: string;
  locales: readonly string[];
  form: ArticleForm;
  /** Absent for a new article. */
  version?: number | undefined;
  errors: FieldErrors;
  options: FormOptions;
  /** Statuses each language's select offers. */
  statusChoices: Record<string, TranslationStatus[]>;
  /** Where the script posts autosaves (existing articles only). */
  autosaveUrl?: string | undefined;
}

/** The label of a field name used in errors, diffs and the conflict screen. */
export function fieldLabel(ctx: AdminContext, field: string): string {
  const { t } = ctx;
  const [first, second] = field.split('.') as [string, string | undefined];
  const articleKeys: Record<string, MessageKey> = {
    kind: 'editor.field.kind',
    sectors: 'editor.field.sectors',
    hero: 'editor.field.hero',
    heroCredit: 'editor.field.heroCredit',
    event: 'editor.field.event',
    project: 'editor.field.project',
  };
  if (second === undefined) return articleKeys[first] ? t(articleKeys[first]) : first;
  const key = `editor.field.${second}` as MessageKey;
  return `${t(key)} (${localeInfo(first).messages['locale.name']})`;
}

export function ArticleFormView(props: ArticleFormProps) {
  const { ctx, form, errors, options, locales } = props;
  const { t } = ctx;
  const err = (name: string) => {
    const e = errors[name];
    return e ? t(e.key, e.params) : undefined;
  };
  const errorList = Object.keys(errors);
  return (
    <form
      method="post"
      action={props.action}
      class="admin-form editor-form"
      id="article-form"
      data-preview-url="/admin/articles/preview"
      data-autosave-url={props.autosaveUrl}
      data-words={JSON.stringify({
        bold: t('editor.toolbar.bold'),
        italic: t('editor.toolbar.italic'),
        heading: t('editor.toolbar.heading'),
        link: t('editor.toolbar.link'),
        list: t('editor.toolbar.list'),
        quote: t('editor.toolbar.quote'),
        toolbar: t('editor.toolbar'),
        preview: t('editor.preview'),
        previewEmpty: t('editor.previewEmpty'),
        saved: t('editor.autosaved', { time: '{time}' }),
        failed: t('editor.autosaveFailed'),
        conflict: t('editor.autosaveConflict'),
      })}
    >
      <CsrfField token={ctx.csrfToken} />
      {props.version !== undefined ? (
        <input type="hidden" name="version" value={String(props.version)} />
      ) : null}
      {errorList.length ? (
        <div class="admin-alert" role="alert" id="form-errors">
          <p>{t('editor.errors')}</p>
          <ul>
            {errorList.map((name) => (
              <li>
                <a href={`#${inputId(name)}`}>
                  {fieldLabel(ctx, name)} : {err(name)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <nav class="editor-tabs" aria-label={t('editor.languages')}>
        <ul>
          {locales.map((l) => (
            <li>
              <a href={`#lang-${l}`} data-tab={l}>
                {localeInfo(l).messages['locale.name']}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {locales.map((l) => (
        <TranslationFields
          ctx={ctx}
          locale={l}
          form={form}
          err={err}
          statuses={props.statusChoices[l] ?? ['draft']}
        />
      ))}

      <fieldset class="editor-article">
        <legend>{t('editor.article')}</legend>
        <Field id="kind" label={t('editor.field.kind')} error={err('kind')}>
          <select id="kind" name="kind" aria-describedby={describedBy('kind', '', err('kind'))}>
            {articleKinds.map((k) => (
              <option value={k} selected={form.kind === k}>
                {t(`editor.kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <fieldset
          class={err('sectors') ? 'editor-sectors has-error' : 'editor-sectors'}
          id="sectors"
          aria-describedby={err('sectors') ? 'sectors-error' : undefined}
        >
          <legend>{t('editor.field.sectors')}</legend>
          {err('sectors') ? (
            <p class="admin-error" id="sectors-error">
              {err('sectors')}
            </p>
          ) : null}
          {options.sectors.map((s) => (
            <label class="editor-check">
              <input
                type="checkbox"
                name="sectors"
                value={s.id}
                checked={form.sectorIds.includes(s.id)}
              />{' '}
              {s.name}
            </label>
          ))}
        </fieldset>
        <OptionSelect
          ctx={ctx}
          id="hero"
          name="hero_media_id"
          label={t('editor.field.hero')}
          hint={t('editor.field.heroHint')}
          options={options.media}
          value={form.heroMediaId}
          error={err('hero')}
        />
        <p class="editor-upload-link">
          <a href="/admin/media">{t('editor.field.heroUpload')}</a>
        </p>
        <Field id="heroCredit" label={t('editor.field.heroCredit')} error={err('heroCredit')}>
          <input
            id="heroCredit"
            name="hero_credit"
            value={form.heroCredit}
            maxlength={300}
            aria-describedby={describedBy('heroCredit', '', err('heroCredit'))}
          />
        </Field>
        <OptionSelect
          ctx={ctx}
          id="event"
          name="event_id"
          label={t('editor.field.event')}
          options={options.events}
          value={form.eventId}
          error={err('event')}
        />
        <OptionSelect
          ctx={ctx}
          id="project"
          name="project_id"
          label={t('editor.field.project')}
          options={options.projects}
          value={form.projectId}
          error={err('project')}
        />
      </fieldset>

      <div class="editor-actions">
        <button type="submit" class="button">
          {t('editor.save')}
        </button>
        <p class="editor-autosave" role="status" aria-live="polite" id="autosave-status"></p>
      </div>
      {props.version === undefined ? (
        <p class="admin-hint">{t('editor.mentions.saveFirst')}</p>
      ) : null}
    </form>
  );
}

/** Input ids: `fr.title` → `fr-title`. */
export function inputId(name: string): string {
  return name.replace('.', '-');
}

function TranslationFields(props: {
  ctx: AdminContext;
  locale: string;
  form: ArticleForm;
  err: (name: string) => string | undefined;
  statuses: TranslationStatus[];
}) {
  const { ctx, locale: l, err } = props;
  const { t } = ctx;
  const tr = props.form.translations[l] ?? emptyTranslation();
  const text = (
    field: string,
    label: MessageKey,
    value: string,
    opts: { max: number; hint?: MessageKey; required?: boolean } = { max: 300 },
  ) => {
    const id = `${l}-${field}`;
    const name = `${l}.${snake(field)}`;
    const hint = opts.hint ? t(opts.hint) : undefined;
    const error = err(`${l}.${field}`);
    return (
      <Field id={id} label={t(label)} hint={hint} error={error}>
        <input
          id={id}
          name={name}
          value={value}
          maxlength={opts.max}
          aria-describedby={describedBy(id, hint, error)}
          aria-invalid={error ? 'true' : undefined}
        />
      </Field>
    );
  };
  const area = (
    field: string,
    label: MessageKey,
    value: string,
    rows: number,
    hint?: MessageKey,
  ) => {
    const id = `${l}-${field}`;
    const hintText = hint ? t(hint) : undefined;
    const error = err(`${l}.${field}`);
    return (
      <Field id={id} label={t(label)} hint={hintText} error={error}>
        <textarea
          id={id}
          name={`${l}.${snake(field)}`}
          rows={rows}
          lang={l}
          data-markdown={field === 'body' ? 'true' : undefined}
          aria-describedby={describedBy(id, hintText, error)}
          aria-invalid={error ? 'true' : undefined}
        >
          {value}
        </textarea>
      </Field>
    );
  };
  const statusError = err(`${l}.status`);
  const scheduledError = err(`${l}.scheduledAt`);
  return (
    <fieldset id={`lang-${l}`} class="editor-lang" data-tabpanel={l}>
      <legend>{localeInfo(l).messages['locale.name']}</legend>
      <div class="editor-status-row">
        <Field id={`${l}-status`} label={t('editor.field.status')} error={statusError}>
          <select
            id={`${l}-status`}
            name={`${l}.status`}
            aria-describedby={describedBy(`${l}-status`, '', statusError)}
          >
            {props.statuses.map((s) => (
              <option value={s} selected={tr.status === s}>
                {t(`editor.status.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${l}-scheduledAt`} label={t('editor.field.scheduledAt')} error={scheduledError}>
          <input
            type="datetime-local"
            id={`${l}-scheduledAt`}
            name={`${l}.scheduled_at`}
            value={tr.scheduledAt ? isoToZoned(tr.scheduledAt, editorTimeZone) : ''}
            aria-describedby={describedBy(`${l}-scheduledAt`, '', scheduledError)}
          />
        </Field>
      </div>
      {text('title', 'editor.field.title', tr.title, { max: 300 })}
      {text('slug', 'editor.field.slug', tr.slug, { max: 200, hint: 'editor.field.slugHint' })}
      {text('kicker', 'editor.field.kicker', tr.kicker)}
      {text('creditLine', 'editor.field.creditLine', tr.creditLine)}
      {area('body', 'editor.field.body', tr.body, 18, 'editor.field.bodyHint')}
      {area('excerpt', 'editor.field.excerpt', tr.excerpt, 3, 'editor.field.excerptHint')}
      {text('seoDescription', 'editor.field.seoDescription', tr.seoDescription, { max: 400 })}
      {text('heroCaption', 'editor.field.heroCaption', tr.heroCaption, { max: 500 })}
    </fieldset>
  );
}

function OptionSelect(props: {
  ctx: AdminContext;
  id: string;
  name: string;
  label: string;
  options: Option[];
  value: string | null;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <select
        id={props.id}
        name={props.name}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      >
        <option value="">{props.ctx.t('editor.field.none')}</option>
        {props.options.map((o) => (
          <option value={o.id} selected={props.value === o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

function snake(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

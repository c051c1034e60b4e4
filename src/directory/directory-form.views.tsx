// One renderer for every directory form: the shared fields, the texts per language, and the
// repeated rows (aliases, affiliations, venues…) with blank rows to fill, all plain HTML.
import type { FieldErrors } from '../kernel/form-errors.js';
import { Field, describedBy } from '../views/admin-layout.js';
import type { AdminContext } from '../kernel/admin-context.js';
import { CsrfField } from '../kernel/csrf.js';
import { localeInfo } from '../i18n/locales.js';
import {
  rowCount,
  type DirectoryChoices,
  type DirectoryForm,
  type FieldSpec,
  type FormSpec,
  type RowGroupSpec,
} from './directory-form.js';

const idOf = (key: string) => `f-${key.replace(/\./g, '-')}`;
const localeName = (locale: string) => localeInfo(locale).messages['locale.name'];

/** A field's name for people: « Description (English) », « Affiliations 2 — Organisation ». */
export function directoryFieldLabel(ctx: AdminContext, spec: FormSpec, key: string): string {
  const { t } = ctx;
  const parts = key.split('.');
  const group = spec.groups.find((g) => g.name === parts[0]);
  if (group && parts.length >= 3) {
    const rest = parts.slice(2);
    const field = group.fields.find((f) => f.name === rest[rest.length - 1]);
    const name = field ? t(field.label) : rest.join('.');
    const locale = rest.length === 2 ? ` (${localeName(rest[0]!)})` : '';
    return `${t(group.rowLabel, { n: Number(parts[1]) + 1 })} — ${name}${locale}`;
  }
  if (parts.length === 2) {
    const field = spec.fields.find((f) => f.name === parts[1] && f.perLocale);
    return `${field ? t(field.label) : parts[1]!} (${localeName(parts[0]!)})`;
  }
  const field = spec.fields.find((f) => f.name === key && !f.perLocale);
  return field ? t(field.label) : key;
}

interface InputProps {
  ctx: AdminContext;
  field: FieldSpec;
  name: string;
  value: string;
  choices: DirectoryChoices;
  hint?: string | undefined;
  error?: string | undefined;
  /** In a repeated row, which may be left blank: selects always offer « — ». */
  inRow?: boolean;
}

function Input(props: InputProps) {
  const { field, name, value } = props;
  const id = idOf(name);
  const described = describedBy(id, props.hint, props.error);
  const invalid = props.error ? 'true' : undefined;
  const options = props.choices[field.choices ?? field.name] ?? [];
  switch (field.type) {
    case 'textarea':
      return (
        <textarea
          id={id}
          name={name}
          rows={field.max && field.max <= 5000 ? 4 : 8}
          aria-describedby={described}
          aria-invalid={invalid}
        >
          {value}
        </textarea>
      );
    case 'select':
      return (
        <select id={id} name={name} aria-describedby={described} aria-invalid={invalid}>
          {field.required && !props.inRow ? null : <option value="">—</option>}
          {options.map((o) => (
            <option value={o.value} selected={o.value === value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    case 'checkbox':
      return (
        <input
          type="checkbox"
          id={id}
          name={name}
          value="1"
          checked={value === '1'}
          aria-describedby={described}
        />
      );
    case 'checkboxes':
    case 'multiselect':
      return null; // rendered as a fieldset by FieldRow
    case 'countries':
    case 'country':
    case 'date':
    case 'datetime':
    case 'number':
    case 'slug':
    case 'text':
    case 'url': {
      const type =
        field.type === 'url'
          ? 'url'
          : field.type === 'date'
            ? 'date'
            : field.type === 'datetime'
              ? 'datetime-local'
              : 'text';
      return (
        <input
          type={type}
          id={id}
          name={name}
          value={value}
          inputmode={field.type === 'number' ? 'numeric' : undefined}
          maxlength={type === 'text' || type === 'url' ? (field.max ?? 200) : undefined}
          required={field.required ? true : undefined}
          autocomplete="off"
          aria-describedby={described}
          aria-invalid={invalid}
        />
      );
    }
  }
}

function errorText(ctx: AdminContext, errors: FieldErrors, key: string): string | undefined {
  const e = errors[key];
  return e ? ctx.t(e.key, e.params) : undefined;
}

function FieldRow(props: {
  ctx: AdminContext;
  field: FieldSpec;
  name: string;
  label: string;
  form: DirectoryForm;
  errors: FieldErrors;
  choices: DirectoryChoices;
  inRow?: boolean;
}) {
  const { ctx, field, name } = props;
  const value = props.form[name] ?? '';
  const hint = field.hint ? ctx.t(field.hint) : undefined;
  const error = errorText(ctx, props.errors, name);
  if (field.type === 'checkboxes' || field.type === 'multiselect') {
    // A long list (speakers among every person) scrolls, its ticked choices first so they show.
    const selected = new Set(value.split(',').filter(Boolean));
    const all = props.choices[field.choices ?? field.name] ?? [];
    const list = field.type === 'multiselect';
    const options = list
      ? [...all.filter((o) => selected.has(o.value)), ...all.filter((o) => !selected.has(o.value))]
      : all;
    const classes = ['admin-checkboxes', list ? 'is-list' : '', error ? 'has-error' : ''];
    return (
      <fieldset class={classes.filter(Boolean).join(' ')}>
        <legend>{props.label}</legend>
        {error ? <p class="admin-error">{error}</p> : null}
        {options.map((o, i) => (
          <label for={`${idOf(name)}-${i}`}>
            <input
              type="checkbox"
              id={`${idOf(name)}-${i}`}
              name={name}
              value={o.value}
              checked={selected.has(o.value)}
            />{' '}
            {o.label}
          </label>
        ))}
      </fieldset>
    );
  }
  if (field.type === 'checkbox')
    return (
      <div class="admin-field admin-check">
        <Input {...props} value={value} hint={hint} error={error} />
        <label for={idOf(name)}>{props.label}</label>
      </div>
    );
  return (
    <Field id={idOf(name)} label={props.label} hint={hint} error={error}>
      <Input {...props} value={value} hint={hint} error={error} />
    </Field>
  );
}

function GroupRows(props: {
  ctx: AdminContext;
  group: RowGroupSpec;
  locales: readonly string[];
  form: DirectoryForm;
  errors: FieldErrors;
  choices: DirectoryChoices;
}) {
  const { ctx, group, locales } = props;
  const { t } = ctx;
  const existing = rowCount(props.form, group.name);
  const total = Math.min(group.maxRows, existing + group.blankRows);
  const groupError = errorText(ctx, props.errors, group.name);
  return (
    <fieldset class="directory-group" id={idOf(group.name)}>
      <legend>{t(group.label)}</legend>
      {groupError ? <p class="admin-error">{groupError}</p> : null}
      {Array.from({ length: total }, (_, i) => (
        <div class={i < existing ? 'directory-row' : 'directory-row is-blank'}>
          <p class="directory-row-title">
            {i < existing
              ? t(group.rowLabel, { n: i + 1 })
              : t('directoryEditor.newRow', { row: t(group.rowLabel, { n: i + 1 }) })}
          </p>
          <div class="directory-row-fields">
            {group.fields.flatMap((field) =>
              (field.perLocale ? locales : [undefined]).map((locale) => {
                const name = `${group.name}.${i}.${locale ? `${locale}.` : ''}${field.name}`;
                const label = `${t(field.label)}${locale ? ` (${localeName(locale)})` : ''}`;
                return (
                  <FieldRow
                    ctx={ctx}
                    field={field}
                    name={name}
                    label={label}
                    form={props.form}
                    errors={props.errors}
                    choices={props.choices}
                    inRow
                  />
                );
              }),
            )}
          </div>
          {i < existing ? (
            <div class="admin-field admin-check directory-remove">
              <input
                type="checkbox"
                id={idOf(`${group.name}.${i}.remove`)}
                name={`${group.name}.${i}.remove`}
                value="1"
              />
              <label for={idOf(`${group.name}.${i}.remove`)}>
                {t('directoryEditor.removeRow', { n: i + 1 })}
              </label>
            </div>
          ) : null}
        </div>
      ))}
      {existing + group.blankRows > group.maxRows ? null : (
        <p class="admin-hint">{t('directoryEditor.moreRows')}</p>
      )}
    </fieldset>
  );
}

/** The whole form of an entry, posted to `action`; `version` is the one it was read at. */
export function DirectoryFormView(props: {
  ctx: AdminContext;
  spec: FormSpec;
  locales: readonly string[];
  action: string;
  form: DirectoryForm;
  version: number | undefined;
  errors: FieldErrors;
  choices: DirectoryChoices;
}) {
  const { ctx, spec, locales, form, errors, choices } = props;
  const { t } = ctx;
  const shared = spec.fields.filter((f) => !f.perLocale);
  const texts = spec.fields.filter((f) => f.perLocale);
  const errorKeys = Object.keys(errors);
  return (
    <form method="post" action={props.action} class="admin-form directory-form" novalidate>
      <CsrfField token={ctx.csrfToken} />
      {props.version !== undefined ? (
        <input type="hidden" name="version" value={String(props.version)} />
      ) : null}
      {errorKeys.length ? (
        <div class="admin-error-summary" role="alert" tabindex={-1} id="error-summary">
          <h2>{t('directoryEditor.errorSummary')}</h2>
          <ul>
            {errorKeys.map((key) => (
              <li>
                <a href={`#${idOf(key)}`}>
                  {directoryFieldLabel(ctx, spec, key)} : {errorText(ctx, errors, key)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="admin-card directory-shared">
        {shared.map((field) => (
          <FieldRow
            ctx={ctx}
            field={field}
            name={field.name}
            label={t(field.label)}
            form={form}
            errors={errors}
            choices={choices}
          />
        ))}
      </div>
      {texts.length ? (
        <div class="directory-locales">
          {locales.map((locale) => (
            <fieldset class="admin-card directory-locale">
              <legend>{t('directoryEditor.texts', { language: localeName(locale) })}</legend>
              {texts.map((field) => (
                <FieldRow
                  ctx={ctx}
                  field={field}
                  name={`${locale}.${field.name}`}
                  label={t(field.label)}
                  form={form}
                  errors={errors}
                  choices={choices}
                />
              ))}
            </fieldset>
          ))}
        </div>
      ) : null}
      {spec.groups.map((group) => (
        <GroupRows
          ctx={ctx}
          group={group}
          locales={locales}
          form={form}
          errors={errors}
          choices={choices}
        />
      ))}
      <div class="admin-actions directory-submit">
        <button type="submit" class="button">
          {t('directoryEditor.save')}
        </button>
      </div>
    </form>
  );
}

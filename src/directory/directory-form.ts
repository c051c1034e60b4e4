// The directory editors' forms as data: a kind declares its fields, and one parser, one validator
// and one renderer serve them all. A form is a flat record of strings (`name`, `fr.description`,
// `affiliations.0.organisation`), so revisions, diffs and the conflict screen need no per-kind code.
import type { FieldErrors } from '../kernel/form-errors.js';
import type { MessageKey } from '../i18n/messages.fr.js';

export type DirectoryForm = Record<string, string>;

export type FieldType =
  | 'text'
  | 'textarea'
  | 'select'
  | 'multiselect'
  | 'checkbox'
  | 'checkboxes'
  | 'date'
  | 'datetime'
  | 'number'
  | 'url'
  | 'slug'
  | 'country'
  | 'countries';

export interface Choice {
  value: string;
  label: string;
}

export interface FieldSpec {
  name: string;
  type: FieldType;
  label: MessageKey;
  hint?: MessageKey;
  /** One value per locale, named `{locale}.{name}`. */
  perLocale?: boolean;
  required?: boolean;
  /** Maximum length of a text value (defaults: 200 for a line, 20,000 for a textarea). */
  max?: number;
  /** Where select, multiselect and checkboxes take their choices (see DirectoryChoices). */
  choices?: string;
  /**
   * The value is a row number (from 1) of this group of the same form, e.g. a programme item's
   * venue; parsing follows the rows' renumbering when rows are removed or left blank.
   */
  rowOf?: string;
}

export interface RowGroupSpec {
  name: string;
  label: MessageKey;
  /** One row's title, with {n}: « Affiliation {n} ». */
  rowLabel: MessageKey;
  /** The first field's value decides whether a row exists (blank rows are dropped). */
  fields: FieldSpec[];
  /** Blank rows offered after the existing ones, so the form works without JavaScript. */
  blankRows: number;
  /** Most rows kept; more is a form error. */
  maxRows: number;
}

export interface FormSpec {
  fields: FieldSpec[];
  groups: RowGroupSpec[];
}

/** Choices of the selects of a form, by the `choices` name of its fields. */
export type DirectoryChoices = Record<string, Choice[]>;

/** A submitted form body as Hono's parseBody({ all: true }) gives it. */
export type FormBody = Record<string, unknown>;

const rowKey = /^([a-z_]+)\.(\d{1,3})\.(.+)$/;

function stringsOf(value: unknown): string[] {
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  return values.filter((v): v is string => typeof v === 'string');
}

function valueOf(field: FieldSpec, raw: unknown): string {
  const values = stringsOf(raw).map((v) => v.replace(/\r\n/g, '\n'));
  if (field.type === 'multiselect' || field.type === 'checkboxes')
    return [...new Set(values.map((v) => v.trim()).filter(Boolean))].join(',');
  if (field.type === 'checkbox') return values.includes('1') ? '1' : '';
  const value = values[values.length - 1] ?? '';
  if (field.type === 'country') return value.trim().toUpperCase();
  if (field.type === 'countries') return normaliseCountries(value);
  return field.type === 'textarea' ? value.replace(/\s+$/, '') : value.trim();
}

function keysOf(field: FieldSpec, locales: readonly string[], prefix = ''): string[] {
  return field.perLocale
    ? locales.map((l) => `${prefix}${l}.${field.name}`)
    : [`${prefix}${field.name}`];
}

/**
 * The form a body describes: unknown keys ignored, values trimmed, rows renumbered from 0 with
 * blank rows (and rows whose `remove` box is ticked) dropped.
 */
export function parseForm(
  spec: FormSpec,
  body: FormBody,
  locales: readonly string[],
): DirectoryForm {
  const form: DirectoryForm = {};
  for (const field of spec.fields)
    for (const key of keysOf(field, locales)) form[key] = valueOf(field, body[key]);
  /** For each group, the submitted row number (from 1) → the kept row number, as text. */
  const renumbered = new Map<string, Map<string, string>>();
  for (const group of spec.groups) {
    const indices = new Set<number>();
    for (const key of Object.keys(body)) {
      const m = rowKey.exec(key);
      if (m && m[1] === group.name) indices.add(Number(m[2]));
    }
    const numbers = new Map<string, string>();
    renumbered.set(group.name, numbers);
    let row = 0;
    for (const index of [...indices].sort((a, b) => a - b)) {
      const prefix = `${group.name}.${index}.`;
      if (stringsOf(body[`${prefix}remove`]).includes('1')) continue;
      const values: DirectoryForm = {};
      for (const field of group.fields)
        for (const key of keysOf(field, locales))
          values[key] = valueOf(field, body[`${prefix}${key}`]);
      if (Object.values(values).every((v) => v === '')) continue;
      for (const [key, value] of Object.entries(values))
        form[`${group.name}.${row}.${key}`] = value;
      numbers.set(String(index + 1), String(row + 1));
      row++;
    }
  }
  // References to rows of another group follow its renumbering; a removed row's are cleared.
  for (const group of spec.groups)
    for (const field of group.fields) {
      const numbers = field.rowOf ? renumbered.get(field.rowOf) : undefined;
      if (!numbers) continue;
      for (let i = 0; form[`${group.name}.${i}.${field.name}`] !== undefined; i++) {
        const key = `${group.name}.${i}.${field.name}`;
        if (form[key]) form[key] = numbers.get(form[key]) ?? '';
      }
    }
  return form;
}

/** The same cleaning as parseForm for a form given as data (the API, a restored revision). */
export function cleanForm(
  spec: FormSpec,
  form: DirectoryForm,
  locales: readonly string[],
): DirectoryForm {
  const out: DirectoryForm = { ...form };
  for (const field of spec.fields)
    for (const key of keysOf(field, locales)) if (key in out) out[key] = valueOf(field, out[key]);
  for (const group of spec.groups)
    for (let i = 0; i < rowCount(form, group.name); i++)
      for (const field of group.fields)
        for (const key of keysOf(field, locales, `${group.name}.${i}.`))
          if (key in out) out[key] = valueOf(field, out[key]);
  return out;
}

/** How many rows of a group a form holds. */
export function rowCount(form: DirectoryForm, group: string): number {
  let n = 0;
  while (Object.keys(form).some((k) => k.startsWith(`${group}.${n}.`))) n++;
  return n;
}

/** The rows of a group as records keyed by field (per-locale fields as `fr.title`). */
export function rowsOf(form: DirectoryForm, group: string): DirectoryForm[] {
  const rows: DirectoryForm[] = [];
  for (let i = 0; i < rowCount(form, group); i++) {
    const prefix = `${group}.${i}.`;
    rows.push(
      Object.fromEntries(
        Object.entries(form)
          .filter(([k]) => k.startsWith(prefix))
          .map(([k, v]) => [k.slice(prefix.length), v]),
      ),
    );
  }
  return rows;
}

/** Writes rows back into flat keys. */
export function flattenRows(group: string, rows: DirectoryForm[]): DirectoryForm {
  const out: DirectoryForm = {};
  rows.forEach((row, i) => {
    for (const [k, v] of Object.entries(row)) out[`${group}.${i}.${k}`] = v;
  });
  return out;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const datetimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function checkValue(
  field: FieldSpec,
  key: string,
  value: string,
  choices: DirectoryChoices,
  errors: FieldErrors,
): void {
  if (value === '') {
    if (field.required) errors[key] = { key: 'directoryEditor.error.required' };
    return;
  }
  const max = field.max ?? (field.type === 'textarea' ? 20_000 : 200);
  if (value.length > max) {
    errors[key] = { key: 'directoryEditor.error.tooLong', params: { max } };
    return;
  }
  switch (field.type) {
    case 'url':
      if (!/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value) || !URL.canParse(value))
        errors[key] = { key: 'directoryEditor.error.url' };
      return;
    case 'slug':
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value))
        errors[key] = { key: 'directoryEditor.error.slug' };
      return;
    case 'date':
      if (!datePattern.test(value) || !isRealDate(value))
        errors[key] = { key: 'directoryEditor.error.date' };
      return;
    case 'datetime':
      if (!datetimePattern.test(value) || !isRealDate(value.slice(0, 10)))
        errors[key] = { key: 'directoryEditor.error.datetime' };
      return;
    case 'number':
      if (!/^\d{1,12}$/.test(value)) errors[key] = { key: 'directoryEditor.error.number' };
      return;
    case 'country':
      if (!/^[A-Z]{2}$/.test(value)) errors[key] = { key: 'directoryEditor.error.country' };
      return;
    case 'countries':
      if (!value.split(',').every((c) => /^[A-Z]{2}$/.test(c.trim())))
        errors[key] = { key: 'directoryEditor.error.country' };
      return;
    case 'select':
    case 'multiselect':
    case 'checkboxes': {
      const allowed = new Set((choices[field.choices ?? field.name] ?? []).map((c) => c.value));
      if (!value.split(',').every((v) => allowed.has(v)))
        errors[key] = { key: 'directoryEditor.error.choice' };
      return;
    }
    case 'text':
    case 'textarea':
    case 'checkbox':
      return;
  }
}

/** The errors every form shares: required values, lengths, formats and known choices. */
export function checkForm(
  spec: FormSpec,
  form: DirectoryForm,
  locales: readonly string[],
  choices: DirectoryChoices,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of spec.fields)
    for (const key of keysOf(field, locales))
      checkValue(field, key, form[key] ?? '', choices, errors);
  for (const group of spec.groups) {
    const count = rowCount(form, group.name);
    if (count > group.maxRows)
      errors[group.name] = {
        key: 'directoryEditor.error.tooManyRows',
        params: { max: group.maxRows },
      };
    for (let i = 0; i < count; i++)
      for (const field of group.fields)
        for (const key of keysOf(field, locales, `${group.name}.${i}.`))
          checkValue(field, key, form[key] ?? '', choices, errors);
  }
  return errors;
}

/** Country codes typed as « be, FR » are kept as `BE,FR`. */
export function normaliseCountries(value: string): string {
  return [
    ...new Set(
      value
        .split(/[\s,;]+/)
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
    ),
  ].join(',');
}

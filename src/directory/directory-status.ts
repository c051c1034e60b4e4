// The status control of the kinds that have one (organisations, people): the form field, its
// choices, and the rules the generic editor applies. A form without the field is published.
import type { DirectoryStatus } from '../kernel/directory-status.js';
import { isDirectoryStatus } from '../kernel/directory-status.js';
import type { Translator } from '../i18n/locales.js';
import type { Choice, DirectoryForm, FieldSpec, FormSpec } from './directory-form.js';

export const statusField: FieldSpec = {
  name: 'status',
  type: 'select',
  label: 'directoryEditor.field.status',
  hint: 'directoryEditor.hint.status',
  required: true,
  choices: 'statuses',
};

export function statusChoices(t: Translator): Choice[] {
  return [
    { value: 'published', label: t('directoryEditor.status.published') },
    { value: 'draft', label: t('directoryEditor.status.draft') },
  ];
}

export function hasStatus(spec: FormSpec): boolean {
  return spec.fields.some((f) => f.name === 'status');
}

/** The form's status; an entry written by hand without one is published. */
export function statusOf(form: DirectoryForm): DirectoryStatus {
  const value = form.status ?? '';
  return isDirectoryStatus(value) ? value : 'published';
}

/** Whether readers cannot see the entry. */
export const isDraft = (form: DirectoryForm): boolean => statusOf(form) === 'draft';

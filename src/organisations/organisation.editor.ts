// The organisation as the directory editor sees it: its form, its choices and its checks.
import type { FieldErrors } from '../kernel/form-errors.js';
import { directoryChoicesRepository } from '../directory/directory-choices.repository.js';
import type { DirectoryForm, FormSpec } from '../directory/directory-form.js';
import type { DirectoryKind } from '../directory/directory-kind.js';
import { searchAndSort } from '../directory/directory-list.js';
import { statusChoices, statusField, statusOf } from '../directory/directory-status.js';
import { translator } from '../i18n/locales.js';
import { paths } from '../i18n/paths.js';
import { slugify } from '../lib/slug.js';
import { organisationEditorRepository } from './organisation-editor.repository.js';
import { organisationKinds } from './organisation.schema.js';

const spec: FormSpec = {
  fields: [
    { name: 'name', type: 'text', label: 'directoryEditor.field.name', required: true },
    {
      name: 'slug',
      type: 'slug',
      label: 'directoryEditor.field.slug',
      hint: 'directoryEditor.hint.slug',
    },
    statusField,
    { name: 'acronym', type: 'text', label: 'directoryEditor.field.acronym', max: 40 },
    {
      name: 'kind',
      type: 'select',
      label: 'directoryEditor.field.kind',
      required: true,
      choices: 'organisationKinds',
    },
    { name: 'is_member', type: 'checkbox', label: 'directoryEditor.field.isMember' },
    {
      name: 'country',
      type: 'country',
      label: 'directoryEditor.field.country',
      hint: 'directoryEditor.hint.country',
    },
    { name: 'city', type: 'text', label: 'directoryEditor.field.city', max: 100 },
    { name: 'website', type: 'url', label: 'directoryEditor.field.website', max: 500 },
    {
      name: 'parent',
      type: 'select',
      label: 'directoryEditor.field.parent',
      choices: 'organisations',
    },
    { name: 'logo', type: 'select', label: 'directoryEditor.field.logo', choices: 'images' },
    {
      name: 'sectors',
      type: 'checkboxes',
      label: 'directoryEditor.field.sectors',
      choices: 'sectors',
    },
    {
      name: 'description',
      type: 'textarea',
      label: 'directoryEditor.field.description',
      perLocale: true,
    },
    {
      name: 'competences',
      type: 'textarea',
      label: 'directoryEditor.field.competences',
      hint: 'directoryEditor.hint.onePerLine',
      perLocale: true,
      max: 5000,
    },
  ],
  groups: [
    {
      name: 'aliases',
      label: 'directoryEditor.group.aliases',
      rowLabel: 'directoryEditor.row.alias',
      blankRows: 2,
      maxRows: 30,
      fields: [
        { name: 'alias', type: 'text', label: 'directoryEditor.field.alias', max: 200 },
        {
          name: 'kind',
          type: 'select',
          label: 'directoryEditor.field.aliasKind',
          choices: 'aliasKinds',
        },
        { name: 'valid_until', type: 'date', label: 'directoryEditor.field.validUntil' },
      ],
    },
  ],
};

export function organisationKind(locales: readonly string[]): DirectoryKind {
  return {
    type: 'organisation',
    table: 'organisation',
    path: 'organisations',
    labels: {
      list: 'directoryEditor.organisations',
      create: 'directoryEditor.organisations.new',
      edit: 'directoryEditor.organisations.edit',
    },
    spec,
    async choices(db, locale) {
      const t = translator(locale);
      const repo = directoryChoicesRepository(db);
      const [organisations, sectors, images] = await Promise.all([
        repo.listOrganisationChoices(),
        repo.listSectorChoices(locale),
        repo.listImageChoices(),
      ]);
      return {
        organisations,
        sectors,
        images,
        statuses: statusChoices(t),
        organisationKinds: organisationKinds.map((k) => ({
          value: k,
          label: t(`organisation.kind.${k}`),
        })),
        aliasKinds: [
          { value: 'alias', label: t('directoryEditor.aliasKind.alias') },
          { value: 'former_name', label: t('directoryEditor.aliasKind.former_name') },
        ],
      };
    },
    load: (db, id) => organisationEditorRepository(db).findOrganisationForm(id, locales),
    normalise(form): DirectoryForm {
      const out: DirectoryForm = {
        ...form,
        slug: form.slug || slugify(form.name ?? ''),
        status: statusOf(form),
      };
      for (let i = 0; out[`aliases.${i}.alias`] !== undefined; i++)
        out[`aliases.${i}.kind`] ||= 'alias';
      return out;
    },
    async check(db, form, id): Promise<FieldErrors> {
      const errors: FieldErrors = {};
      if (form.slug && (await organisationEditorRepository(db).isSlugTaken(form.slug, id)))
        errors.slug = { key: 'directoryEditor.error.slugTaken', params: { slug: form.slug } };
      if (id && form.parent === id) errors.parent = { key: 'directoryEditor.error.selfParent' };
      return errors;
    },
    write: (trx, id, form, now, created) =>
      organisationEditorRepository(trx).writeOrganisation(id, form, locales, now, created),
    async list(db, query) {
      const entries = searchAndSort(
        await organisationEditorRepository(db).listOrganisationEntries(query.trashed, query.status),
        query,
        (e) => [e.name, e.acronym ?? '', ...e.aliases].join(' '),
        (e) => [e.name],
      );
      return {
        total: entries.length,
        rows: entries.slice(query.offset, query.offset + query.limit).map((e) => ({
          id: e.id,
          title: e.acronym && e.acronym !== e.name ? `${e.name} (${e.acronym})` : e.name,
          badge: `organisation.kind.${e.kind}` as const,
          detail: [e.city, e.country].filter(Boolean).join(' · '),
          updatedAt: e.updated_at,
          deletedAt: e.deleted_at,
          draft: e.status === 'draft',
        })),
      };
    },
    title: (form) => form.name || '—',
    publicPath: (form, locale) => (form.slug ? paths.organisation(locale, form.slug) : undefined),
  };
}

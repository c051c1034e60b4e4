// The project as the directory editor sees it: its form, its choices and its checks.
import type { FieldErrors } from '../kernel/form-errors.js';
import { directoryChoicesRepository } from '../directory/directory-choices.repository.js';
import {
  normaliseCountries,
  rowsOf,
  type DirectoryForm,
  type FormSpec,
} from '../directory/directory-form.js';
import type { DirectoryKind } from '../directory/directory-kind.js';
import { translator } from '../i18n/locales.js';
import { paths } from '../i18n/paths.js';
import { slugify } from '../lib/slug.js';
import { projectEditorRepository, type ProjectListEntry } from './project-editor.repository.js';
import { partnerRoles } from './project.schema.js';
import { searchAndSort } from '../directory/directory-list.js';

/** The largest budget the integer column holds on PostgreSQL. */
export const maxBudgetEur = 2_147_483_647;

const spec: FormSpec = {
  fields: [
    { name: 'name', type: 'text', label: 'directoryEditor.field.name', required: true },
    { name: 'acronym', type: 'text', label: 'directoryEditor.field.acronym', max: 40 },
    {
      name: 'slug',
      type: 'slug',
      label: 'directoryEditor.field.slug',
      hint: 'directoryEditor.hint.slug',
    },
    {
      name: 'programme',
      type: 'text',
      label: 'directoryEditor.project.programme',
      hint: 'directoryEditor.project.hint.programme',
      max: 200,
    },
    {
      name: 'lead',
      type: 'select',
      label: 'directoryEditor.project.lead',
      choices: 'organisations',
    },
    { name: 'starts_on', type: 'date', label: 'directoryEditor.project.startsOn' },
    { name: 'ends_on', type: 'date', label: 'directoryEditor.project.endsOn' },
    {
      name: 'budget_eur',
      type: 'number',
      label: 'directoryEditor.project.budget',
      hint: 'directoryEditor.project.hint.budget',
    },
    { name: 'website', type: 'url', label: 'directoryEditor.field.website', max: 500 },
    {
      name: 'sectors',
      type: 'checkboxes',
      label: 'directoryEditor.field.sectors',
      choices: 'sectors',
    },
    {
      name: 'countries',
      type: 'countries',
      label: 'directoryEditor.project.countries',
      hint: 'directoryEditor.project.hint.countries',
      max: 300,
    },
    {
      name: 'description',
      type: 'textarea',
      label: 'directoryEditor.field.description',
      perLocale: true,
    },
  ],
  groups: [
    {
      name: 'partners',
      label: 'directoryEditor.project.partners',
      rowLabel: 'directoryEditor.row.partner',
      blankRows: 3,
      maxRows: 60,
      fields: [
        // Neither is `required`: a required select has no blank choice, so blank rows would
        // fill in. The kind's check asks for the organisation of every row that exists.
        {
          name: 'organisation',
          type: 'select',
          label: 'directoryEditor.project.partner',
          choices: 'organisations',
        },
        {
          name: 'role',
          type: 'select',
          label: 'directoryEditor.project.role',
          choices: 'partnerRoles',
        },
      ],
    },
  ],
};

const years = (e: ProjectListEntry) =>
  e.starts_on || e.ends_on
    ? `${e.starts_on?.slice(0, 4) ?? '…'}–${e.ends_on?.slice(0, 4) ?? '…'}`
    : '';

export function projectKind(locales: readonly string[]): DirectoryKind {
  return {
    type: 'project',
    table: 'project',
    path: 'projects',
    labels: {
      list: 'directoryEditor.projects',
      create: 'directoryEditor.projects.new',
      edit: 'directoryEditor.projects.edit',
    },
    spec,
    async choices(db, locale) {
      const t = translator(locale);
      const repo = directoryChoicesRepository(db);
      const [organisations, sectors] = await Promise.all([
        repo.listOrganisationChoices(),
        repo.listSectorChoices(locale),
      ]);
      return {
        organisations,
        sectors,
        partnerRoles: partnerRoles.map((r) => ({ value: r, label: t(`project.role.${r}`) })),
      };
    },
    load: (db, id) => projectEditorRepository(db).findProjectForm(id, locales),
    normalise(form): DirectoryForm {
      const out: DirectoryForm = {
        ...form,
        slug: form.slug || slugify(form.name ?? ''),
        // Stored as a set and read back in code order.
        countries: normaliseCountries(form.countries ?? '')
          .split(',')
          .filter(Boolean)
          .sort()
          .join(','),
      };
      for (let i = 0; out[`partners.${i}.organisation`] !== undefined; i++)
        out[`partners.${i}.role`] ||= 'partner';
      return out;
    },
    async check(db, form, id): Promise<FieldErrors> {
      const errors: FieldErrors = {};
      if (!form.slug) errors.slug = { key: 'directoryEditor.error.required' };
      else if (await projectEditorRepository(db).isSlugTaken(form.slug, id))
        errors.slug = { key: 'directoryEditor.error.slugTaken', params: { slug: form.slug } };
      if (form.starts_on && form.ends_on && form.ends_on < form.starts_on)
        errors.ends_on = { key: 'directoryEditor.project.error.endsBeforeStarts' };
      if (form.budget_eur && Number(form.budget_eur) > maxBudgetEur)
        errors.budget_eur = {
          key: 'directoryEditor.project.error.budgetTooLarge',
          params: { max: maxBudgetEur },
        };
      const seen = new Set<string>();
      rowsOf(form, 'partners').forEach((row, i) => {
        const key = `partners.${i}.organisation`;
        const organisation = row.organisation ?? '';
        if (!organisation) errors[key] = { key: 'directoryEditor.error.required' };
        // The lead already shows the project on its page; twice would list it twice.
        else if (organisation === form.lead)
          errors[key] = { key: 'directoryEditor.project.error.leadAsPartner' };
        else if (seen.has(organisation))
          errors[key] = { key: 'directoryEditor.project.error.duplicatePartner' };
        seen.add(organisation);
      });
      return errors;
    },
    write: (trx, id, form, now, created) =>
      projectEditorRepository(trx).writeProject(id, form, locales, now, created),
    async list(db, query) {
      const entries = searchAndSort(
        await projectEditorRepository(db).listProjectEntries(query.trashed),
        query,
        (e) => `${e.name} ${e.acronym ?? ''}`,
        (e) => [e.name],
      );
      return {
        total: entries.length,
        rows: entries.slice(query.offset, query.offset + query.limit).map((e) => ({
          id: e.id,
          title: e.acronym && e.acronym !== e.name ? `${e.name} (${e.acronym})` : e.name,
          detail: [e.programme, e.lead_acronym || e.lead_name, years(e)]
            .filter(Boolean)
            .join(' · '),
          updatedAt: e.updated_at,
          deletedAt: e.deleted_at,
        })),
      };
    },
    title: (form) => form.name || '—',
    publicPath: (form, locale) => (form.slug ? paths.project(locale, form.slug) : undefined),
  };
}

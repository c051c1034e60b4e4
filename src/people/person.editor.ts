// The person as the directory editor sees it: names, photo, bio per locale and affiliations
// (organisation, role title per locale, from/to dates), its choices and its checks.
import type { FieldErrors } from '../kernel/form-errors.js';
import { directoryChoicesRepository } from '../directory/directory-choices.repository.js';
import { rowsOf, type DirectoryForm, type FormSpec } from '../directory/directory-form.js';
import type { DirectoryKind } from '../directory/directory-kind.js';
import { paths } from '../i18n/paths.js';
import { slugify } from '../lib/slug.js';
import { personEditorRepository, toPersonListRow } from './person-editor.repository.js';
import { searchAndSort } from '../directory/directory-list.js';
import { statusChoices, statusField, statusOf } from '../directory/directory-status.js';
import { translator } from '../i18n/locales.js';

const spec: FormSpec = {
  fields: [
    {
      name: 'given_name',
      type: 'text',
      label: 'directoryEditor.person.givenName',
      required: true,
      max: 100,
    },
    {
      name: 'family_name',
      type: 'text',
      label: 'directoryEditor.person.familyName',
      hint: 'directoryEditor.person.hint.familyName',
      required: true,
      max: 100,
    },
    {
      name: 'honorific',
      type: 'text',
      label: 'directoryEditor.person.honorific',
      hint: 'directoryEditor.person.hint.honorific',
      max: 40,
    },
    {
      name: 'slug',
      type: 'slug',
      label: 'directoryEditor.field.slug',
      hint: 'directoryEditor.person.hint.slug',
    },
    statusField,
    { name: 'photo', type: 'select', label: 'directoryEditor.person.photo', choices: 'images' },
    {
      name: 'bio',
      type: 'textarea',
      label: 'directoryEditor.person.bio',
      perLocale: true,
      max: 10_000,
    },
  ],
  groups: [
    {
      name: 'affiliations',
      label: 'directoryEditor.person.affiliations',
      rowLabel: 'directoryEditor.row.affiliation',
      blankRows: 2,
      maxRows: 30,
      fields: [
        // Not `required`: a required select has no blank choice, so blank rows would fill in.
        // The kind's check asks for it on every row that exists.
        {
          name: 'organisation',
          type: 'select',
          label: 'directoryEditor.person.organisation',
          choices: 'organisations',
        },
        {
          name: 'role_title',
          type: 'text',
          label: 'directoryEditor.person.roleTitle',
          perLocale: true,
          max: 200,
        },
        { name: 'starts_on', type: 'date', label: 'directoryEditor.person.startsOn' },
        { name: 'ends_on', type: 'date', label: 'directoryEditor.person.endsOn' },
      ],
    },
  ],
};

/** Affiliations as a stored person shows them: current ones first, then the latest start. */
export function sortAffiliations(rows: DirectoryForm[]): DirectoryForm[] {
  const key = (r: DirectoryForm) => [
    r.ends_on ? '1' : '0',
    // Latest start first, undated last: invert the digits so a plain ascending sort works.
    r.starts_on ? r.starts_on.replace(/\d/g, (d) => String(9 - Number(d))) : '~',
    r.ends_on ? r.ends_on.replace(/\d/g, (d) => String(9 - Number(d))) : '',
    r.organisation ?? '',
    JSON.stringify(Object.entries(r).sort()),
  ];
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      if (ka[i]! < kb[i]!) return -1;
      if (ka[i]! > kb[i]!) return 1;
    }
    return 0;
  });
}

const fullName = (form: DirectoryForm) =>
  [form.given_name, form.family_name].filter(Boolean).join(' ');

export function personKind(locales: readonly string[]): DirectoryKind {
  return {
    type: 'person',
    table: 'person',
    path: 'people',
    labels: {
      list: 'directoryEditor.people',
      create: 'directoryEditor.people.new',
      edit: 'directoryEditor.people.edit',
    },
    spec,
    async choices(db, locale) {
      const repo = directoryChoicesRepository(db);
      const [organisations, images] = await Promise.all([
        repo.listOrganisationChoices(),
        repo.listImageChoices(),
      ]);
      return { organisations, images, statuses: statusChoices(translator(locale)) };
    },
    load: (db, id) => personEditorRepository(db).findPersonForm(id, locales, sortAffiliations),
    // Rows keep the order they were typed in (errors name rows by their index); a stored
    // person's affiliations load in `sortAffiliations` order.
    normalise: (form): DirectoryForm => ({
      ...form,
      slug: form.slug || slugify(fullName(form)),
      status: statusOf(form),
    }),
    async check(db, form, id): Promise<FieldErrors> {
      const errors: FieldErrors = {};
      if (!form.slug) errors.slug = { key: 'directoryEditor.error.required' };
      else if (await personEditorRepository(db).isSlugTaken(form.slug, id))
        errors.slug = { key: 'directoryEditor.error.slugTaken', params: { slug: form.slug } };
      rowsOf(form, 'affiliations').forEach((row, i) => {
        const prefix = `affiliations.${i}.`;
        if (!row.organisation)
          errors[`${prefix}organisation`] = { key: 'directoryEditor.error.required' };
        if (row.starts_on && row.ends_on && row.ends_on < row.starts_on)
          errors[`${prefix}ends_on`] = { key: 'directoryEditor.person.error.endsBeforeStarts' };
      });
      return errors;
    },
    write: (trx, id, form, now, created) =>
      personEditorRepository(trx).writePerson(id, form, locales, now, created),
    async list(db, query) {
      const repo = personEditorRepository(db);
      const entries = searchAndSort(
        await repo.listPersonEntries(query.trashed, query.status),
        query,
        (e) => `${e.given_name} ${e.family_name}`,
        (e) => [e.family_name, e.given_name],
      );
      const page = entries.slice(query.offset, query.offset + query.limit);
      // The list has no clock of its own; « current » is today's date on the server.
      const today = new Date().toISOString().slice(0, 10);
      const organisations = await repo.listCurrentOrganisations(
        page.map((e) => e.id),
        today,
      );
      return {
        total: entries.length,
        rows: page.map((e) => toPersonListRow(e, organisations.get(e.id) ?? [])),
      };
    },
    title: (form) => fullName(form) || '—',
    publicPath: (form, locale) => (form.slug ? paths.person(locale, form.slug) : undefined),
  };
}

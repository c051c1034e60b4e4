// The sector as the directory editor sees it: address, order, and a name (required) and a
// description per locale. A sector in the trash leaves the site but keeps its links.
import type { FieldErrors } from '../kernel/form-errors.js';
import type { DirectoryForm, FormSpec } from '../directory/directory-form.js';
import type { DirectoryKind } from '../directory/directory-kind.js';
import { translator } from '../i18n/locales.js';
import { paths } from '../i18n/paths.js';
import { slugify } from '../lib/slug.js';
import { sectorEditorRepository } from './sector-editor.repository.js';

/** Positions beyond this are typing mistakes (and would not fit PostgreSQL's integer). */
export const maxSectorPosition = 10_000;

const spec: FormSpec = {
  fields: [
    {
      name: 'slug',
      type: 'slug',
      label: 'directoryEditor.field.slug',
      hint: 'directoryEditor.sector.hint.slug',
      max: 80,
    },
    {
      name: 'slug',
      type: 'slug',
      label: 'directoryEditor.field.localSlug',
      hint: 'directoryEditor.hint.localSlug',
      perLocale: true,
      max: 80,
    },
    {
      name: 'position',
      type: 'number',
      label: 'directoryEditor.sector.position',
      hint: 'directoryEditor.sector.hint.position',
      required: true,
    },
    {
      name: 'name',
      type: 'text',
      label: 'directoryEditor.field.name',
      perLocale: true,
      required: true,
      max: 100,
    },
    {
      name: 'description',
      type: 'textarea',
      label: 'directoryEditor.field.description',
      perLocale: true,
      max: 2000,
    },
  ],
  groups: [],
};

export function sectorKind(locales: readonly string[]): DirectoryKind {
  const first = locales[0] ?? 'fr';
  const nameIn = (form: DirectoryForm, locale: string) =>
    form[`${locale}.name`] || form[`${first}.name`] || form.slug || '';
  return {
    type: 'sector',
    table: 'sector',
    path: 'sectors',
    labels: {
      list: 'directoryEditor.sectors',
      create: 'directoryEditor.sectors.new',
      edit: 'directoryEditor.sectors.edit',
    },
    spec,
    choices: () => Promise.resolve({}),
    load: (db, id) => sectorEditorRepository(db).findSectorForm(id, locales),
    normalise: (form): DirectoryForm => ({
      ...form,
      slug: form.slug || slugify(form[`${first}.name`] ?? ''),
    }),
    async check(db, form, id): Promise<FieldErrors> {
      const errors: FieldErrors = {};
      if (!form.slug) errors.slug = { key: 'directoryEditor.error.required' };
      else if (await sectorEditorRepository(db).isSlugTaken(form.slug, id))
        errors.slug = { key: 'directoryEditor.error.slugTaken', params: { slug: form.slug } };
      // A blank address in a language is the sector's own slug there.
      for (const locale of locales) {
        const key = form[`${locale}.slug`] ? `${locale}.slug` : 'slug';
        const slug = form[key];
        if (slug && !errors[key])
          if (await sectorEditorRepository(db).isLocalSlugTaken(locale, slug, id))
            errors[key] = { key: 'directoryEditor.error.slugTaken', params: { slug } };
      }
      if (Number(form.position) > maxSectorPosition)
        errors.position = {
          key: 'directoryEditor.sector.error.positionTooLarge',
          params: { max: maxSectorPosition },
        };
      return errors;
    },
    write: (trx, id, form, now, created) =>
      sectorEditorRepository(trx).writeSector(id, form, locales, now, created),
    async list(db, query) {
      const t = translator(query.locale);
      const words = slugify(query.q);
      const entries = (await sectorEditorRepository(db).listSectorEntries(query.trashed)).filter(
        (e) => !words || slugify(`${e.slug} ${Object.values(e.names).join(' ')}`).includes(words),
      );
      return {
        total: entries.length,
        rows: entries.slice(query.offset, query.offset + query.limit).map((e) => ({
          id: e.id,
          title: e.names[query.locale] || e.names[first] || e.slug,
          detail: t('directoryEditor.sector.detail', { slug: e.slug, position: e.position }),
          updatedAt: e.updated_at,
          deletedAt: e.deleted_at,
        })),
      };
    },
    title: (form, locale) => nameIn(form, locale) || '—',
    publicPath: (form, locale) => {
      const slug = form[`${locale}.slug`] || form.slug;
      return slug ? paths.sector(locale, slug) : undefined;
    },
  };
}

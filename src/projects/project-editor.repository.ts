// The directory editor's SQL for projects: the entry as a flat form, its writing (row, texts per
// locale, partners, countries, sectors), the admin list and the slug check. Links to an
// organisation or a sector in the trash are neither shown nor touched, so they come back with it.
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import type { DirectoryForm } from '../directory/directory-form.js';
import { flattenRows, rowsOf } from '../directory/directory-form.js';
import { compareNames } from '../lib/intl.js';
import { isPartnerRole } from './project.schema.js';
import { directoryWriteRepository } from '../directory/directory-write.repository.js';

const orNull = (value: string | undefined) => (value ? value : null);
const list = (value: string | undefined) => (value ?? '').split(',').filter(Boolean);

/** A project's row for the admin list, before sorting and paging (done by the kind). */
export interface ProjectListEntry {
  id: string;
  name: string;
  acronym: string | null;
  programme: string;
  starts_on: string | null;
  ends_on: string | null;
  lead_name: string | null;
  lead_acronym: string | null;
  updated_at: string;
  deleted_at: string | null;
}

export function projectEditorRepository(db: Db) {
  return {
    /** The project as a form; partners in name order (the order readers see them in). */
    async findProjectForm(
      id: string,
      locales: readonly string[],
    ): Promise<DirectoryForm | undefined> {
      const row = await db
        .selectFrom('project as p')
        .leftJoin('organisation as l', (j) =>
          j.onRef('l.id', '=', 'p.lead_organisation_id').on('l.deleted_at', 'is', null),
        )
        .select([
          'p.name',
          'p.acronym',
          'p.slug',
          'p.programme',
          'l.id as lead_id',
          'p.starts_on',
          'p.ends_on',
          'p.budget_eur',
          'p.website',
        ])
        .where('p.id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const [texts, partners, countries, sectors] = await Promise.all([
        db
          .selectFrom('project_translation')
          .select(['locale', 'description'])
          .where('project_id', '=', id)
          .execute(),
        db
          .selectFrom('project_partner as pp')
          .innerJoin('organisation as o', 'o.id', 'pp.organisation_id')
          .select(['pp.organisation_id', 'pp.role', 'o.name'])
          .where('pp.project_id', '=', id)
          .where('o.deleted_at', 'is', null)
          .execute(),
        db
          .selectFrom('project_country')
          .select('country')
          .where('project_id', '=', id)
          .orderBy('country')
          .execute(),
        db
          .selectFrom('project_sector as x')
          .innerJoin('sector as s', 's.id', 'x.sector_id')
          .select('x.sector_id')
          .where('x.project_id', '=', id)
          .where('s.deleted_at', 'is', null)
          .orderBy('s.position')
          .orderBy('s.slug')
          .execute(),
      ]);
      const form: DirectoryForm = {
        name: row.name,
        acronym: row.acronym ?? '',
        slug: row.slug,
        programme: row.programme,
        lead: row.lead_id ?? '',
        starts_on: row.starts_on ?? '',
        ends_on: row.ends_on ?? '',
        budget_eur: row.budget_eur === null ? '' : String(row.budget_eur),
        website: row.website ?? '',
        sectors: sectors.map((s) => s.sector_id).join(','),
        countries: countries.map((c) => c.country).join(','),
      };
      for (const locale of locales)
        form[`${locale}.description`] = texts.find((t) => t.locale === locale)?.description ?? '';
      const compare = compareNames(locales[0] ?? 'fr');
      partners.sort(
        (a, b) => compare(a.name, b.name) || (a.organisation_id < b.organisation_id ? -1 : 1),
      );
      return {
        ...form,
        ...flattenRows(
          'partners',
          partners.map((p) => ({ organisation: p.organisation_id, role: p.role })),
        ),
      };
    },

    async writeProject(
      id: string,
      form: DirectoryForm,
      locales: readonly string[],
      now: string,
      created: boolean,
    ): Promise<void> {
      await translateErrors('Project', async () => {
        const write = directoryWriteRepository(db);
        const kept = await write.findTrashedTarget(
          'project',
          id,
          'lead_organisation_id',
          'organisation',
          created,
        );
        const values = {
          slug: form.slug ?? '',
          name: form.name ?? '',
          acronym: orNull(form.acronym),
          programme: form.programme ?? '',
          lead_organisation_id: orNull(form.lead) ?? kept,
          starts_on: orNull(form.starts_on),
          ends_on: orNull(form.ends_on),
          budget_eur: form.budget_eur ? Number(form.budget_eur) : null,
          website: orNull(form.website),
        };
        await write.writeEntryRow('project', id, values, now, created);
        await write.replaceRows(
          'project_translation',
          'project_id',
          id,
          locales.map((locale) => ({
            project_id: id,
            locale,
            description: form[`${locale}.description`] ?? '',
          })),
        );
        await write.replaceRows(
          'project_partner',
          'project_id',
          id,
          rowsOf(form, 'partners').map((p) => ({
            project_id: id,
            organisation_id: p.organisation ?? '',
            role: p.role && isPartnerRole(p.role) ? p.role : 'partner',
          })),
          { column: 'organisation_id', table: 'organisation' },
        );
        await write.replaceRows(
          'project_country',
          'project_id',
          id,
          list(form.countries).map((country) => ({ project_id: id, country })),
        );
        await write.replaceRows(
          'project_sector',
          'project_id',
          id,
          list(form.sectors).map((sector_id) => ({ project_id: id, sector_id })),
          { column: 'sector_id', table: 'sector' },
        );
      });
    },

    isSlugTaken: (slug: string, exceptId: string | undefined) =>
      directoryWriteRepository(db).isSlugTaken('project', slug, exceptId),

    /** Every project in the trash or out of it; the kind filters, sorts and pages in TypeScript. */
    async listProjectEntries(trashed: boolean): Promise<ProjectListEntry[]> {
      return db
        .selectFrom('project as p')
        .leftJoin('organisation as l', (j) =>
          j.onRef('l.id', '=', 'p.lead_organisation_id').on('l.deleted_at', 'is', null),
        )
        .select([
          'p.id',
          'p.name',
          'p.acronym',
          'p.programme',
          'p.starts_on',
          'p.ends_on',
          'l.name as lead_name',
          'l.acronym as lead_acronym',
          'p.updated_at',
          'p.deleted_at',
        ])
        .where('p.deleted_at', trashed ? 'is not' : 'is', null)
        .execute();
    },
  };
}

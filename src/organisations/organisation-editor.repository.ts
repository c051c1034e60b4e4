// The directory editor's SQL for organisations: the entry as a flat form, its writing (row,
// texts per locale, aliases, sectors), the admin list's entries and the slug check.
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import type { DirectoryForm } from '../directory/directory-form.js';
import { flattenRows, rowsOf } from '../directory/directory-form.js';
import { newId } from '../lib/id.js';
import { directoryWriteRepository } from '../directory/directory-write.repository.js';
import type { OrganisationKind } from '../db/tables/organisation.table.js';
import type { DirectoryStatus } from '../kernel/directory-status.js';
import { statusOf } from '../directory/directory-status.js';

const orNull = (value: string | undefined) => (value ? value : null);

export interface OrganisationListEntry {
  id: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  city: string | null;
  country: string | null;
  updated_at: string;
  deleted_at: string | null;
  status: DirectoryStatus;
  /** Other and former names, which the admin search also finds. */
  aliases: string[];
}

export function organisationEditorRepository(db: Db) {
  return {
    async findOrganisationForm(id: string, locales: readonly string[]) {
      // Links to a trashed parent, logo or sector are left out of the form (the choices do not
      // offer them) and kept by writeOrganisation, so they come back when those are restored.
      const row = await db
        .selectFrom('organisation as o')
        .leftJoin('organisation as p', (j) =>
          j.onRef('p.id', '=', 'o.parent_id').on('p.deleted_at', 'is', null),
        )
        .leftJoin('media as m', (j) =>
          j.onRef('m.id', '=', 'o.logo_media_id').on('m.deleted_at', 'is', null),
        )
        .selectAll('o')
        .select(['p.id as live_parent_id', 'm.id as live_logo_id'])
        .where('o.id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const [texts, aliases, sectors] = await Promise.all([
        db
          .selectFrom('organisation_translation')
          .selectAll()
          .where('organisation_id', '=', id)
          .execute(),
        db
          .selectFrom('organisation_alias')
          .select(['alias', 'kind', 'valid_until'])
          .where('organisation_id', '=', id)
          .orderBy('kind')
          .orderBy('alias')
          .execute(),
        db
          .selectFrom('organisation_sector as x')
          .innerJoin('sector as s', 's.id', 'x.sector_id')
          .select('x.sector_id')
          .where('x.organisation_id', '=', id)
          .where('s.deleted_at', 'is', null)
          .orderBy('s.position')
          .execute(),
      ]);
      const form: DirectoryForm = {
        name: row.name,
        slug: row.slug,
        status: row.status,
        acronym: row.acronym ?? '',
        kind: row.kind,
        country: row.country ?? '',
        city: row.city ?? '',
        website: row.website ?? '',
        is_member: row.is_member ? '1' : '',
        parent: row.live_parent_id ?? '',
        logo: row.live_logo_id ?? '',
        sectors: sectors.map((s) => s.sector_id).join(','),
      };
      for (const locale of locales) {
        const t = texts.find((x) => x.locale === locale);
        form[`${locale}.description`] = t?.description ?? '';
        form[`${locale}.competences`] = t?.competences ?? '';
      }
      return {
        ...form,
        ...flattenRows(
          'aliases',
          aliases.map((a) => ({ alias: a.alias, kind: a.kind, valid_until: a.valid_until ?? '' })),
        ),
      };
    },

    async writeOrganisation(
      id: string,
      form: DirectoryForm,
      locales: readonly string[],
      now: string,
      created: boolean,
    ): Promise<void> {
      const values = {
        slug: form.slug ?? '',
        name: form.name ?? '',
        acronym: orNull(form.acronym),
        kind: (form.kind ?? 'company') as OrganisationKind,
        country: orNull(form.country),
        city: orNull(form.city),
        website: orNull(form.website),
        is_member: form.is_member === '1' ? 1 : 0,
        parent_id: orNull(form.parent),
        logo_media_id: orNull(form.logo),
        status: statusOf(form),
      };
      await translateErrors('Organisation', async () => {
        const write = directoryWriteRepository(db);
        const trashed = (column: string, target: 'organisation' | 'media') =>
          write.findTrashedTarget('organisation', id, column, target, created);
        values.parent_id ??= await trashed('parent_id', 'organisation');
        values.logo_media_id ??= await trashed('logo_media_id', 'media');
        await write.writeEntryRow('organisation', id, values, now, created);
        await write.replaceRows(
          'organisation_translation',
          'organisation_id',
          id,
          locales.map((locale) => ({
            organisation_id: id,
            locale,
            description: form[`${locale}.description`] ?? '',
            competences: form[`${locale}.competences`] ?? '',
          })),
        );
        await write.replaceRows(
          'organisation_alias',
          'organisation_id',
          id,
          rowsOf(form, 'aliases').map((a) => ({
            id: newId(),
            organisation_id: id,
            alias: a.alias ?? '',
            kind: a.kind === 'former_name' ? 'former_name' : 'alias',
            valid_until: orNull(a.valid_until),
          })),
        );
        await write.replaceRows(
          'organisation_sector',
          'organisation_id',
          id,
          (form.sectors ?? '')
            .split(',')
            .filter(Boolean)
            .map((sector_id) => ({ organisation_id: id, sector_id })),
          { column: 'sector_id', table: 'sector' },
        );
      });
    },

    isSlugTaken: (slug: string, exceptId: string | undefined) =>
      directoryWriteRepository(db).isSlugTaken('organisation', slug, exceptId),

    /** Every organisation in the trash or out of it (of one status, if given); the kind searches, sorts and pages. */
    async listOrganisationEntries(
      trashed: boolean,
      status?: DirectoryStatus,
    ): Promise<OrganisationListEntry[]> {
      const [rows, aliases] = await Promise.all([
        db
          .selectFrom('organisation')
          .select([
            'id',
            'name',
            'acronym',
            'kind',
            'city',
            'country',
            'updated_at',
            'deleted_at',
            'status',
          ])
          .where('deleted_at', trashed ? 'is not' : 'is', null)
          .$if(status !== undefined, (q) => q.where('status', '=', status!))
          .execute(),
        db.selectFrom('organisation_alias').select(['organisation_id', 'alias']).execute(),
      ]);
      const names = new Map<string, string[]>();
      for (const a of aliases)
        names.set(a.organisation_id, [...(names.get(a.organisation_id) ?? []), a.alias]);
      return rows.map((r) => ({ ...r, aliases: names.get(r.id) ?? [] }));
    },
  };
}

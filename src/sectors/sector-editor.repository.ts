// The directory editor's SQL for sectors: the entry as a flat form, its writing (row and names
// per locale), the admin list and the slug check.
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import type { DirectoryForm } from '../directory/directory-form.js';
import { directoryWriteRepository } from '../directory/directory-write.repository.js';

/** A sector's row for the admin list, with its names by locale. */
export interface SectorListEntry {
  id: string;
  slug: string;
  position: number;
  names: Record<string, string>;
  updated_at: string;
  deleted_at: string | null;
}

export function sectorEditorRepository(db: Db) {
  return {
    async findSectorForm(
      id: string,
      locales: readonly string[],
    ): Promise<DirectoryForm | undefined> {
      const row = await db
        .selectFrom('sector')
        .select(['slug', 'position'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const texts = await db
        .selectFrom('sector_translation')
        .select(['locale', 'slug', 'name', 'description'])
        .where('sector_id', '=', id)
        .execute();
      const form: DirectoryForm = { slug: row.slug, position: String(row.position) };
      for (const locale of locales) {
        const t = texts.find((x) => x.locale === locale);
        // The sector's own slug is shown as a blank: it follows the slug when that changes.
        if (t && t.slug !== row.slug) form[`${locale}.slug`] = t.slug;
        form[`${locale}.name`] = t?.name ?? '';
        form[`${locale}.description`] = t?.description ?? '';
      }
      return form;
    },

    async writeSector(
      id: string,
      form: DirectoryForm,
      locales: readonly string[],
      now: string,
      created: boolean,
    ): Promise<void> {
      const values = { slug: form.slug ?? '', position: Number(form.position ?? 0) };
      await translateErrors('Sector', async () => {
        const write = directoryWriteRepository(db);
        await write.writeEntryRow('sector', id, values, now, created);
        await write.replaceRows(
          'sector_translation',
          'sector_id',
          id,
          locales.map((locale) => ({
            sector_id: id,
            locale,
            slug: form[`${locale}.slug`] || (form.slug ?? ''),
            name: form[`${locale}.name`] ?? '',
            description: form[`${locale}.description`] ?? '',
          })),
        );
      });
    },

    isSlugTaken: (slug: string, exceptId: string | undefined) =>
      directoryWriteRepository(db).isSlugTaken('sector', slug, exceptId),

    /** True when another sector has this address in `locale`. */
    async isLocalSlugTaken(locale: string, slug: string, exceptId: string | undefined) {
      let query = db
        .selectFrom('sector_translation')
        .select('sector_id')
        .where('locale', '=', locale)
        .where('slug', '=', slug);
      if (exceptId) query = query.where('sector_id', '!=', exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },

    /** Every sector in the trash or out of it, in display order. */
    async listSectorEntries(trashed: boolean): Promise<SectorListEntry[]> {
      const rows = await db
        .selectFrom('sector')
        .select(['id', 'slug', 'position', 'updated_at', 'deleted_at'])
        .where('deleted_at', trashed ? 'is not' : 'is', null)
        .orderBy('position')
        .orderBy('slug')
        .execute();
      const texts = rows.length
        ? await db
            .selectFrom('sector_translation')
            .select(['sector_id', 'locale', 'name'])
            .where(
              'sector_id',
              'in',
              rows.map((r) => r.id),
            )
            .execute()
        : [];
      return rows.map((r) => ({
        ...r,
        position: Number(r.position),
        names: Object.fromEntries(
          texts.filter((t) => t.sector_id === r.id).map((t) => [t.locale, t.name]),
        ),
      }));
    },
  };
}

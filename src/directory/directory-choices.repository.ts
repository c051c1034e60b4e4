// The choices the directory forms offer: organisations, people, sectors, projects, events and
// images, each as value (id) and label, trashed entries left out.
import type { Db } from '../db/database.js';
import type { Choice } from './directory-form.js';

/** The choice lists that name stored entries, which can be in the trash. */
export type EntryChoices = 'organisations' | 'people' | 'sectors' | 'projects' | 'images';

export function directoryChoicesRepository(db: Db) {
  /** Live organisations or projects by name: « Name (ACRONYM) ». */
  const namedChoices = async (table: 'organisation' | 'project'): Promise<Choice[]> =>
    (
      await db
        .selectFrom(table)
        .select(['id', 'name', 'acronym'])
        .where('deleted_at', 'is', null)
        .orderBy('name')
        .execute()
    ).map((r) => ({
      value: r.id,
      label: r.acronym && r.acronym !== r.name ? `${r.name} (${r.acronym})` : r.name,
    }));

  return {
    /**
     * Entries of a choice list by id, trashed or not: a form keeps pointing at a trashed
     * organisation, person, sector, project or image until the link is changed on purpose.
     */
    async listChoicesByIds(list: EntryChoices, ids: readonly string[]): Promise<Choice[]> {
      if (ids.length === 0) return [];
      switch (list) {
        case 'organisations':
          return (
            await db
              .selectFrom('organisation')
              .select(['id', 'name'])
              .where('id', 'in', ids)
              .execute()
          ).map((r) => ({ value: r.id, label: r.name }));
        case 'people':
          return (
            await db
              .selectFrom('person')
              .select(['id', 'given_name', 'family_name'])
              .where('id', 'in', ids)
              .execute()
          ).map((r) => ({ value: r.id, label: `${r.given_name} ${r.family_name}` }));
        case 'sectors':
          return (
            await db.selectFrom('sector').select(['id', 'slug']).where('id', 'in', ids).execute()
          ).map((r) => ({ value: r.id, label: r.slug }));
        case 'projects':
          return (
            await db.selectFrom('project').select(['id', 'name']).where('id', 'in', ids).execute()
          ).map((r) => ({ value: r.id, label: r.name }));
        case 'images':
          return (
            await db
              .selectFrom('media')
              .select(['id', 'original_name', 'storage_key'])
              .where('id', 'in', ids)
              .execute()
          ).map((r) => ({ value: r.id, label: r.original_name || r.storage_key }));
      }
    },

    async listOrganisationChoices(): Promise<Choice[]> {
      return namedChoices('organisation');
    },

    async listPersonChoices(): Promise<Choice[]> {
      const rows = await db
        .selectFrom('person')
        .select(['id', 'given_name', 'family_name'])
        .where('deleted_at', 'is', null)
        .orderBy('family_name')
        .orderBy('given_name')
        .execute();
      return rows.map((r) => ({ value: r.id, label: `${r.given_name} ${r.family_name}` }));
    },

    async listSectorChoices(locale: string): Promise<Choice[]> {
      const rows = await db
        .selectFrom('sector as s')
        .leftJoin('sector_translation as t', (j) =>
          j.onRef('t.sector_id', '=', 's.id').on('t.locale', '=', locale),
        )
        .select(['s.id', 's.slug', 't.name'])
        .where('s.deleted_at', 'is', null)
        .orderBy('s.position')
        .execute();
      return rows.map((r) => ({ value: r.id, label: r.name ?? r.slug }));
    },

    async listProjectChoices(): Promise<Choice[]> {
      return namedChoices('project');
    },

    /** Uploaded images, newest first (the library's latest 500). */
    async listImageChoices(): Promise<Choice[]> {
      const rows = await db
        .selectFrom('media')
        .select(['id', 'original_name', 'storage_key'])
        .where('deleted_at', 'is', null)
        .orderBy('created_at', 'desc')
        .limit(500)
        .execute();
      return rows.map((r) => ({ value: r.id, label: r.original_name || r.storage_key }));
    },
  };
}

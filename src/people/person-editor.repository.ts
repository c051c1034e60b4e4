// The directory editor's SQL for people: the entry as a flat form, its writing (row, bio per
// locale, affiliations as entity rows kept under their id when the organisation and start date
// stay), the admin list and the slug check. Affiliations to an organisation in the trash are
// neither shown nor touched, so they come back with it.
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import type { DirectoryForm } from '../directory/directory-form.js';
import { flattenRows, rowsOf } from '../directory/directory-form.js';
import type { DirectoryListRow } from '../directory/directory-kind.js';
import { newId } from '../lib/id.js';
import type { DirectoryStatus } from '../kernel/directory-status.js';
import { statusOf } from '../directory/directory-status.js';
import { directoryWriteRepository } from '../directory/directory-write.repository.js';

const orNull = (value: string | undefined) => (value ? value : null);

/** A person's row for the admin list, before sorting and paging (done by the kind). */
export interface PersonListEntry {
  id: string;
  given_name: string;
  family_name: string;
  updated_at: string;
  deleted_at: string | null;
  status: DirectoryStatus;
}

interface StoredAffiliation {
  id: string;
  organisation_id: string;
  starts_on: string | null;
  ends_on: string | null;
  titles: Record<string, string>;
}

/** The role titles of a form row that are not blank, by locale. */
function titlesOf(row: DirectoryForm, locales: readonly string[]): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const locale of locales) {
    const title = row[`${locale}.role_title`] ?? '';
    if (title) titles[locale] = title;
  }
  return titles;
}

const sameTitles = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

export function personEditorRepository(db: Db) {
  /** Affiliations of a person to live organisations, with their titles. */
  async function listLiveAffiliations(personId: string): Promise<StoredAffiliation[]> {
    const rows = await db
      .selectFrom('affiliation as a')
      .innerJoin('organisation as o', 'o.id', 'a.organisation_id')
      .select(['a.id', 'a.organisation_id', 'a.starts_on', 'a.ends_on'])
      .where('a.person_id', '=', personId)
      .where('o.deleted_at', 'is', null)
      .execute();
    const titles = rows.length
      ? await db
          .selectFrom('affiliation_translation')
          .select(['affiliation_id', 'locale', 'role_title'])
          .where(
            'affiliation_id',
            'in',
            rows.map((r) => r.id),
          )
          .execute()
      : [];
    return rows.map((r) => ({
      ...r,
      titles: Object.fromEntries(
        titles.filter((t) => t.affiliation_id === r.id).map((t) => [t.locale, t.role_title]),
      ),
    }));
  }

  async function writeTitles(affiliationId: string, titles: Record<string, string>) {
    await db
      .deleteFrom('affiliation_translation')
      .where('affiliation_id', '=', affiliationId)
      .execute();
    const rows = Object.entries(titles).map(([locale, role_title]) => ({
      affiliation_id: affiliationId,
      locale,
      role_title,
    }));
    if (rows.length) await db.insertInto('affiliation_translation').values(rows).execute();
  }

  return {
    /** The person as a form; affiliations in the order `sortRows` gives (the kind's). */
    async findPersonForm(
      id: string,
      locales: readonly string[],
      sortRows: (rows: DirectoryForm[]) => DirectoryForm[],
    ): Promise<DirectoryForm | undefined> {
      const row = await db
        .selectFrom('person as p')
        .leftJoin('media as m', (j) =>
          j.onRef('m.id', '=', 'p.photo_media_id').on('m.deleted_at', 'is', null),
        )
        .select([
          'p.given_name',
          'p.family_name',
          'p.honorific',
          'p.slug',
          'p.status',
          'm.id as photo_media_id',
        ])
        .where('p.id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const [texts, affiliations] = await Promise.all([
        db
          .selectFrom('person_translation')
          .select(['locale', 'bio'])
          .where('person_id', '=', id)
          .execute(),
        listLiveAffiliations(id),
      ]);
      const form: DirectoryForm = {
        given_name: row.given_name,
        family_name: row.family_name,
        honorific: row.honorific ?? '',
        slug: row.slug,
        status: row.status,
        photo: row.photo_media_id ?? '',
      };
      for (const locale of locales)
        form[`${locale}.bio`] = texts.find((t) => t.locale === locale)?.bio ?? '';
      const rows = affiliations.map((a) => {
        const out: DirectoryForm = { organisation: a.organisation_id };
        for (const locale of locales) out[`${locale}.role_title`] = a.titles[locale] ?? '';
        out.starts_on = a.starts_on ?? '';
        out.ends_on = a.ends_on ?? '';
        return out;
      });
      return { ...form, ...flattenRows('affiliations', sortRows(rows)) };
    },

    /**
     * Writes the person and replaces their affiliations: a row whose organisation and start date
     * match a stored one keeps its id (its version moves only if it changed); others are new rows,
     * and stored rows left unmatched are deleted.
     */
    async writePerson(
      id: string,
      form: DirectoryForm,
      locales: readonly string[],
      now: string,
      created: boolean,
    ): Promise<void> {
      await translateErrors('Person', async () => {
        const write = directoryWriteRepository(db);
        const kept = await write.findTrashedTarget(
          'person',
          id,
          'photo_media_id',
          'media',
          created,
        );
        const values = {
          slug: form.slug ?? '',
          given_name: form.given_name ?? '',
          family_name: form.family_name ?? '',
          honorific: orNull(form.honorific),
          photo_media_id: orNull(form.photo) ?? kept,
          status: statusOf(form),
        };
        await write.writeEntryRow('person', id, values, now, created);
        await write.replaceRows(
          'person_translation',
          'person_id',
          id,
          locales.map((locale) => ({ person_id: id, locale, bio: form[`${locale}.bio`] ?? '' })),
        );

        const stored = created ? [] : await listLiveAffiliations(id);
        for (const row of rowsOf(form, 'affiliations')) {
          const organisation = row.organisation ?? '';
          const startsOn = orNull(row.starts_on);
          const endsOn = orNull(row.ends_on);
          const titles = titlesOf(row, locales);
          const index = stored.findIndex(
            (s) => s.organisation_id === organisation && s.starts_on === startsOn,
          );
          if (index >= 0) {
            const [match] = stored.splice(index, 1);
            if (match!.ends_on === endsOn && sameTitles(match!.titles, titles)) continue;
            await db
              .updateTable('affiliation')
              .set((eb) => ({
                ends_on: endsOn,
                updated_at: now,
                version: eb('version', '+', 1),
              }))
              .where('id', '=', match!.id)
              .execute();
            await writeTitles(match!.id, titles);
            continue;
          }
          const affiliationId = newId();
          await db
            .insertInto('affiliation')
            .values({
              id: affiliationId,
              person_id: id,
              organisation_id: organisation,
              starts_on: startsOn,
              ends_on: endsOn,
              created_at: now,
              updated_at: now,
            })
            .execute();
          await writeTitles(affiliationId, titles);
        }
        if (stored.length)
          await db
            .deleteFrom('affiliation')
            .where(
              'id',
              'in',
              stored.map((s) => s.id),
            )
            .execute();
      });
    },

    isSlugTaken: (slug: string, exceptId: string | undefined) =>
      directoryWriteRepository(db).isSlugTaken('person', slug, exceptId),

    /** Every person in the trash or out of it; the kind filters, sorts and pages in TypeScript. */
    async listPersonEntries(
      trashed: boolean,
      status?: DirectoryStatus,
    ): Promise<PersonListEntry[]> {
      return db
        .selectFrom('person')
        .select(['id', 'given_name', 'family_name', 'updated_at', 'deleted_at', 'status'])
        .where('deleted_at', trashed ? 'is not' : 'is', null)
        .$if(status !== undefined, (q) => q.where('status', '=', status!))
        .execute();
    },

    /** Live organisations these people belong to on `today` (YYYY-MM-DD), by person. */
    async listCurrentOrganisations(
      personIds: readonly string[],
      today: string,
    ): Promise<Map<string, string[]>> {
      const out = new Map<string, string[]>();
      if (personIds.length === 0) return out;
      const rows = await db
        .selectFrom('affiliation as a')
        .innerJoin('organisation as o', 'o.id', 'a.organisation_id')
        .select(['a.person_id', 'o.name', 'o.acronym'])
        .where('a.person_id', 'in', personIds)
        .where('o.deleted_at', 'is', null)
        .where((eb) => eb.or([eb('a.ends_on', 'is', null), eb('a.ends_on', '>=', today)]))
        .where((eb) => eb.or([eb('a.starts_on', 'is', null), eb('a.starts_on', '<=', today)]))
        .orderBy('o.name')
        .execute();
      for (const r of rows) {
        const name = r.acronym || r.name;
        const names = out.get(r.person_id) ?? [];
        if (!names.includes(name)) out.set(r.person_id, [...names, name]);
      }
      return out;
    },
  };
}

/** Rows of the admin list: « Family, Given » with the current organisations. */
export function toPersonListRow(entry: PersonListEntry, organisations: string[]): DirectoryListRow {
  return {
    id: entry.id,
    title: `${entry.family_name}, ${entry.given_name}`,
    detail: organisations.join(', '),
    updatedAt: entry.updated_at,
    deletedAt: entry.deleted_at,
    draft: entry.status === 'draft',
  };
}

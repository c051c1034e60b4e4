// Every SQL statement about people and affiliations: inserting them, and the directory's reads.
import type { Db } from '../db/database.js';
import { personEntries } from './person-keyset.repository.js';
import { localeFallback } from '../kernel/locale-fallback.js';
import { translateErrors } from '../db/database.js';
import { newId } from '../lib/id.js';
import { published, type DirectoryStatus } from '../kernel/directory-status.js';

export interface NewPerson {
  slug: string;
  given_name: string;
  family_name: string;
  honorific: string | null;
  translations: Record<string, { bio: string }>;
  affiliations: {
    organisation_id: string;
    starts_on: string | null;
    ends_on: string | null;
    roles: Record<string, string>;
  }[];
  /** Set when created from a suggestion: the key of the full name, unique among live people. */
  suggestion_key?: string | null;
  /** Published unless said otherwise; what a suggestion makes is a draft. */
  status?: DirectoryStatus;
}

/** One person as listed in the directory. */
export interface PersonSummaryRow {
  id: string;
  slug: string;
  given_name: string;
  family_name: string;
  honorific: string | null;
  photo_storage_key: string | null;
}

export interface PersonDetailRow extends PersonSummaryRow {
  photo_width: number | null;
  photo_height: number | null;
  bio: string | null;
  fallback_bio: string | null;
}

/** A person's role in an organisation, titled in the reader's locale or else the fallback. */
export interface AffiliationRow {
  id: string;
  person_id: string;
  person_slug: string;
  given_name: string;
  family_name: string;
  honorific: string | null;
  organisation_id: string;
  organisation_slug: string;
  organisation_name: string;
  organisation_acronym: string | null;
  starts_on: string | null;
  ends_on: string | null;
  role_title: string;
  role_locale: string;
}

export function personRepository(db: Db) {
  return {
    /** Every live published person, in no particular order (the service sorts by name for the locale). */
    async listPeople(): Promise<PersonSummaryRow[]> {
      return db
        .selectFrom('person as p')
        .leftJoin('media as m', (j) =>
          j.onRef('m.id', '=', 'p.photo_media_id').on('m.deleted_at', 'is', null),
        )
        .select([
          'p.id',
          'p.slug',
          'p.given_name',
          'p.family_name',
          'p.honorific',
          'm.storage_key as photo_storage_key',
        ])
        .where('p.deleted_at', 'is', null)
        .where(published('p'))
        .execute();
    },

    async findPersonBySlug(
      slug: string,
      locale: string,
      fallback: string,
    ): Promise<PersonDetailRow | undefined> {
      return personEntries(db, locale, fallback).where('p.slug', '=', slug).executeTakeFirst();
    },

    /**
     * Affiliations of some people or of one organisation, between live published rows only, the role titled
     * in `locale` or else `fallback`. Unordered: the service orders by dates and names.
     */
    async listAffiliations(
      of: { personIds: readonly string[] } | { organisationId: string },
      locale: string,
      fallback: string,
    ): Promise<AffiliationRow[]> {
      if ('personIds' in of && of.personIds.length === 0) return [];
      const tr = localeFallback(
        'affiliation_translation',
        'affiliation_id',
        'a.id',
        locale,
        fallback,
      );
      let query = tr
        .join(
          db
            .selectFrom('affiliation as a')
            .innerJoin('person as p', 'p.id', 'a.person_id')
            .innerJoin('organisation as o', 'o.id', 'a.organisation_id'),
        )
        .select([
          'a.id',
          'a.person_id',
          'p.slug as person_slug',
          'p.given_name',
          'p.family_name',
          'p.honorific',
          'a.organisation_id',
          'o.slug as organisation_slug',
          'o.name as organisation_name',
          'o.acronym as organisation_acronym',
          'a.starts_on',
          'a.ends_on',
          tr.text('role_title', '').as('role_title'),
          tr.localeOf('role_title').as('role_locale'),
        ])
        .where('p.deleted_at', 'is', null)
        .where('o.deleted_at', 'is', null)
        .where(published('p'))
        .where(published('o'));
      query =
        'personIds' in of
          ? query.where('a.person_id', 'in', of.personIds)
          : query.where('a.organisation_id', '=', of.organisationId);
      return query.execute();
    },

    /** Every role title of these affiliations, in every locale. */
    async listRoleTitles(
      affiliationIds: readonly string[],
    ): Promise<{ affiliation_id: string; locale: string; role_title: string }[]> {
      if (affiliationIds.length === 0) return [];
      return db
        .selectFrom('affiliation_translation')
        .select(['affiliation_id', 'locale', 'role_title'])
        .where('affiliation_id', 'in', affiliationIds)
        .orderBy('locale')
        .execute();
    },

    /** The live person created from a suggestion under this name key. */
    async findPersonIdBySuggestionKey(key: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('person')
        .select('id')
        .where('suggestion_key', '=', key)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return row?.id;
    },

    async insertPerson(input: NewPerson, now: string): Promise<string> {
      const id = newId();
      await translateErrors('Person', () =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('person')
            .values({
              id,
              slug: input.slug,
              given_name: input.given_name,
              family_name: input.family_name,
              honorific: input.honorific,
              suggestion_key: input.suggestion_key ?? null,
              status: input.status ?? 'published',
              photo_media_id: null,
              deleted_at: null,
              created_at: now,
              updated_at: now,
            })
            .execute();
          const t = Object.entries(input.translations).map(([locale, v]) => ({
            person_id: id,
            locale,
            ...v,
          }));
          if (t.length) await trx.insertInto('person_translation').values(t).execute();
          for (const a of input.affiliations) {
            const affiliationId = newId();
            await trx
              .insertInto('affiliation')
              .values({
                id: affiliationId,
                person_id: id,
                organisation_id: a.organisation_id,
                starts_on: a.starts_on,
                ends_on: a.ends_on,
                created_at: now,
                updated_at: now,
              })
              .execute();
            const roles = Object.entries(a.roles).map(([locale, role_title]) => ({
              affiliation_id: affiliationId,
              locale,
              role_title,
            }));
            if (roles.length)
              await trx.insertInto('affiliation_translation').values(roles).execute();
          }
        }),
      );
      return id;
    },
  };
}

export type PersonRepository = ReturnType<typeof personRepository>;

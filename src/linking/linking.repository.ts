// The SQL of entity linking outside the mention table: the snapshot of known entities that
// detection matches against, and the names and slugs of linked entities for article pages.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { published } from '../kernel/directory-status.js';
import { localeFallback } from '../kernel/locale-fallback.js';
import type { KnownEntities } from './known-entities.js';

export interface EntityCards {
  organisations: { id: string; slug: string; name: string; acronym: string | null }[];
  people: { id: string; slug: string; given_name: string; family_name: string }[];
  events: { id: string; slug: string; title: string }[];
  projects: { id: string; slug: string; name: string; acronym: string | null }[];
}

export function linkingRepository(db: Db) {
  return {
    /**
     * Every organisation (with aliases and former names), person, project and event not deleted,
     * drafts included: a draft is known, so its name is matched, not suggested again.
     */
    async loadKnownEntities(): Promise<KnownEntities> {
      const [organisations, aliases, people, projects, events, titles] = await Promise.all([
        db
          .selectFrom('organisation')
          .select(['id', 'slug', 'name', 'acronym'])
          .where('deleted_at', 'is', null)
          .orderBy('id')
          .execute(),
        db
          .selectFrom('organisation_alias')
          .select(['organisation_id', 'alias', 'kind'])
          .orderBy('id')
          .execute(),
        db
          .selectFrom('person')
          .select(['id', 'slug', 'given_name', 'family_name'])
          .where('deleted_at', 'is', null)
          .orderBy('id')
          .execute(),
        db
          .selectFrom('project')
          .select(['id', 'slug', 'name', 'acronym'])
          .where('deleted_at', 'is', null)
          .orderBy('id')
          .execute(),
        db
          .selectFrom('event')
          .select(['id', 'slug'])
          .where('deleted_at', 'is', null)
          .orderBy('id')
          .execute(),
        db.selectFrom('event_translation').select(['event_id', 'locale', 'title']).execute(),
      ]);
      const aliasesOf = new Map<string, KnownEntities['organisations'][number]['aliases']>();
      for (const a of aliases)
        aliasesOf.set(a.organisation_id, [
          ...(aliasesOf.get(a.organisation_id) ?? []),
          { alias: a.alias, kind: a.kind },
        ]);
      const titlesOf = new Map<string, Record<string, string>>();
      for (const t of titles)
        titlesOf.set(t.event_id, { ...titlesOf.get(t.event_id), [t.locale]: t.title });
      return {
        organisations: organisations.map((o) => ({ ...o, aliases: aliasesOf.get(o.id) ?? [] })),
        people: people.map((p) => ({
          id: p.id,
          slug: p.slug,
          givenName: p.given_name,
          familyName: p.family_name,
        })),
        projects,
        events: events.map((e) => ({ ...e, titles: titlesOf.get(e.id) ?? {} })),
      };
    },

    /** Names and slugs of entities by id (deleted ones and drafts left out: readers never see them); event titles in `locale` or `fallback`. */
    async listEntityCards(
      ids: { organisation: string[]; person: string[]; event: string[]; project: string[] },
      locale: string,
      fallback: string,
    ): Promise<EntityCards> {
      const none = Promise.resolve([]);
      const eventTitles = localeFallback('event_translation', 'event_id', 'e.id', locale, fallback);
      const [organisations, people, events, projects] = await Promise.all([
        ids.organisation.length
          ? db
              .selectFrom('organisation')
              .select(['id', 'slug', 'name', 'acronym'])
              .where('id', 'in', ids.organisation)
              .where('deleted_at', 'is', null)
              .where(published('organisation'))
              .execute()
          : none,
        ids.person.length
          ? db
              .selectFrom('person')
              .select(['id', 'slug', 'given_name', 'family_name'])
              .where('id', 'in', ids.person)
              .where('deleted_at', 'is', null)
              .where(published('person'))
              .execute()
          : none,
        ids.event.length
          ? eventTitles
              .join(db.selectFrom('event as e'))
              .select((eb) => [
                'e.id',
                // The address in the reader's locale (`t` is that translation).
                sql<string>`coalesce(t.slug, e.slug)`.as('slug'),
                eventTitles.text('title', eb.ref('e.slug')).as('title'),
              ])
              .where('e.id', 'in', ids.event)
              .where('e.deleted_at', 'is', null)
              .execute()
          : none,
        ids.project.length
          ? db
              .selectFrom('project')
              .select(['id', 'slug', 'name', 'acronym'])
              .where('id', 'in', ids.project)
              .where('deleted_at', 'is', null)
              .execute()
          : none,
      ]);
      return { organisations, people, events, projects };
    },

    /** The event and project an article is attached to, if any. */
    async findArticleLinks(
      articleId: string,
    ): Promise<{ event_id: string | null; project_id: string | null } | undefined> {
      return db
        .selectFrom('article')
        .select(['event_id', 'project_id'])
        .where('id', '=', articleId)
        .executeTakeFirst();
    },
  };
}

export type LinkingRepository = ReturnType<typeof linkingRepository>;

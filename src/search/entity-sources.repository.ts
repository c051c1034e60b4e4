// The SQL that reads what search indexes of the directory (organisations, people, events,
// projects): public entries only, their names and texts per locale, their sectors. Spread into
// searchRepository; a file of its own because the entity kinds are most of the reading.
import type { Db } from '../db/database.js';
import { published } from '../kernel/directory-status.js';

export interface EntitySources {
  entities: {
    id: string;
    slug: string;
    /** Language-neutral title words (names, acronym), after any per-locale title. */
    title: string;
    /** What a result shows as its title when not the title (and no per-locale title). */
    shown?: string;
    /** Each name the entity goes by: name, acronym, aliases. */
    names: string[];
    extra: string;
    dated_at: string | null;
  }[];
  /** Per-locale text of an entity (description, bio, summary…). */
  /** `slug`: the address in that locale, where it differs by locale (events). */
  texts: { id: string; locale: string; title: string | null; text: string; slug?: string }[];
  sectors: { id: string; slug: string }[];
}

export function entitySourcesRepository(db: Db) {
  return {
    /** Live published organisations (all, or those of `ids`; a draft is left out): names, acronym, aliases, texts, sectors. */
    async listOrganisationSources(ids?: readonly string[]): Promise<EntitySources> {
      if (ids?.length === 0) return { entities: [], texts: [], sectors: [] };
      const orgs = await db
        .selectFrom('organisation')
        .select(['id', 'slug', 'name', 'acronym', 'city'])
        .where('deleted_at', 'is', null)
        .where(published('organisation'))
        .$if(ids !== undefined, (q) => q.where('id', 'in', ids!))
        .execute();
      const orgIds = orgs.map((o) => o.id);
      if (orgIds.length === 0) return { entities: [], texts: [], sectors: [] };
      const [aliases, texts, sectors] = await Promise.all([
        db
          .selectFrom('organisation_alias')
          .select(['organisation_id as id', 'alias'])
          .where('organisation_id', 'in', orgIds)
          .orderBy('alias')
          .execute(),
        db
          .selectFrom('organisation_translation')
          .select(['organisation_id as id', 'locale', 'description', 'competences'])
          .where('organisation_id', 'in', orgIds)
          .execute(),
        db
          .selectFrom('organisation_sector as x')
          .innerJoin('sector as s', (j) =>
            j.onRef('s.id', '=', 'x.sector_id').on('s.deleted_at', 'is', null),
          )
          .select(['x.organisation_id as id', 's.slug'])
          .where('x.organisation_id', 'in', orgIds)
          .orderBy('s.position')
          .execute(),
      ]);
      return {
        entities: orgs.map((o) => ({
          id: o.id,
          slug: o.slug,
          title: [o.name, o.acronym ?? ''].join(' ').trim(),
          names: [
            o.name,
            ...(o.acronym ? [o.acronym] : []),
            ...aliases.filter((a) => a.id === o.id).map((a) => a.alias),
          ],
          extra: [...aliases.filter((a) => a.id === o.id).map((a) => a.alias), o.city ?? ''].join(
            ' ',
          ),
          dated_at: null,
        })),
        texts: texts.map((t) => ({
          id: t.id,
          locale: t.locale,
          title: null,
          text: `${t.description}\n${t.competences}`,
        })),
        sectors,
      };
    },

    /** Live published people: names, honorific, bio and role titles with their organisation's name. */
    async listPersonSources(ids?: readonly string[]): Promise<EntitySources> {
      if (ids?.length === 0) return { entities: [], texts: [], sectors: [] };
      const people = await db
        .selectFrom('person')
        .select(['id', 'slug', 'given_name', 'family_name', 'honorific'])
        .where('deleted_at', 'is', null)
        .where(published('person'))
        .$if(ids !== undefined, (q) => q.where('id', 'in', ids!))
        .execute();
      const personIds = people.map((p) => p.id);
      if (personIds.length === 0) return { entities: [], texts: [], sectors: [] };
      const [bios, roles] = await Promise.all([
        db
          .selectFrom('person_translation')
          .select(['person_id as id', 'locale', 'bio'])
          .where('person_id', 'in', personIds)
          .execute(),
        db
          .selectFrom('affiliation as f')
          .innerJoin('affiliation_translation as ft', 'ft.affiliation_id', 'f.id')
          .innerJoin('organisation as o', 'o.id', 'f.organisation_id')
          .select(['f.person_id as id', 'ft.locale', 'ft.role_title', 'o.name'])
          .where('f.person_id', 'in', personIds)
          .where('o.deleted_at', 'is', null)
          .where(published('o'))
          .orderBy('f.starts_on')
          .execute(),
      ]);
      const locales = new Set([...bios, ...roles].map((r) => `${r.id}|${r.locale}`));
      return {
        entities: people.map((p) => ({
          id: p.id,
          slug: p.slug,
          title: `${p.given_name} ${p.family_name}`,
          names: [`${p.given_name} ${p.family_name}`],
          extra: p.honorific ?? '',
          dated_at: null,
        })),
        texts: [...locales].map((key) => {
          const [id, locale] = key.split('|') as [string, string];
          const bio = bios.find((b) => b.id === id && b.locale === locale)?.bio ?? '';
          const roleText = roles
            .filter((r) => r.id === id && r.locale === locale)
            .map((r) => `${r.role_title}, ${r.name}.`)
            .join(' ');
          return { id, locale, title: null, text: `${roleText}\n${bio}`.trim() };
        }),
        sectors: [],
      };
    },

    /** Live events: title and summary per locale, venues, sectors; dated by their start. */
    async listEventSources(ids?: readonly string[]): Promise<EntitySources> {
      if (ids?.length === 0) return { entities: [], texts: [], sectors: [] };
      const events = await db
        .selectFrom('event')
        .select(['id', 'slug', 'starts_at'])
        .where('deleted_at', 'is', null)
        .$if(ids !== undefined, (q) => q.where('id', 'in', ids!))
        .execute();
      const eventIds = events.map((e) => e.id);
      if (eventIds.length === 0) return { entities: [], texts: [], sectors: [] };
      const [texts, venues, sectors] = await Promise.all([
        db
          .selectFrom('event_translation')
          .select(['event_id as id', 'locale', 'slug', 'title', 'summary'])
          .where('event_id', 'in', eventIds)
          .execute(),
        db
          .selectFrom('venue')
          .select(['event_id as id', 'name', 'city'])
          .where('event_id', 'in', eventIds)
          .orderBy('position')
          .execute(),
        db
          .selectFrom('event_sector as x')
          .innerJoin('sector as s', (j) =>
            j.onRef('s.id', '=', 'x.sector_id').on('s.deleted_at', 'is', null),
          )
          .select(['x.event_id as id', 's.slug'])
          .where('x.event_id', 'in', eventIds)
          .orderBy('s.position')
          .execute(),
      ]);
      return {
        entities: events.map((e) => ({
          id: e.id,
          slug: e.slug,
          title: '',
          names: [],
          extra: venues
            .filter((v) => v.id === e.id)
            // « Palais des congrès de Liège » already says Liège; snippets read « name, city ».
            .map((v) => (!v.city || v.name.includes(v.city) ? v.name : `${v.name}, ${v.city}`))
            .join(' · '),
          dated_at: e.starts_at,
        })),
        texts: texts.map((t) => ({
          id: t.id,
          locale: t.locale,
          slug: t.slug,
          title: t.title,
          text: t.summary,
        })),
        sectors,
      };
    },

    /** Live projects: name, acronym, programme, description per locale, sectors. */
    async listProjectSources(ids?: readonly string[]): Promise<EntitySources> {
      if (ids?.length === 0) return { entities: [], texts: [], sectors: [] };
      const projects = await db
        .selectFrom('project')
        .select(['id', 'slug', 'name', 'acronym', 'programme', 'starts_on'])
        .where('deleted_at', 'is', null)
        .$if(ids !== undefined, (q) => q.where('id', 'in', ids!))
        .execute();
      const projectIds = projects.map((p) => p.id);
      if (projectIds.length === 0) return { entities: [], texts: [], sectors: [] };
      const [texts, sectors] = await Promise.all([
        db
          .selectFrom('project_translation')
          .select(['project_id as id', 'locale', 'description'])
          .where('project_id', 'in', projectIds)
          .execute(),
        db
          .selectFrom('project_sector as x')
          .innerJoin('sector as s', (j) =>
            j.onRef('s.id', '=', 'x.sector_id').on('s.deleted_at', 'is', null),
          )
          .select(['x.project_id as id', 's.slug'])
          .where('x.project_id', 'in', projectIds)
          .orderBy('s.position')
          .execute(),
      ]);
      return {
        entities: projects.map((p) => ({
          id: p.id,
          slug: p.slug,
          title: [p.name, p.acronym ?? ''].join(' ').trim(),
          // The acronym, as the project's page heads it: the full name is often in one language.
          shown: p.acronym ?? p.name,
          names: [p.name, ...(p.acronym ? [p.acronym] : [])],
          extra: p.programme,
          dated_at: p.starts_on,
        })),
        texts: texts.map((t) => ({ id: t.id, locale: t.locale, title: null, text: t.description })),
        sectors,
      };
    },
  };
}

// Every SQL statement of search shared by both engines: reading what gets indexed (public
// content only), writing and deleting index documents, and reading terms back for ranking.
import type { Db } from '../db/database.js';
import type { SearchEngine } from './search.engine.js';
import { searchDb, type SearchDocumentTable, type SearchType } from '../db/tables/search.table.js';

export interface ArticleSourceRow {
  article_id: string;
  locale: string;
  slug: string;
  title: string;
  kicker: string;
  keywords: string;
  body_html: string;
  published_at: string;
  /**
   * Confirmed mentions of known entities in what the article leads with (title, kicker,
   * excerpt), as written, each once, in text order: what the article is about.
   */
  mentions: string[];
}

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

export type NewSearchDocument = Omit<SearchDocumentTable, 'rank_key'> & { rank_key: number };

export interface TermsRow {
  rank_key: number;
  title_terms: string;
  body_terms: string;
}

const batchSize = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function searchRepository(
  db: Db,
  engine: Pick<SearchEngine, 'remember' | 'forget' | 'forgetAll'>,
) {
  const sdb = searchDb(db);

  return {
    /** Published translations of live articles among `articleIds`, in (id, locale) order. */
    async listArticleSources(articleIds: readonly string[]): Promise<ArticleSourceRow[]> {
      if (articleIds.length === 0) return [];
      const rows = await db
        .selectFrom('article_translation as t')
        .innerJoin('article as a', 'a.id', 't.article_id')
        .select([
          't.id',
          't.article_id',
          't.locale',
          't.slug',
          't.title',
          't.kicker',
          't.excerpt',
          't.keywords',
          't.body_html',
          't.status',
          'a.published_at',
        ])
        .where('t.article_id', 'in', articleIds)
        .where('a.deleted_at', 'is', null)
        .where('a.published_at', 'is not', null)
        .orderBy('t.article_id')
        .orderBy('t.locale')
        .execute();
      // Status is checked here, not in SQL: a status condition leads SQLite's planner to walk
      // the (status, locale) index over every published translation instead of these ids.
      const published = rows.filter((r) => r.status === 'published');
      const lead = new Map(published.map((r) => [r.id, `${r.title}\n${r.kicker}\n${r.excerpt}`]));
      const mentions = new Map<string, string[]>();
      for (const ids of chunks([...lead.keys()], batchSize)) {
        const found = await db
          .selectFrom('mention')
          .select(['article_translation_id as id', 'surface'])
          .where('article_translation_id', 'in', ids)
          .where('state', '=', 'confirmed')
          .where('entity_id', 'is not', null)
          .orderBy('article_translation_id')
          .orderBy('start_offset')
          .execute();
        for (const m of found) {
          const list = mentions.get(m.id) ?? [];
          if (!list.includes(m.surface) && lead.get(m.id)?.includes(m.surface))
            list.push(m.surface);
          mentions.set(m.id, list);
        }
      }
      return published.map(({ status: _status, id, excerpt: _excerpt, ...row }) => ({
        ...row,
        published_at: row.published_at!, // filtered in SQL
        mentions: mentions.get(id) ?? [],
      }));
    },

    /**
     * A batch of article ids after `after`, in id order (public or not: the sources query
     * filters). Paging by the primary key keeps each batch an index range on both engines.
     */
    async listArticleIds(after: string | null, limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('article')
        .select('id')
        .$if(after !== null, (q) => q.where('id', '>', after!))
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((r) => r.id);
    },

    async listArticleSectors(
      articleIds: readonly string[],
    ): Promise<{ id: string; slug: string }[]> {
      const out: { id: string; slug: string }[] = [];
      for (const ids of chunks(articleIds, batchSize)) {
        out.push(
          ...(await db
            .selectFrom('article_sector as x')
            .innerJoin('sector as s', (j) =>
              j.onRef('s.id', '=', 'x.sector_id').on('s.deleted_at', 'is', null),
            )
            .select(['x.article_id as id', 's.slug'])
            .where('x.article_id', 'in', ids)
            .orderBy('s.position')
            .execute()),
        );
      }
      return out;
    },

    /** Live organisations (all, or those of `ids`): names, acronym, aliases, texts, sectors. */
    async listOrganisationSources(ids?: readonly string[]): Promise<EntitySources> {
      if (ids?.length === 0) return { entities: [], texts: [], sectors: [] };
      const orgs = await db
        .selectFrom('organisation')
        .select(['id', 'slug', 'name', 'acronym', 'city'])
        .where('deleted_at', 'is', null)
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

    /** Live people: names, honorific, bio and role titles with their organisation's name. */
    async listPersonSources(ids?: readonly string[]): Promise<EntitySources> {
      if (ids?.length === 0) return { entities: [], texts: [], sectors: [] };
      const people = await db
        .selectFrom('person')
        .select(['id', 'slug', 'given_name', 'family_name', 'honorific'])
        .where('deleted_at', 'is', null)
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

    /** Replaces the documents of some entities of one type (none left when `docs` is empty). */
    async replaceDocuments(
      type: SearchType,
      entityIds: readonly string[],
      docs: NewSearchDocument[],
    ): Promise<void> {
      await sdb.transaction().execute(async (trx) => {
        for (const ids of chunks(entityIds, batchSize)) {
          await engine.forget(trx, type, ids);
          await trx
            .deleteFrom('search_document')
            .where('type', '=', type)
            .where('entity_id', 'in', ids)
            .execute();
        }
        // A rank key is a date with a hash; on the rare collision the next free value is used.
        const wanted = docs.map((d) => d.rank_key);
        const taken = new Set<number>();
        for (const keys of chunks(wanted, batchSize)) {
          const rows = await trx
            .selectFrom('search_document')
            .select('rank_key')
            .where('rank_key', 'in', keys)
            .execute();
          for (const r of rows) taken.add(Number(r.rank_key));
        }
        const rows = docs.map((d) => {
          let key = d.rank_key;
          while (taken.has(key)) key += 1;
          taken.add(key);
          return { ...d, rank_key: key };
        });
        for (const part of chunks(rows, 200))
          await trx.insertInto('search_document').values(part).execute();
        await engine.remember(trx, rows);
      });
    },

    /**
     * Inserts documents into an index known to hold none of their keys: a full rebuild only,
     * whose `afterRebuild` notes their terms all at once.
     */
    async insertDocuments(docs: NewSearchDocument[]): Promise<void> {
      await sdb.transaction().execute(async (trx) => {
        for (const part of chunks(docs, 200))
          await trx.insertInto('search_document').values(part).execute();
      });
    },

    async deleteAllDocuments(): Promise<void> {
      await sdb.transaction().execute(async (trx) => {
        await engine.forgetAll(trx);
        await trx.deleteFrom('search_document').execute();
      });
    },

    async countDocuments(): Promise<{ type: SearchType; count: number }[]> {
      const rows = await sdb
        .selectFrom('search_document')
        .select(['type', sdb.fn.countAll<number | string>().as('count')])
        .groupBy('type')
        .orderBy('type')
        .execute();
      return rows.map((r) => ({ type: r.type, count: Number(r.count) }));
    },

    /** The stored terms of some documents, for ranking. */
    async listTerms(rankKeys: readonly number[]): Promise<TermsRow[]> {
      const out: TermsRow[] = [];
      for (const keys of chunks(rankKeys, batchSize)) {
        const rows = await sdb
          .selectFrom('search_document')
          .select(['rank_key', 'title_terms', 'body_terms'])
          .where('rank_key', 'in', keys)
          .execute();
        for (const r of rows) out.push({ ...r, rank_key: Number(r.rank_key) });
      }
      return out;
    },
  };
}

export type SearchRepository = ReturnType<typeof searchRepository>;

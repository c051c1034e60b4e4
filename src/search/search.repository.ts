// Every SQL statement of search shared by both engines: reading what gets indexed (public
// content only), writing and deleting index documents, and reading terms back for ranking.
import type { Db } from '../db/database.js';
import type { SearchEngine } from './search.engine.js';
import { entitySourcesRepository } from './entity-sources.repository.js';
export type { EntitySources } from './entity-sources.repository.js';
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
    ...entitySourcesRepository(db),

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

// Every SQL statement about mentions, and the article-translation reads (and one write) that
// entity linking needs without reaching into the articles folder.
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import { AppError } from '../errors.js';
import { newId } from '../lib/id.js';
import type { MentionEntityType, MentionState } from '../db/tables/mention.table.js';
import type { MentionPlan, StoredMention } from './reconcile.js';

export interface MentionRow extends StoredMention {
  article_translation_id: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface TranslationText {
  id: string;
  article_id: string;
  locale: string;
  title: string;
  body_md: string;
}

const columns = [
  'id',
  'article_translation_id',
  'entity_type',
  'entity_id',
  'surface',
  'start_offset',
  'end_offset',
  'state',
  'suggestion',
  'version',
  'created_at',
  'updated_at',
] as const;

const isEmptyPlan = (p: MentionPlan) =>
  p.insert.length === 0 && p.update.length === 0 && p.delete.length === 0;

export function mentionRepository(db: Db) {
  const findMention = (id: string): Promise<MentionRow | undefined> =>
    db.selectFrom('mention').select(columns).where('id', '=', id).executeTakeFirst();

  const archiveTexts = (since?: string) => {
    let query = db
      .selectFrom('article_translation as t')
      .innerJoin('article as a', 'a.id', 't.article_id')
      .where('a.deleted_at', 'is', null);
    if (since !== undefined)
      query = query.where((eb) =>
        eb.or([
          eb('t.published_at', '>=', since),
          eb.and([eb('t.published_at', 'is', null), eb('t.updated_at', '>=', since)]),
        ]),
      );
    return query;
  };

  return {
    async findTranslationText(translationId: string): Promise<TranslationText | undefined> {
      return db
        .selectFrom('article_translation')
        .select(['id', 'article_id', 'locale', 'title', 'body_md'])
        .where('id', '=', translationId)
        .executeTakeFirst();
    },

    /**
     * Translations of live articles in id order, a page at a time, for re-detection over the
     * archive; with `since` (ISO), only those published since then (or, never published,
     * changed since then).
     */
    async listArchiveTexts(opts: {
      afterId: string | null;
      since?: string;
      limit: number;
    }): Promise<TranslationText[]> {
      let query = archiveTexts(opts.since).select([
        't.id',
        't.article_id',
        't.locale',
        't.title',
        't.body_md',
      ]);
      if (opts.afterId !== null) query = query.where('t.id', '>', opts.afterId);
      return query.orderBy('t.id').limit(opts.limit).execute();
    },

    async countArchiveTexts(since?: string): Promise<number> {
      const row = await archiveTexts(since)
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Open suggestions of entities the directory does not have yet, across the archive. */
    async countSuggested(): Promise<number> {
      const row = await db
        .selectFrom('mention')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('state', '=', 'suggested')
        .where('entity_id', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** The translations of an article, the given locale first. */
    async listTranslationIdsOfArticle(articleId: string, locale: string): Promise<string[]> {
      const rows = await db
        .selectFrom('article_translation')
        .select(['id', 'locale'])
        .where('article_id', '=', articleId)
        .orderBy('locale')
        .execute();
      return [
        ...rows.filter((r) => r.locale === locale),
        ...rows.filter((r) => r.locale !== locale),
      ].map((r) => r.id);
    },

    /** Mentions of a translation in text order; those no longer in the text (offset -1) first. */
    async listMentions(translationId: string): Promise<MentionRow[]> {
      return db
        .selectFrom('mention')
        .select(columns)
        .where('article_translation_id', '=', translationId)
        .orderBy('start_offset')
        .orderBy('id')
        .execute();
    },

    findMention,

    /** Confirmed entities of some translations, each (type, id) once, in order of appearance. */
    async listConfirmedRefs(
      translationIds: string[],
    ): Promise<{ entity_type: MentionEntityType; entity_id: string }[]> {
      if (translationIds.length === 0) return [];
      const rows = await db
        .selectFrom('mention')
        .select(['article_translation_id', 'entity_type', 'entity_id', 'start_offset'])
        .where('article_translation_id', 'in', translationIds)
        .where('state', '=', 'confirmed')
        .where('entity_id', 'is not', null)
        .execute();
      const rank = (id: string) => translationIds.indexOf(id);
      rows.sort(
        (a, b) =>
          rank(a.article_translation_id) - rank(b.article_translation_id) ||
          a.start_offset - b.start_offset,
      );
      const seen = new Set<string>();
      return rows.flatMap((r) => {
        const key = `${r.entity_type}:${r.entity_id}`;
        if (seen.has(key) || r.entity_id === null) return [];
        seen.add(key);
        return [{ entity_type: r.entity_type, entity_id: r.entity_id }];
      });
    },

    /**
     * Reconciles the stored mentions of a translation in one transaction: `plan` receives the
     * rows as they are inside the transaction and says what to insert, update and delete.
     */
    async reconcileMentions(
      translationId: string,
      plan: (existing: MentionRow[]) => MentionPlan,
      now: string,
    ): Promise<void> {
      // Most re-detections change nothing (the archive read again after the directory grew):
      // a plain read finds that without a write. When it finds changes, they are planned again
      // inside the transaction, from rows no other detection can change meanwhile.
      const current = await db
        .selectFrom('mention')
        .select(columns)
        .where('article_translation_id', '=', translationId)
        .execute();
      if (isEmptyPlan(plan(current))) return;
      // Inside a caller's transaction (an import detects a batch of translations in one), that one.
      const inTransaction = <T>(run: (trx: Db) => Promise<T>) =>
        db.isTransaction ? run(db) : db.transaction().execute(run);
      await translateErrors('Mention', () =>
        inTransaction(async (trx) => {
          // A no-op write on the translation row serialises two detections of the same
          // translation on PostgreSQL (row lock); SQLite has one writer anyway. Portable where
          // SELECT … FOR UPDATE is not (SQLite rejects it).
          await trx
            .updateTable('article_translation')
            .set((eb) => ({ version: eb.ref('version') }))
            .where('id', '=', translationId)
            .execute();
          const existing = await trx
            .selectFrom('mention')
            .select(columns)
            .where('article_translation_id', '=', translationId)
            .execute();
          const changes = plan(existing);
          if (changes.delete.length)
            await trx.deleteFrom('mention').where('id', 'in', changes.delete).execute();
          for (const u of changes.update)
            await trx
              .updateTable('mention')
              .set((eb) => ({
                entity_type: u.entity_type,
                entity_id: u.entity_id,
                surface: u.surface,
                start_offset: u.start_offset,
                end_offset: u.end_offset,
                suggestion: u.suggestion,
                updated_at: now,
                version: eb('version', '+', 1),
              }))
              .where('id', '=', u.id)
              .execute();
          if (changes.insert.length)
            await trx
              .insertInto('mention')
              .values(
                changes.insert.map((v) => ({
                  id: newId(),
                  article_translation_id: translationId,
                  ...v,
                  state: 'suggested' as const,
                  created_at: now,
                  updated_at: now,
                })),
              )
              .execute();
        }),
      );
    },

    /**
     * Sets the state of a mention. With `expectedVersion`, a mention changed since it was read
     * is a conflict and nothing is written. Returns undefined when the mention does not exist.
     */
    async updateMentionState(
      id: string,
      state: MentionState,
      expectedVersion: number | undefined,
      now: string,
    ): Promise<MentionRow | undefined> {
      let query = db
        .updateTable('mention')
        .set((eb) => ({ state, updated_at: now, version: eb('version', '+', 1) }))
        .where('id', '=', id);
      if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
      const result = await translateErrors('Mention', () => query.executeTakeFirst());
      if (Number(result.numUpdatedRows) === 0) {
        const current = await findMention(id);
        if (!current) return undefined;
        throw new AppError(
          'conflict',
          'This mention changed since it was read (stale version); nothing was saved.',
        );
      }
      return findMention(id);
    },

    /**
     * Replaces the Markdown body (and its rendered HTML) of an article translation, bumping its
     * version. For entity-linking tests and scripts until the article service has an update;
     * the caller renders the HTML, so the two never disagree.
     */
    async replaceArticleTranslationBody(
      translationId: string,
      body: { body_md: string; body_html: string },
      now: string,
    ): Promise<void> {
      await translateErrors('Article translation', () =>
        db
          .updateTable('article_translation')
          .set((eb) => ({ ...body, updated_at: now, version: eb('version', '+', 1) }))
          .where('id', '=', translationId)
          .execute(),
      );
    },
  };
}

export type MentionRepository = ReturnType<typeof mentionRepository>;

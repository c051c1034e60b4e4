// Every SQL statement of the entity inbox: the open suggestions of the whole archive, the texts
// their contexts are cut from, the entities a group may be linked to, and the writes of a
// decision (mentions confirmed or rejected, aliases added), each guarded so that a row decided
// meanwhile makes the decision fail instead of being decided twice.
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { newId } from '../lib/id.js';
import { nameKey } from '../lib/name-key.js';

export interface OpenSuggestionRow {
  id: string;
  version: number;
  entity_type: string;
  surface: string;
  start_offset: number;
  end_offset: number;
  suggestion: string | null;
  translation_id: string;
  locale: string;
  title: string;
  article_id: string;
}

export interface StopRow {
  id: string;
  entity_type: 'organisation' | 'person';
  name_key: string;
  name: string;
  created_at: string;
}

export interface EntityChoice {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
}

const stale = () =>
  new AppError(
    'conflict',
    'Some of these mentions were decided meanwhile (stale form); nothing was changed.',
  );

export function inboxRepository(db: Db) {
  return {
    /** Open suggestions of articles not in the trash, in a stable order. */
    async listOpenSuggestions(): Promise<OpenSuggestionRow[]> {
      return db
        .selectFrom('mention as m')
        .innerJoin('article_translation as t', 't.id', 'm.article_translation_id')
        .innerJoin('article as a', 'a.id', 't.article_id')
        .select([
          'm.id',
          'm.version',
          'm.entity_type',
          'm.surface',
          'm.start_offset',
          'm.end_offset',
          'm.suggestion',
          't.id as translation_id',
          't.locale',
          't.title',
          't.article_id',
        ])
        .where('m.state', '=', 'suggested')
        .where('m.entity_id', 'is', null)
        .where('m.suggestion', 'is not', null)
        .where('a.deleted_at', 'is', null)
        .orderBy('m.id')
        .execute();
    },

    /** Title and Markdown body of translations, for the contexts of their mentions. */
    async listTranslationTexts(
      ids: readonly string[],
    ): Promise<{ id: string; title: string; body_md: string }[]> {
      if (ids.length === 0) return [];
      return db
        .selectFrom('article_translation')
        .select(['id', 'title', 'body_md'])
        .where('id', 'in', [...ids])
        .execute();
    },

    /** Live organisations or people, A→Z, as choices of « link » and « merge ». */
    async listEntityChoices(kind: 'organisation' | 'person'): Promise<EntityChoice[]> {
      if (kind === 'organisation')
        return db
          .selectFrom('organisation')
          .select(['id', 'slug', 'name', 'acronym'])
          .where('deleted_at', 'is', null)
          .orderBy('name')
          .execute();
      const people = await db
        .selectFrom('person')
        .select(['id', 'slug', 'given_name', 'family_name'])
        .where('deleted_at', 'is', null)
        .orderBy('family_name')
        .orderBy('given_name')
        .execute();
      return people.map((p) => ({
        id: p.id,
        slug: p.slug,
        name: `${p.given_name} ${p.family_name}`,
        acronym: null,
      }));
    },

    /** Confirms suggestion rows as mentions of an entity; a row already there for it absorbs them. */
    async linkMentions(
      ids: readonly string[],
      entity: { type: 'organisation' | 'person'; id: string },
      now: string,
    ): Promise<void> {
      for (const id of ids) {
        const row = await db
          .selectFrom('mention')
          .select(['article_translation_id'])
          .where('id', '=', id)
          .where('state', '=', 'suggested')
          .where('entity_id', 'is', null)
          .executeTakeFirst();
        if (!row) throw stale();
        const existing = await db
          .selectFrom('mention')
          .select(['id', 'state'])
          .where('article_translation_id', '=', row.article_translation_id)
          .where('entity_type', '=', entity.type)
          .where('entity_id', '=', entity.id)
          .executeTakeFirst();
        if (existing) {
          // One row per entity per translation (reconcile.ts): the decision goes to that row.
          const gone = await db
            .deleteFrom('mention')
            .where('id', '=', id)
            .where('state', '=', 'suggested')
            .executeTakeFirst();
          if (Number(gone.numDeletedRows) !== 1) throw stale();
          if (existing.state !== 'confirmed')
            await db
              .updateTable('mention')
              .set((eb) => ({
                state: 'confirmed',
                updated_at: now,
                version: eb('version', '+', 1),
              }))
              .where('id', '=', existing.id)
              .execute();
          continue;
        }
        const updated = await db
          .updateTable('mention')
          .set((eb) => ({
            entity_type: entity.type,
            entity_id: entity.id,
            state: 'confirmed',
            suggestion: null,
            updated_at: now,
            version: eb('version', '+', 1),
          }))
          .where('id', '=', id)
          // Decided by a concurrent request since the read above (PostgreSQL re-checks this
          // condition once the other transaction commits): the whole decision fails.
          .where('state', '=', 'suggested')
          .where('entity_id', 'is', null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) throw stale();
      }
    },

    /** Rejects suggestion rows still open; any decided meanwhile fails the whole decision. */
    async rejectMentions(ids: readonly string[], now: string): Promise<void> {
      if (ids.length === 0) return;
      const result = await db
        .updateTable('mention')
        .set((eb) => ({ state: 'rejected', updated_at: now, version: eb('version', '+', 1) }))
        .where('id', 'in', [...ids])
        .where('state', '=', 'suggested')
        .where('entity_id', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== ids.length) throw stale();
    },

    /** The live entity, or undefined. */
    async findEntity(
      kind: 'organisation' | 'person',
      id: string,
    ): Promise<EntityChoice | undefined> {
      return (await this.listEntitiesByIds(kind, [id]))[0];
    },

    async listEntitiesByIds(
      kind: 'organisation' | 'person',
      ids: readonly string[],
    ): Promise<EntityChoice[]> {
      if (ids.length === 0) return [];
      if (kind === 'organisation')
        return db
          .selectFrom('organisation')
          .select(['id', 'slug', 'name', 'acronym'])
          .where('id', 'in', [...ids])
          .where('deleted_at', 'is', null)
          .execute();
      const rows = await db
        .selectFrom('person')
        .select(['id', 'slug', 'given_name', 'family_name'])
        .where('id', 'in', [...ids])
        .where('deleted_at', 'is', null)
        .execute();
      return rows.map((p) => ({
        id: p.id,
        slug: p.slug,
        name: `${p.given_name} ${p.family_name}`,
        acronym: null,
      }));
    },

    /**
     * Adds names as aliases of an organisation, leaving out those it already answers to (name,
     * acronym, alias, by name key); bumps its version so an editor's open form becomes stale
     * rather than dropping them. Returns the aliases added.
     */
    async addOrganisationAliases(
      organisationId: string,
      names: readonly string[],
      now: string,
    ): Promise<string[]> {
      const org = await db
        .selectFrom('organisation')
        .select(['name', 'acronym'])
        .where('id', '=', organisationId)
        .executeTakeFirst();
      if (!org) throw new AppError('not_found', 'This organisation does not exist.');
      const aliases = await db
        .selectFrom('organisation_alias')
        .select('alias')
        .where('organisation_id', '=', organisationId)
        .execute();
      const known = new Set(
        [org.name, org.acronym ?? '', ...aliases.map((a) => a.alias)].map(nameKey),
      );
      const added: string[] = [];
      for (const raw of names) {
        const alias = raw.trim().slice(0, 200);
        const key = nameKey(alias);
        if (!key || known.has(key)) continue;
        known.add(key);
        await db
          .insertInto('organisation_alias')
          .values({
            id: newId(),
            organisation_id: organisationId,
            alias,
            kind: 'alias',
            valid_until: null,
          })
          .execute();
        added.push(alias);
      }
      if (added.length)
        await db
          .updateTable('organisation')
          .set((eb) => ({ updated_at: now, version: eb('version', '+', 1) }))
          .where('id', '=', organisationId)
          .execute();
      return added;
    },

    /** The stop-list, A→Z by key. */
    async listStops(): Promise<StopRow[]> {
      return db
        .selectFrom('suggestion_stop')
        .select(['id', 'entity_type', 'name_key', 'name', 'created_at'])
        .orderBy('name_key')
        .execute();
    },

    /** Adds names to the stop-list; a name already listed is left as it is. */
    async insertStops(
      rows: { entity_type: 'organisation' | 'person'; name_key: string; name: string }[],
      actorId: string | null,
      now: string,
    ): Promise<void> {
      for (const row of rows)
        await db
          .insertInto('suggestion_stop')
          .values({ id: newId(), ...row, created_by: actorId, created_at: now })
          .onConflict((oc) => oc.columns(['entity_type', 'name_key']).doNothing())
          .execute();
    },

    /** Removes one name from the stop-list; the row removed, or undefined. */
    async deleteStop(id: string): Promise<StopRow | undefined> {
      const row = await db
        .selectFrom('suggestion_stop')
        .select(['id', 'entity_type', 'name_key', 'name', 'created_at'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (row) await db.deleteFrom('suggestion_stop').where('id', '=', id).execute();
      return row;
    },
  };
}

export type InboxRepository = ReturnType<typeof inboxRepository>;

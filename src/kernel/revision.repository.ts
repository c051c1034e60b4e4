// Every SQL statement about revisions: snapshots of an entity kept at each save, never rewritten.
import type { Db } from '../db/database.js';
import { newId } from '../lib/id.js';

export interface RevisionRow {
  id: string;
  entity_type: string;
  entity_id: string;
  entity_version: number;
  snapshot: string;
  author_id: string | null;
  author_name: string | null;
  reason: string;
  created_at: string;
}

export interface NewRevision {
  entity_type: string;
  entity_id: string;
  entity_version: number;
  /** Serialised as JSON here. */
  snapshot: unknown;
  author_id: string | null;
  reason: string;
}

export function revisionRepository(db: Db) {
  const withAuthor = () =>
    db
      .selectFrom('revision as r')
      .leftJoin('app_user as u', 'u.id', 'r.author_id')
      .select([
        'r.id',
        'r.entity_type',
        'r.entity_id',
        'r.entity_version',
        'r.snapshot',
        'r.author_id',
        'u.name as author_name',
        'r.reason',
        'r.created_at',
      ]);

  return {
    async insertRevision(input: NewRevision, now: string): Promise<string> {
      const id = newId();
      await db
        .insertInto('revision')
        .values({ id, ...input, snapshot: JSON.stringify(input.snapshot), created_at: now })
        .execute();
      return id;
    },

    /** An entity's revisions, newest first (ids are time-ordered, so they break ties). */
    async listRevisions(entityType: string, entityId: string): Promise<RevisionRow[]> {
      return withAuthor()
        .where('r.entity_type', '=', entityType)
        .where('r.entity_id', '=', entityId)
        .orderBy('r.created_at', 'desc')
        .orderBy('r.id', 'desc')
        .execute();
    },

    async findRevision(
      entityType: string,
      entityId: string,
      id: string,
    ): Promise<RevisionRow | undefined> {
      return withAuthor()
        .where('r.entity_type', '=', entityType)
        .where('r.entity_id', '=', entityId)
        .where('r.id', '=', id)
        .executeTakeFirst();
    },

    /** The author's latest autosave of an entity, if any. */
    async findLatestAutosave(
      entityType: string,
      entityId: string,
      authorId: string | null,
    ): Promise<RevisionRow | undefined> {
      let query = withAuthor()
        .where('r.entity_type', '=', entityType)
        .where('r.entity_id', '=', entityId)
        .where('r.reason', '=', 'autosave');
      query =
        authorId === null
          ? query.where('r.author_id', 'is', null)
          : query.where('r.author_id', '=', authorId);
      return query.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').executeTakeFirst();
    },

    /**
     * Drops an author's autosaves of an entity: each autosave replaces the previous one, and a
     * real save supersedes them all (autosaves are a safety net, not history).
     */
    async deleteAutosaves(entityType: string, entityId: string, authorId: string | null) {
      let query = db
        .deleteFrom('revision')
        .where('entity_type', '=', entityType)
        .where('entity_id', '=', entityId)
        .where('reason', '=', 'autosave');
      query =
        authorId === null
          ? query.where('author_id', 'is', null)
          : query.where('author_id', '=', authorId);
      await query.execute();
    },

    /** Whether an entity has any revision at all (entries seeded or imported start with none). */
    async hasRevisions(entityType: string, entityId: string): Promise<boolean> {
      const row = await db
        .selectFrom('revision')
        .select('id')
        .where('entity_type', '=', entityType)
        .where('entity_id', '=', entityId)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Every revision of the given entities; only when the entities themselves are destroyed. */
    async deleteRevisionsOf(entityType: string, entityIds: readonly string[]): Promise<void> {
      if (entityIds.length === 0) return;
      await db
        .deleteFrom('revision')
        .where('entity_type', '=', entityType)
        .where('entity_id', 'in', entityIds)
        .execute();
    },
  };
}

export type RevisionRepository = ReturnType<typeof revisionRepository>;

// Every SQL statement about sign-in sessions and sign-in failures (throttling).
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import { newId } from '../lib/id.js';
import type { FailureScope, SessionTable } from '../db/tables/user.table.js';

export type SessionRow = Selectable<SessionTable>;

export function sessionRepository(db: Db) {
  return {
    async insertSession(session: Omit<SessionRow, 'mfa_pending'> & { mfa_pending: number }) {
      await db.insertInto('session').values(session).execute();
    },

    async findSession(id: string): Promise<SessionRow | undefined> {
      return db.selectFrom('session').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async touchSession(id: string, lastSeenAt: string): Promise<void> {
      await db
        .updateTable('session')
        .set({ last_seen_at: lastSeenAt })
        .where('id', '=', id)
        .execute();
    },

    async deleteSession(id: string): Promise<void> {
      await db.deleteFrom('session').where('id', '=', id).execute();
    },

    /** Ends every session of a user except `keepId` (after a password change or a disable). */
    async deleteUserSessions(userId: string, keepId?: string): Promise<void> {
      let query = db.deleteFrom('session').where('user_id', '=', userId);
      if (keepId) query = query.where('id', '!=', keepId);
      await query.execute();
    },

    async deleteExpiredSessions(now: string): Promise<void> {
      await db.deleteFrom('session').where('expires_at', '<=', now).execute();
    },

    async insertFailure(scope: FailureScope, key: string, now: string): Promise<void> {
      await db
        .insertInto('sign_in_failure')
        .values({ id: newId(), scope, key, created_at: now })
        .execute();
    },

    /** The instants of the failures of one key since `since`, oldest first. */
    async listFailures(scope: FailureScope, key: string, since: string): Promise<string[]> {
      const rows = await db
        .selectFrom('sign_in_failure')
        .select('created_at')
        .where('scope', '=', scope)
        .where('key', '=', key)
        .where('created_at', '>', since)
        .orderBy('created_at')
        .execute();
      return rows.map((r) => r.created_at);
    },

    async deleteFailures(scope: FailureScope, key: string): Promise<void> {
      await db
        .deleteFrom('sign_in_failure')
        .where('scope', '=', scope)
        .where('key', '=', key)
        .execute();
    },

    async deleteFailuresBefore(before: string): Promise<void> {
      await db.deleteFrom('sign_in_failure').where('created_at', '<', before).execute();
    },
  };
}

export type SessionRepository = ReturnType<typeof sessionRepository>;

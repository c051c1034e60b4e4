// Every SQL statement about personal API tokens.
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import { newId } from '../lib/id.js';
import type { Role } from '../db/tables/user.table.js';
import type { ApiTokenTable } from '../db/tables/api-token.table.js';

export type ApiTokenRow = Selectable<ApiTokenTable>;

export interface TokenOwnerRow {
  token_id: string;
  revoked_at: string | null;
  user_id: string;
  name: string;
  role: Role;
  disabled_at: string | null;
}

export function apiTokenRepository(db: Db) {
  return {
    async insertToken(
      token: { user_id: string; name: string; token_hash: string; prefix: string },
      now: string,
    ): Promise<string> {
      const id = newId();
      await translateErrors('API token', () =>
        db
          .insertInto('api_token')
          .values({ id, ...token, created_at: now, last_used_at: null, revoked_at: null })
          .execute(),
      );
      return id;
    },

    /** A user's tokens, newest first (revoked ones included, marked). */
    async listTokens(userId: string): Promise<ApiTokenRow[]> {
      return db
        .selectFrom('api_token')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
    },

    /** Revokes one of the user's tokens; false when it is not theirs or already revoked. */
    async revokeToken(userId: string, id: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('api_token')
        .set({ revoked_at: now })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** The token with this hash and its owner's account. */
    async findByHash(hash: string): Promise<TokenOwnerRow | undefined> {
      return db
        .selectFrom('api_token as t')
        .innerJoin('app_user as u', 'u.id', 't.user_id')
        .select([
          't.id as token_id',
          't.revoked_at',
          'u.id as user_id',
          'u.name',
          'u.role',
          'u.disabled_at',
        ])
        .where('t.token_hash', '=', hash)
        .executeTakeFirst();
    },

    async touchToken(id: string, now: string): Promise<void> {
      await db.updateTable('api_token').set({ last_used_at: now }).where('id', '=', id).execute();
    },
  };
}

export type ApiTokenRepository = ReturnType<typeof apiTokenRepository>;

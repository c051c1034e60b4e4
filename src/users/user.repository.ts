// Every SQL statement about user accounts.
import type { Selectable } from 'kysely';
import { translateErrors, type Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { newId } from '../lib/id.js';
import type { AppUserTable, Role } from '../db/tables/user.table.js';

export type UserRow = Selectable<AppUserTable>;

export interface NewUser {
  email: string;
  name: string;
  password_hash: string;
  role: Role;
}

export type UserChanges = Partial<
  Pick<UserRow, 'name' | 'role' | 'password_hash' | 'totp_secret' | 'totp_required' | 'disabled_at'>
>;

export function userRepository(db: Db) {
  return {
    async findUserByEmail(email: string): Promise<UserRow | undefined> {
      return db
        .selectFrom('app_user')
        .selectAll()
        .where('email', '=', email.toLowerCase())
        .executeTakeFirst();
    },

    async findUserById(id: string): Promise<UserRow | undefined> {
      return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async getUserById(id: string): Promise<UserRow> {
      const row = await this.findUserById(id);
      if (!row) throw new AppError('not_found', 'This user does not exist.');
      return row;
    },

    async countUsers(): Promise<number> {
      const row = await db
        .selectFrom('app_user')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async listUsers(): Promise<UserRow[]> {
      return db.selectFrom('app_user').selectAll().orderBy('name').orderBy('email').execute();
    },

    async insertUser(user: NewUser, now: string): Promise<string> {
      const id = newId();
      await translateErrors('User', () =>
        db
          .insertInto('app_user')
          .values({
            id,
            created_at: now,
            updated_at: now,
            email: user.email.toLowerCase(),
            name: user.name,
            password_hash: user.password_hash,
            role: user.role,
            totp_secret: null,
            disabled_at: null,
          })
          .execute(),
      );
      return id;
    },

    /** Applies changes and bumps the version; throws not_found when the user is gone. */
    async updateUser(id: string, changes: UserChanges, now: string): Promise<void> {
      const result = await db
        .updateTable('app_user')
        .set((eb) => ({ ...changes, updated_at: now, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) {
        throw new AppError('not_found', 'This user does not exist.');
      }
    },
  };
}

export type UserRepository = ReturnType<typeof userRepository>;

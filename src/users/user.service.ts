// Accounts: creation (CLI, first-run setup, admin page), roles, disabling, passwords and TOTP.
// Every change is written to the audit log with the actor and the client it came from.
import { AppError } from '../errors.js';
import type { AuditService } from './audit.service.js';
import type { Client } from '../kernel/actor.js';
import { hashPassword, verifyPassword } from './password.js';
import type { SessionRepository } from './session.repository.js';
import { verifyTotp } from './totp.js';
import type { Role } from '../db/tables/user.table.js';
import type { UserRepository, UserRow } from './user.repository.js';
import { newUserSchema, passwordSchema, type NewUserInput } from './user.schema.js';

/** Who acts, from where; `actorId` null for the CLI and the first-run setup. */
export interface Actor extends Partial<Client> {
  actorId: string | null;
}

export function userService(deps: {
  users: UserRepository;
  sessions: SessionRepository;
  audit: AuditService;
  now: () => Date;
}) {
  const { users, sessions, audit, now } = deps;
  const stamp = () => now().toISOString();

  const record = (actor: Actor, action: string, userId: string, detail?: Record<string, unknown>) =>
    audit.record({
      actorId: actor.actorId,
      action,
      entityType: 'user',
      entityId: userId,
      ip: actor.ip ?? null,
      userAgent: actor.userAgent ?? null,
      detail,
    });

  return {
    countUsers: () => users.countUsers(),
    listUsers: () => users.listUsers(),
    findUser: (id: string) => users.findUserById(id),

    /** Validates (zod; bad_request with the first problem), hashes and inserts; returns the id. */
    async createUser(input: NewUserInput, actor: Actor): Promise<string> {
      const parsed = newUserSchema.safeParse(input);
      if (!parsed.success) {
        throw new AppError('bad_request', parsed.error.issues[0]?.message ?? 'Invalid user.');
      }
      const { email, name, role, password } = parsed.data;
      if (await users.findUserByEmail(email)) {
        throw new AppError('duplicate', `A user with the email ${email} already exists.`);
      }
      const id = await users.insertUser(
        { email, name, role, password_hash: await hashPassword(password) },
        stamp(),
      );
      await record(actor, 'user.created', id, { email, role });
      return id;
    },

    /** The first-run setup: creates an admin only while there is no user at all. */
    async createFirstAdmin(input: Omit<NewUserInput, 'role'>, actor: Actor): Promise<string> {
      if ((await users.countUsers()) > 0) {
        throw new AppError('not_found', 'The site is already set up.');
      }
      return this.createUser({ ...input, role: 'admin' }, actor);
    },

    async changeRole(userId: string, role: Role, actor: Actor): Promise<void> {
      const user = await users.getUserById(userId);
      if (user.role === role) return;
      if (user.role === 'admin') await refuseLastAdmin(userId);
      await users.updateUser(userId, { role }, stamp());
      await record(actor, 'user.role_changed', userId, { from: user.role, to: role });
    },

    async setDisabled(userId: string, disabled: boolean, actor: Actor): Promise<void> {
      const user = await users.getUserById(userId);
      if (disabled && userId === actor.actorId) {
        throw new AppError('bad_request', 'You cannot disable your own account.');
      }
      if ((user.disabled_at !== null) === disabled) return;
      if (disabled && user.role === 'admin') await refuseLastAdmin(userId);
      await users.updateUser(userId, { disabled_at: disabled ? stamp() : null }, stamp());
      if (disabled) await sessions.deleteUserSessions(userId);
      await record(actor, disabled ? 'user.disabled' : 'user.enabled', userId);
    },

    async setTotpRequired(userId: string, required: boolean, actor: Actor): Promise<void> {
      const user = await users.getUserById(userId);
      if ((user.totp_required === 1) === required) return;
      await users.updateUser(userId, { totp_required: required ? 1 : 0 }, stamp());
      await record(actor, required ? 'user.totp_required' : 'user.totp_optional', userId);
    },

    /** Checks the current password, stores the new one and ends the user's other sessions. */
    async changePassword(
      userId: string,
      current: string,
      next: string,
      keepSessionId: string | undefined,
      actor: Actor,
    ): Promise<void> {
      const user = await users.getUserById(userId);
      if (!(await verifyPassword(user.password_hash, current))) {
        throw new AppError('bad_request', 'The current password is wrong.');
      }
      const parsed = passwordSchema.safeParse(next);
      if (!parsed.success) {
        throw new AppError('bad_request', parsed.error.issues[0]?.message ?? 'Invalid password.');
      }
      await users.updateUser(userId, { password_hash: await hashPassword(next) }, stamp());
      await sessions.deleteUserSessions(userId, keepSessionId);
      await record(actor, 'user.password_changed', userId);
    },

    /** Stores a TOTP secret once the user proved their app has it by giving a current code. */
    async enableTotp(userId: string, secret: string, code: string, actor: Actor): Promise<void> {
      if (!/^[A-Z2-7]{32}$/.test(secret)) throw new AppError('bad_request', 'Invalid secret.');
      if (!verifyTotp(secret, code, now())) {
        throw new AppError('bad_request', 'The code does not match.');
      }
      await users.updateUser(userId, { totp_secret: secret }, stamp());
      await record(actor, 'user.totp_enabled', userId);
    },

    /** Removes TOTP after checking the password; refused while TOTP is required for the user. */
    async disableTotp(userId: string, password: string, actor: Actor): Promise<void> {
      const user: UserRow = await users.getUserById(userId);
      if (user.totp_required === 1) {
        throw new AppError('bad_request', 'Two-factor sign-in is required for this account.');
      }
      if (!(await verifyPassword(user.password_hash, password))) {
        throw new AppError('bad_request', 'The current password is wrong.');
      }
      await users.updateUser(userId, { totp_secret: null }, stamp());
      await record(actor, 'user.totp_disabled', userId);
    },
  };

  async function refuseLastAdmin(userId: string): Promise<void> {
    const admins = (await users.listUsers()).filter(
      (u) => u.role === 'admin' && u.disabled_at === null && u.id !== userId,
    );
    if (admins.length === 0) {
      throw new AppError('bad_request', 'The site must keep at least one active admin.');
    }
  }
}

export type UserService = ReturnType<typeof userService>;

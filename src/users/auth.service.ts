// Sign-in, sessions and throttling. The cookie carries a random token; the database keeps only
// its SHA-256, so a leaked session table cannot be replayed.
import type { ActiveSession, Client, SessionUser } from '../kernel/actor.js';
import { createHash, randomBytes } from 'node:crypto';
import type { AuditService } from './audit.service.js';
import { verifyDummyPassword, verifyPassword } from './password.js';
import type { SessionRepository, SessionRow } from './session.repository.js';
import { verifyTotp } from './totp.js';
import type { UserRepository, UserRow } from './user.repository.js';

export type SignInResult =
  | { kind: 'signed-in'; token: string; user: SessionUser }
  | { kind: 'totp-needed'; token: string }
  | { kind: 'invalid' }
  | { kind: 'throttled'; retryAfter: number };

export const sessionPolicy = {
  idleMs: 2 * 3600_000,
  absoluteMs: 12 * 3600_000,
  /** Time allowed between the password and the TOTP code. */
  pendingMs: 10 * 60_000,
  /** last_seen_at is written at most this often. */
  touchMs: 60_000,
};

/**
 * Failures allowed within the window before sign-in answers 429. A wrong guess locks out the
 * guesser, not the account: five failures close the account to that address only; twenty close
 * the address to every account (a team may share one office address). Only a spread attack on one
 * account (fifty failures from anywhere) closes it, and then to unknown addresses only: an address
 * the user signed in from within `knownMs` still gets in with the right password.
 */
export const throttlePolicy = {
  windowMs: 15 * 60_000,
  pair: 5,
  ip: 20,
  account: 50,
  knownMs: 90 * 24 * 3600_000,
};

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const randomToken = () => randomBytes(32).toString('base64url');

export function toSessionUser(row: UserRow): SessionUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    totpEnabled: row.totp_secret !== null,
    totpRequired: row.totp_required === 1,
  };
}

export function authService(deps: {
  users: UserRepository;
  sessions: SessionRepository;
  audit: AuditService;
  now: () => Date;
}) {
  const { users, sessions, audit, now } = deps;

  async function openSession(user: UserRow, client: Client, mfaPending: boolean) {
    const token = randomToken();
    const at = now();
    const ttl = mfaPending ? sessionPolicy.pendingMs : sessionPolicy.absoluteMs;
    await sessions.insertSession({
      id: hashToken(token),
      user_id: user.id,
      csrf_token: randomToken(),
      created_at: at.toISOString(),
      last_seen_at: at.toISOString(),
      expires_at: new Date(at.getTime() + ttl).toISOString(),
      ip: client.ip,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
      mfa_pending: mfaPending ? 1 : 0,
    });
    return token;
  }

  /** True when the user signed in from this address lately (it is theirs, not an attacker's). */
  async function knownAddress(user: UserRow | undefined, ip: string): Promise<boolean> {
    if (!user) return false;
    const from = new Date(now().getTime() - throttlePolicy.knownMs).toISOString();
    return (await audit.countEntries({ actorId: user.id, action: 'auth.sign_in', ip, from })) > 0;
  }

  /** Seconds until sign-in is allowed again for this account from this address, or 0. */
  async function retryAfter(email: string, ip: string, user: UserRow | undefined): Promise<number> {
    const at = now().getTime();
    const since = new Date(at - throttlePolicy.windowMs).toISOString();
    let wait = 0;
    for (const [scope, key, limit] of [
      ['pair', `${ip} ${email}`, throttlePolicy.pair],
      ['ip', ip, throttlePolicy.ip],
      ['account', email, throttlePolicy.account],
    ] as const) {
      const failures = await sessions.listFailures(scope, key, since);
      if (failures.length < limit) continue;
      if (scope === 'account' && (await knownAddress(user, ip))) continue;
      const freedAt = Date.parse(failures[failures.length - limit]!) + throttlePolicy.windowMs;
      wait = Math.max(wait, Math.ceil((freedAt - at) / 1000));
    }
    return wait;
  }

  async function recordFailure(
    email: string,
    client: Client,
    user: UserRow | undefined,
    why: string,
  ) {
    const at = now().toISOString();
    await sessions.insertFailure('pair', `${client.ip} ${email}`, at);
    await sessions.insertFailure('ip', client.ip, at);
    await sessions.insertFailure('account', email, at);
    await audit.record({
      actorId: user?.id ?? null,
      action: 'auth.sign_in_failed',
      entityType: user ? 'user' : null,
      entityId: user?.id ?? null,
      ip: client.ip,
      userAgent: client.userAgent,
      detail: { email, reason: why },
    });
  }

  async function signedIn(user: UserRow, client: Client, method: string) {
    await sessions.deleteFailures('pair', `${client.ip} ${user.email}`);
    await sessions.deleteFailures('account', user.email);
    const token = await openSession(user, client, false);
    await audit.record({
      actorId: user.id,
      action: 'auth.sign_in',
      entityType: 'user',
      entityId: user.id,
      ip: client.ip,
      userAgent: client.userAgent,
      detail: { method },
    });
    return { kind: 'signed-in' as const, token, user: toSessionUser(user) };
  }

  return {
    /** Checks a password; the answer for an unknown email looks and takes like a wrong password. */
    async signIn(emailInput: string, password: string, client: Client): Promise<SignInResult> {
      const email = emailInput.trim().toLowerCase();
      const user = await users.findUserByEmail(email);
      const wait = await retryAfter(email, client.ip, user);
      if (wait > 0) {
        await verifyDummyPassword(password);
        return { kind: 'throttled', retryAfter: wait };
      }
      const ok = user ? await verifyPassword(user.password_hash, password) : false;
      if (!user) await verifyDummyPassword(password);
      if (!user || !ok || user.disabled_at !== null) {
        await recordFailure(email, client, user, !user ? 'unknown' : !ok ? 'password' : 'disabled');
        return { kind: 'invalid' };
      }
      await sessions.deleteExpiredSessions(now().toISOString());
      if (user.totp_secret !== null) {
        return { kind: 'totp-needed', token: await openSession(user, client, true) };
      }
      return signedIn(user, client, 'password');
    },

    /** Second step: the TOTP code of a session that passed its password; opens a new session. */
    async confirmTotp(pending: ActiveSession, code: string, client: Client): Promise<SignInResult> {
      if (!pending.mfaPending) return { kind: 'invalid' };
      const user = await users.findUserById(pending.user.id);
      if (!user?.totp_secret || user.disabled_at !== null) return { kind: 'invalid' };
      const wait = await retryAfter(user.email, client.ip, user);
      if (wait > 0) return { kind: 'throttled', retryAfter: wait };
      if (!verifyTotp(user.totp_secret, code, now())) {
        await recordFailure(user.email, client, user, 'totp');
        return { kind: 'invalid' };
      }
      await sessions.deleteSession(pending.id);
      return signedIn(user, client, 'password+totp');
    },

    /** The session a cookie token names, if it is still valid; refreshes last_seen_at. */
    async resumeSession(token: string): Promise<ActiveSession | undefined> {
      if (!token || token.length > 200) return undefined;
      const row: SessionRow | undefined = await sessions.findSession(hashToken(token));
      if (!row) return undefined;
      const at = now().getTime();
      const idleEnd = Date.parse(row.last_seen_at) + sessionPolicy.idleMs;
      if (at >= Date.parse(row.expires_at) || at >= idleEnd) {
        await sessions.deleteSession(row.id);
        return undefined;
      }
      const user = await users.findUserById(row.user_id);
      if (!user || user.disabled_at !== null) {
        await sessions.deleteSession(row.id);
        return undefined;
      }
      if (at - Date.parse(row.last_seen_at) >= sessionPolicy.touchMs) {
        await sessions.touchSession(row.id, new Date(at).toISOString());
      }
      return {
        id: row.id,
        csrfToken: row.csrf_token,
        user: toSessionUser(user),
        mfaPending: row.mfa_pending === 1,
      };
    },

    async signOut(session: ActiveSession, client: Client): Promise<void> {
      await sessions.deleteSession(session.id);
      if (session.mfaPending) return;
      await audit.record({
        actorId: session.user.id,
        action: 'auth.sign_out',
        entityType: 'user',
        entityId: session.user.id,
        ip: client.ip,
        userAgent: client.userAgent,
      });
    },

    /** Opens a session without a password: right after the first-run setup created the admin. */
    async openSessionFor(userId: string, client: Client): Promise<string> {
      const user = await users.getUserById(userId);
      return openSession(user, client, false);
    },
  };
}

export type AuthService = ReturnType<typeof authService>;

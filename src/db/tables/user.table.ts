// Kysely table types for users, sessions, revisions and the audit log.
import type { Defaulted, EntityColumns } from '../columns.js';

export type Role = 'admin' | 'editor' | 'author' | 'contributor';

export interface AppUserTable extends EntityColumns {
  email: string;
  name: string;
  password_hash: string;
  role: Role;
  totp_secret: string | null;
  totp_required: Defaulted<number>;
  disabled_at: string | null;
}

export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
  /** 1 while the password is checked but the TOTP code is still owed. */
  mfa_pending: Defaulted<number>;
}

export interface RevisionTable {
  id: string;
  entity_type: string;
  entity_id: string;
  entity_version: number;
  snapshot: string;
  author_id: string | null;
  reason: Defaulted<string>;
  created_at: string;
}

export interface AuditEntryTable {
  id: string;
  actor_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  ip: string | null;
  user_agent: string | null;
  detail: Defaulted<string>;
  created_at: string;
}

/** How a failed sign-in is counted: per account, per client address, per account at one address. */
export type FailureScope = 'account' | 'ip' | 'pair';

/** One failed sign-in, counted once per scope (keys: lower-cased email, address, both). */
export interface SignInFailureTable {
  id: string;
  scope: FailureScope;
  key: string;
  created_at: string;
}

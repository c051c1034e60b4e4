// Who acts: the signed-in user of a request, the actor a service checks permissions for, the
// client an audit entry records. Owned by no feature: users create them, every feature reads them.
import type { Role } from '../db/tables/user.table.js';

/** The signed-in user as a service sees them (id null: the system, e.g. the scheduler). */
export interface Actor {
  id: string | null;
  role: Role;
}

/** What `c.var.user` holds for a signed-in request. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  totpEnabled: boolean;
  totpRequired: boolean;
}

export interface ActiveSession {
  id: string;
  csrfToken: string;
  user: SessionUser;
  /** True while the password is checked but the TOTP code is still owed. */
  mfaPending: boolean;
}

/** Where a request comes from, for throttling and the audit log. */
export interface Client {
  ip: string;
  userAgent: string | null;
}

/** One line of the audit log. */
export interface AuditEvent {
  actorId: string | null;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  /** Small JSON-able facts (never a password, token or TOTP secret). */
  detail?: Record<string, unknown>;
}

/** What request handlers need of the audit log. */
export interface AuditRecorder {
  record(event: AuditEvent): Promise<void>;
}

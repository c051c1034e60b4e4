// The account services (users, sessions and sign-in, audit log) over one database; spread into
// createServices so the app, the CLI and tests share them.
import type { Db } from '../db/database.js';
import { auditRepository } from './audit.repository.js';
import { auditService, type AuditService } from './audit.service.js';
import { authService, type AuthService } from './auth.service.js';
import { sessionRepository } from './session.repository.js';
import { userRepository } from './user.repository.js';
import { userService, type UserService } from './user.service.js';

export interface AccountServices {
  users: UserService;
  auth: AuthService;
  audit: AuditService;
}

export function accountServices(db: Db, now: () => Date): AccountServices {
  const users = userRepository(db);
  const sessions = sessionRepository(db);
  const audit = auditService({ audit: auditRepository(db), now });
  return {
    users: userService({ users, sessions, audit, now }),
    auth: authService({ users, sessions, audit, now }),
    audit,
  };
}

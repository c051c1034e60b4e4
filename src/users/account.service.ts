// The account services (users, sessions and sign-in, audit log, personal API tokens) over one
// database; spread into createServices so the app, the CLI and tests share them.
import type { Db } from '../db/database.js';
import { apiTokenRepository } from './api-token.repository.js';
import { apiTokenService, type ApiTokenService } from './api-token.service.js';
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
  /** Personal API tokens: created and revoked by their owner, resolved to them by the API. */
  apiTokens: ApiTokenService;
}

export function accountServices(db: Db, now: () => Date): AccountServices {
  const users = userRepository(db);
  const sessions = sessionRepository(db);
  const audit = auditService({ audit: auditRepository(db), now });
  return {
    users: userService({ users, sessions, audit, now }),
    auth: authService({ users, sessions, audit, now }),
    audit,
    apiTokens: apiTokenService({ tokens: apiTokenRepository(db), audit, now }),
  };
}

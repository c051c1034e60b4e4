// Personal API tokens: created with a name and shown once, stored as their SHA-256, revoked by
// their owner; a request's token resolves to its owner, whose role limits what it may do.
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../errors.js';
import type { AuditService } from './audit.service.js';
import type { Role } from '../db/tables/user.table.js';
import type { Db } from '../db/database.js';
import {
  apiTokenRepository,
  type ApiTokenRepository,
  type ApiTokenRow,
} from './api-token.repository.js';

/** Tokens read `cst_` + 43 base64url characters (256 random bits). */
export const tokenPattern = /^cst_[A-Za-z0-9_-]{43}$/;
export const maxTokenNameLength = 80;

export interface ApiTokenOwner {
  tokenId: string;
  userId: string;
  name: string;
  role: Role;
}

export interface TokenActor {
  actorId: string;
  ip?: string | null;
  userAgent?: string | null;
}

const sha256 = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export function apiTokenService(deps: {
  tokens: ApiTokenRepository;
  audit: AuditService;
  now: () => Date;
}) {
  const nowIso = () => deps.now().toISOString();
  return {
    /** Creates a token for the actor; the returned `token` is never stored nor shown again. */
    async createToken(actor: TokenActor, rawName: string): Promise<{ id: string; token: string }> {
      const name = rawName.trim();
      if (!name || name.length > maxTokenNameLength)
        throw new AppError(
          'bad_request',
          `A token needs a name of 1 to ${maxTokenNameLength} characters.`,
        );
      const token = `cst_${randomBytes(32).toString('base64url')}`;
      const id = await deps.tokens.insertToken(
        { user_id: actor.actorId, name, token_hash: sha256(token), prefix: token.slice(0, 8) },
        nowIso(),
      );
      await deps.audit.record({
        ...actor,
        action: 'api_token.create',
        entityType: 'api_token',
        entityId: id,
        detail: { name },
      });
      return { id, token };
    },

    listTokens: (userId: string): Promise<ApiTokenRow[]> => deps.tokens.listTokens(userId),

    async revokeToken(actor: TokenActor, id: string): Promise<void> {
      if (!(await deps.tokens.revokeToken(actor.actorId, id, nowIso())))
        throw new AppError('not_found', 'No such active token of yours.');
      await deps.audit.record({
        ...actor,
        action: 'api_token.revoke',
        entityType: 'api_token',
        entityId: id,
      });
    },

    /** The owner of a valid token; undefined when unknown, revoked, or the account disabled. */
    async authenticate(token: string): Promise<ApiTokenOwner | undefined> {
      if (!tokenPattern.test(token)) return undefined;
      const row = await deps.tokens.findByHash(sha256(token));
      if (!row || row.revoked_at || row.disabled_at) return undefined;
      await deps.tokens.touchToken(row.token_id, nowIso());
      return { tokenId: row.token_id, userId: row.user_id, name: row.name, role: row.role };
    },
  };
}

export type ApiTokenService = ReturnType<typeof apiTokenService>;

/** The token service over a database, as the app and the API middleware wire it. */
export function apiTokenServiceOver(db: Db, audit: AuditService, now: () => Date): ApiTokenService {
  return apiTokenService({ tokens: apiTokenRepository(db), audit, now });
}

/** A token as the token pages list it. */
export type { ApiTokenRow } from './api-token.repository.js';

// Writes to the API need `Authorization: Bearer <personal token>`; public reads need nothing, and
// a token sent with a read is checked too. A missing, unknown or revoked token is a 401 `unauthorized`.
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors.js';
import type { ApiDeps, ApiEnv } from './api.context.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function tokenAuth(deps: ApiDeps): MiddlewareHandler<ApiEnv> {
  const tokens = deps.services.apiTokens;
  return async (c, next) => {
    c.set('tokenOwner', undefined);
    const header = c.req.header('authorization') ?? '';
    // Reads are public; a read that sends a token (the mentions review) has it checked.
    if (safeMethods.has(c.req.method) && !header) return next();
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const owner = match ? await tokens.authenticate(match[1]!) : undefined;
    if (!owner) {
      c.header('WWW-Authenticate', 'Bearer realm="constellation"');
      throw new AppError(
        'unauthorized',
        match
          ? 'This API token is unknown or revoked.'
          : 'Send a personal API token: Authorization: Bearer <token>.',
      );
    }
    c.set('tokenOwner', owner);
    await next();
  };
}

// What every write of the API shares: the token security requirement, the « saved » answer, and
// the token's owner as an actor once the permission matrix grants the action.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../errors.js';
import type { Actor } from '../kernel/actor.js';
import { can, type Action } from '../kernel/permissions.js';
import type { ApiEnv } from './api.context.js';

export const security = [{ token: [] }];

export const savedSchema = z.object({ id: z.string(), version: z.number().int() }).openapi('Saved');

/** The token's owner as the article editor sees them, after checking the matrix grants `action`. */
export function actorFor(c: Context<ApiEnv>, action: Action): Actor {
  const owner = c.var.tokenOwner;
  if (!owner) throw new AppError('unauthorized', 'Send a personal API token.');
  if (!can(owner.role, action))
    throw new AppError(
      'forbidden',
      `The token owner’s role (${owner.role}) does not allow ${action}.`,
    );
  return { id: owner.userId, role: owner.role };
}

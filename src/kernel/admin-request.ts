// What admin page handlers read off a request: the signed-in actor and the « done » flash.
import type { Context } from 'hono';
import type { Actor } from './actor.js';
import { currentUser } from './auth.js';
import type { MessageKey } from '../i18n/messages.fr.js';
import type { AdminContext } from './admin-context.js';

/** The signed-in user as the editors' rules see them. */
export function actorOf(c: Context): Actor {
  const user = currentUser(c);
  return { id: user.id, role: user.role };
}

/** The message of `?done=` after a redirect, when it names one of `flashes`. */
export function flashOf(
  ctx: AdminContext,
  c: Context,
  flashes: Readonly<Record<string, MessageKey>>,
): string | undefined {
  const key = c.req.query('done');
  return key && Object.hasOwn(flashes, key) ? ctx.t(flashes[key]!) : undefined;
}

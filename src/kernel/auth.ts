// Sessions on requests: the session cookie, `c.var.user`, and the guards every admin route uses
// (requireUser, requireRole, requirePermission), plus recordAudit for the audit log.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { ActiveSession, AuditRecorder, Client, SessionUser } from './actor.js';
import { can, type Action } from './permissions.js';
import type { Role } from '../db/tables/user.table.js';
import type { RequestVars } from '../http/request-id.js';
import { sessionCookieName } from '../http/session-cookie.js';

export type AuthVars = {
  /** The signed-in user; undefined for anonymous requests and half-done (TOTP) sign-ins. */
  user: SessionUser | undefined;
  session: ActiveSession | undefined;
  /** The CSRF token forms must send back (see csrf.tsx). */
  csrfToken: string;
  audit: AuditRecorder;
  secureCookies: boolean;
  /** Renders the 403 page in the admin shell (set by the admin; a bare page otherwise). */
  forbiddenPage: ((c: Context<AppEnv>) => Response | Promise<Response>) | undefined;
};

/**
 * The one Hono environment of every route: the request id and logger (`c.var.log`), and on
 * admin routes the session (`c.var.user`, `c.var.csrfToken`…, set by the session middleware).
 */
export type AppEnv = { Variables: RequestVars & AuthVars };
type AdminContext = Context<AppEnv>;

export const signInPath = '/admin/sign-in';
export const totpEnrolPath = '/admin/account/totp';

export function setSessionCookie(c: AdminContext, token: string): void {
  const secure = c.var.secureCookies;
  setCookie(c, sessionCookieName(secure), token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure,
  });
}

export function clearSessionCookie(c: AdminContext): void {
  const secure = c.var.secureCookies;
  deleteCookie(c, sessionCookieName(secure), { path: '/', secure });
}

/** The client's address (the socket's; behind a proxy, the proxy's) and user agent. */
export function clientOf(c: Context): Client {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return {
    ip: env?.incoming?.socket?.remoteAddress ?? 'unknown',
    userAgent: c.req.header('user-agent') ?? null,
  };
}

/** A same-origin path to return to after sign-in, or /admin (no //host, no scheme, no \). */
export function safeNext(raw: string | undefined | null): string {
  if (!raw || raw.length > 2000) return '/admin';
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return '/admin';
  if ([...raw].some((ch) => ch.charCodeAt(0) < 0x20)) return '/admin';
  return raw;
}

const wantsJson = (c: Context) =>
  c.req.path.startsWith('/api/') ||
  ((c.req.header('accept') ?? '').includes('application/json') &&
    !(c.req.header('accept') ?? '').includes('text/html'));

function refuse(c: AdminContext, status: 401 | 403): Response | Promise<Response> {
  c.header('Cache-Control', 'no-store');
  if (wantsJson(c)) {
    const error =
      status === 401
        ? { code: 'unauthorized', message: 'Sign in first.' }
        : { code: 'forbidden', message: 'Your role does not allow this action.' };
    return c.json({ error }, status);
  }
  if (status === 401) {
    const url = new URL(c.req.url);
    const next = c.req.method === 'GET' ? url.pathname + url.search : '/admin';
    return c.redirect(`${signInPath}?next=${encodeURIComponent(next)}`, 303);
  }
  const render = c.var.forbiddenPage;
  return render ? render(c) : c.html(forbiddenPage(), 403);
}

/** A bare 403 page; admin pages render their own richer one through the layout when they can. */
function forbiddenPage(): string {
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>403</title>' +
    '<link rel="stylesheet" href="/assets/site.css"></head><body><main class="container section">' +
    '<h1>403</h1><p>Your role does not allow this page. / Votre rôle ne permet pas cette page.</p>' +
    '<p><a href="/admin">Administration</a></p></main></body></html>'
  );
}

/**
 * Lets signed-in users through (c.var.user is then set); anonymous HTML requests are redirected
 * to the sign-in page with `next`, API requests get 401 JSON. A user who must use TOTP and has
 * not enrolled yet is sent to the enrolment page first.
 */
export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = c.var.user;
  if (!user) return refuse(c, 401);
  if (
    user.totpRequired &&
    !user.totpEnabled &&
    !c.req.path.startsWith(totpEnrolPath) &&
    c.req.path !== '/admin/sign-out'
  ) {
    if (wantsJson(c)) return refuse(c, 403);
    return c.redirect(totpEnrolPath, 303);
  }
  await next();
};

/** requireUser, then the user's role must be one of `roles` (403 otherwise). */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) =>
    requireUser(c, async () => {
      if (!roles.includes(c.var.user!.role)) {
        c.res = await refuse(c, 403);
        return;
      }
      await next();
    });
}

/** requireUser, then the permission matrix must grant `action` to the user's role. */
export function requirePermission(action: Action): MiddlewareHandler<AppEnv> {
  return async (c, next) =>
    requireUser(c, async () => {
      if (!can(c.var.user!.role, action)) {
        c.res = await refuse(c, 403);
        return;
      }
      await next();
    });
}

/** The signed-in user of a guarded route (throws if a route forgot its guard). */
export function currentUser(c: Context): SessionUser {
  const user = (c as AdminContext).var.user;
  if (!user) throw new Error('currentUser() on a route without requireUser');
  return user;
}

/**
 * Writes an audit entry: the signed-in user as actor, the request's address and user agent.
 * `entity` names what was acted on, e.g. { type: 'article', id }.
 */
export async function recordAudit(
  c: Context,
  action: string,
  entity?: { type: string; id: string } | null,
  detail?: Record<string, unknown>,
): Promise<void> {
  const ac = c as AdminContext;
  const client = clientOf(c);
  await ac.var.audit.record({
    actorId: ac.var.user?.id ?? null,
    action,
    entityType: entity?.type ?? null,
    entityId: entity?.id ?? null,
    ip: client.ip,
    userAgent: client.userAgent,
    detail,
  });
}

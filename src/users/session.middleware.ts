// Loads the session named by the cookie on every admin request: c.var.user and c.var.session.
import type { MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { sessionCookieName } from '../http/session-cookie.js';
import type { AppEnv } from '../kernel/auth.js';
import type { AuditService } from './audit.service.js';
import type { AuthService } from './auth.service.js';

/** Loads the session named by the cookie and sets c.var.user/session; never refuses. */
export function sessionMiddleware(deps: {
  auth: AuthService;
  audit: AuditService;
  baseUrl: string;
}): MiddlewareHandler<AppEnv> {
  const secure = deps.baseUrl.startsWith('https://');
  return async (c, next) => {
    c.set('audit', deps.audit);
    c.set('secureCookies', secure);
    const token = getCookie(c, sessionCookieName(secure));
    const session = token ? await deps.auth.resumeSession(token) : undefined;
    if (token && !session) deleteCookie(c, sessionCookieName(secure), { path: '/', secure });
    c.set('session', session);
    c.set('user', session && !session.mfaPending ? session.user : undefined);
    await next();
  };
}

// CSRF protection for state-changing requests: a secret token sent back in the `_csrf` form field
// or the X-CSRF-Token header, plus a same-origin check of Origin (or Referer). Signed-in
// requests use their session's token; anonymous forms (sign-in, setup) a random cookie's.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './auth.js';

export const csrfFieldName = '_csrf';
export const csrfHeaderName = 'X-CSRF-Token';
const anonymousCookie = (secure: boolean) =>
  secure ? '__Host-constellation_csrf' : 'constellation_csrf';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Hidden form field carrying the request's CSRF token; put it in every POST form. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name={csrfFieldName} value={token} />;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The origin (scheme://host:port) of a URL, or undefined when it does not parse. */
function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** True when Origin (else Referer) names this site; true when a client sends neither. */
export function isSameOrigin(c: Context, baseUrl: string): boolean {
  const allowed = new Set([originOf(baseUrl), originOf(c.req.url)]);
  const origin = c.req.header('origin');
  if (origin !== undefined) return origin !== 'null' && allowed.has(origin);
  const referer = c.req.header('referer');
  if (referer !== undefined) return allowed.has(originOf(referer));
  return true;
}

async function submittedToken(c: Context): Promise<string | undefined> {
  const header = c.req.header(csrfHeaderName);
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (
    type.startsWith('application/x-www-form-urlencoded') ||
    type.startsWith('multipart/form-data')
  ) {
    try {
      // parseBody caches the body: handlers can call c.req.parseBody() again.
      const body = await c.req.parseBody({ all: true });
      const value = body[csrfFieldName];
      return typeof value === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Sets c.var.csrfToken (after sessionMiddleware) and refuses with 403 a POST/PUT/PATCH/DELETE
 * whose token is missing or wrong, or that comes from another origin.
 */
export function csrfProtection(deps: {
  baseUrl: string;
  refusedPage?: (c: Context<AppEnv>) => Response | Promise<Response>;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const secure = c.var.secureCookies;
    let token = c.var.session?.csrfToken ?? getCookie(c, anonymousCookie(secure));
    if (!token || !/^[\w-]{20,100}$/.test(token)) {
      token = randomBytes(32).toString('base64url');
      setCookie(c, anonymousCookie(secure), token, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        secure,
      });
    }
    c.set('csrfToken', token);
    if (unsafeMethods.has(c.req.method)) {
      const sent = await submittedToken(c);
      if (!isSameOrigin(c, deps.baseUrl) || !sent || !sameToken(sent, token)) {
        c.get('log')?.warn({ path: c.req.path }, 'csrf check refused a request');
        c.header('Cache-Control', 'no-store');
        if (deps.refusedPage) return deps.refusedPage(c);
        return c.json(
          { error: { code: 'forbidden', message: 'The form expired or came from another site.' } },
          403,
        );
      }
    }
    await next();
  };
}

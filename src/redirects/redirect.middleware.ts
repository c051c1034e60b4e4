// Redirects answer an old address only where the site has nothing to show: after every route
// (a catch-all handler registered last), on a route's own 404 (an article's old slug), and on
// the home path when it carries a query (WordPress's `/?p=12`). A live page always wins.
import type { Context, MiddlewareHandler } from 'hono';
import type { RedirectService } from './redirect.service.js';

const isPublic = (path: string) => !/^\/(admin|api|media|assets)(\/|$)/.test(path);

/** The redirect response for this request, if a redirect matches its address. */
export async function redirectResponse(
  c: Context,
  redirects: RedirectService,
): Promise<Response | undefined> {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return undefined;
  const url = new URL(c.req.url);
  if (!isPublic(url.pathname)) return undefined;
  const found = await redirects.resolve(url.pathname, url.search);
  if (!found) return undefined;
  c.header('Cache-Control', found.status === 301 ? 'public, max-age=3600' : 'no-store');
  return c.redirect(found.location, found.status);
}

/** A handler that answers a matching redirect and lets everything else through. */
export function redirectsBeforeNotFound(redirects: RedirectService): MiddlewareHandler {
  return async (c, next) => (await redirectResponse(c, redirects)) ?? next();
}

/** On `/` only requests with a query string may be old addresses (`/?p=12`, `/?page_id=3`). */
export function redirectsOnHome(redirects: RedirectService): MiddlewareHandler {
  return async (c, next) =>
    new URL(c.req.url).search ? ((await redirectResponse(c, redirects)) ?? next()) : next();
}

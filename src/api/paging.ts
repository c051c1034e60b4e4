// The `Link` header of a list page (RFC 8288): rel="next" to the same query with the next cursor,
// so a client can follow pages without building URLs, as next_cursor in the body allows too.
import type { Context } from 'hono';
import type { ApiDeps } from './api.context.js';

/** Sets `Link: <…>; rel="next"` when the page has a next one, and returns the page unchanged. */
export function withNextLink<Page extends { next_cursor: string | null }>(
  c: Context,
  deps: ApiDeps,
  page: Page,
): Page {
  if (page.next_cursor) {
    const url = new URL(c.req.path, deps.baseUrl);
    for (const [name, value] of new URL(c.req.url).searchParams)
      if (name !== 'cursor') url.searchParams.append(name, value);
    url.searchParams.set('cursor', page.next_cursor);
    c.header('Link', `<${url.toString()}>; rel="next"`);
  }
  return page;
}

// Serves public pages from memory. Mounted inside publicPageCache() on /:locale/*, it keeps the
// 200 HTML, feed and calendar responses of anonymous GET/HEAD requests with a strong ETag computed
// once; publicPageCache() then answers If-None-Match from that ETag without hashing again, so a
// hit or a 304 renders nothing. Concurrent misses of one page wait for a single render.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import { isLocale } from '../i18n/locales.js';
import { sessionCookieName } from './session-cookie.js';
import type { PageStore, StoredPage } from './page-store.js';

export interface PageCacheOptions {
  store: PageStore;
  /** The app's clock (tests drive the TTL with a controllable one). */
  now: () => Date;
}

const cacheableType =
  /^(text\/html|text\/calendar|application\/(rss\+xml|atom\+xml|feed\+json))\s*(;|$)/i;
/** Written per request by outer middleware, or recomputed when the response is sent. */
const perRequestHeaders = new Set(['date', 'age', 'x-request-id', 'content-length']);
const sessionCookie = new RegExp(
  `(?:^|;)\\s*(?:${sessionCookieName(false)}|${sessionCookieName(true)})=`,
);

/**
 * Whether the request may be answered from, and fill, the cache: GET or HEAD of a page under a
 * locale, by a reader with no session cookie and no Authorization header (a signed-in editor
 * always gets a fresh render).
 */
function eligible(c: Context): boolean {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return false;
  if (!isLocale(c.req.path.split('/')[1] ?? '')) return false;
  if (c.req.header('authorization') !== undefined) return false;
  return !sessionCookie.test(c.req.header('cookie') ?? '');
}

/**
 * The query parameters public pages read (lists, filters, search); every other one — utm_*,
 * fbclid, gclid, a random cache-buster — changes nothing on a page (zod's query schemas drop
 * unknown keys), so it is left out of the key: random query strings cannot force a render per
 * request. A public page that reads a new parameter adds it here (page-cache.test.ts checks
 * the pages' schemas against this list).
 */
export const pageQueryParams = new Set([
  'page',
  'q',
  'type',
  'sector',
  'year',
  'lang',
  'when',
  'kind',
  'country',
  'members',
]);

/**
 * The key: the path, and the parameters pages read in the order given. The locale is in the
 * path and public pages read no request header; a response that names one in Vary is not kept
 * (see capture()).
 */
export function keyOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  const path = url.slice(start);
  const question = path.indexOf('?');
  if (question < 0) return path;
  const kept = path
    .slice(question + 1)
    .split('&')
    .filter((pair) => {
      const name = pair.split('=', 1)[0]!;
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        return false;
      }
      return pageQueryParams.has(decoded);
    });
  return kept.length ? `${path.slice(0, question)}?${kept.join('&')}` : path.slice(0, question);
}

/** The response as a stored page when it may be shared; it is then served from the kept bytes. */
async function capture(c: Context, nowMs: number): Promise<StoredPage | undefined> {
  const res = c.res;
  if (res.status !== 200 || !res.body) return undefined;
  if (!cacheableType.test(res.headers.get('content-type') ?? '')) return undefined;
  if (res.headers.has('set-cookie') || res.headers.has('vary')) return undefined;
  if (/no-store|no-cache|private/i.test(res.headers.get('cache-control') ?? '')) return undefined;
  const body = new Uint8Array(await res.arrayBuffer());
  const [br, gzip] = await Promise.all([
    brotli(body, brotliOptions(body.byteLength)),
    gzipped(body),
  ]);
  // The digest publicPageCache() would compute (hono/etag: SHA-1, hex), so ETags do not change.
  const etag = res.headers.get('etag') ?? `"${createHash('sha1').update(body).digest('hex')}"`;
  const headers: [string, string][] = [];
  for (const [name, value] of res.headers)
    if (!perRequestHeaders.has(name) && name !== 'etag') headers.push([name, value]);
  headers.push(['etag', etag]);
  return {
    body,
    headers,
    etag,
    storedAt: nowMs,
    encoded: { br: new Uint8Array(br), gzip: new Uint8Array(gzip) },
  };
}

/**
 * A fresh Response of a stored page in the encoding the client prefers among brotli, gzip and
 * none; each encoding has its own strong ETag (a suffix in the quotes). Age tells downstream
 * caches how old it already is.
 */
function respond(page: StoredPage, nowMs: number, acceptEncoding: string | undefined): Response {
  const headers = new Headers(page.headers);
  const age = Math.floor((nowMs - page.storedAt) / 1000);
  if (age > 0) headers.set('age', String(age));
  headers.set('vary', 'Accept-Encoding');
  const encoding = page.encoded ? chooseEncoding(acceptEncoding) : undefined;
  if (!encoding || !page.encoded) return new Response(page.body, { status: 200, headers });
  headers.set('content-encoding', encoding);
  headers.set('etag', `${page.etag.slice(0, -1)}-${encoding}"`);
  return new Response(page.encoded[encoding], { status: 200, headers });
}

/** brotli, else gzip, else none, by the q-values of Accept-Encoding (RFC 9110 §12.5.3). */
export function chooseEncoding(header: string | undefined): 'br' | 'gzip' | undefined {
  if (!header) return undefined;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
    q.set(name, weight === undefined ? 1 : Number(weight));
  }
  const of = (name: string) => q.get(name) ?? q.get('*') ?? 0;
  const [br, gzip] = [of('br'), of('gzip')];
  if (br > 0 && br >= gzip) return 'br';
  return gzip > 0 ? 'gzip' : undefined;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/** Quality 5: a third of the size of the HTML in ≈ 2 ms; 9–11 gain 1–10 % for 15–35 times the CPU. */
const brotliOptions = (size: number) => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: size },
});

export function cachedPublicPages(options: PageCacheOptions): MiddlewareHandler {
  const { store } = options;
  return async (c, next) => {
    if (!eligible(c)) return next();
    const key = keyOf(c.req.url);
    const nowMs = options.now().getTime();
    const hit = store.get(key, nowMs);
    const accept = c.req.header('accept-encoding');
    if (hit) return respond(hit, nowMs, accept);
    const pending = store.inFlight(key);
    if (pending) {
      const page = await pending;
      if (page) return respond(page, nowMs, accept);
      return next();
    }
    // Read before rendering: a write committed during the render makes set() refuse the page.
    const generation = store.generation();
    const done = store.beginRender(key);
    let page: StoredPage | undefined;
    try {
      await next();
      page = await capture(c, nowMs);
      if (page) {
        store.set(key, page, generation);
        c.res = respond(page, nowMs, accept);
      }
    } finally {
      done(page);
    }
  };
}

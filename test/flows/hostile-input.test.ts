// A corpus of bad input replayed against every kind of route on each database: addresses and
// query strings (one page of each public route family, every API read), headers, form fields of
// every admin write, API bodies, uploads and byte ranges. Nothing may answer ≥ 500, and a refused
// write changes nothing (row counts and versions of every content table, before and after).
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { adminRoutes } from '../../src/kernel/admin-routes.js';
import { signInAs, type Session } from '../support/auth.js';
import { testDialects } from '../support/dialects.js';
import { demoSite } from '../support/site.js';

/** Values a path segment or a query parameter may carry (raw, already percent-encoded). */
const urlVectors = [
  '%00',
  'a%00b',
  '%C3%28', // invalid UTF-8
  '%ED%A0%80', // an encoded UTF-16 surrogate
  '%FF%FE',
  '%',
  '%%25',
  '..%2F..%2Fetc%2Fpasswd',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  "'%20OR%201%3D1--",
  '-1',
  '0',
  '99999999999999999999999',
  'NaN',
  '1e309',
  'x'.repeat(5000),
  '%F0%9F%9B%B0%EF%B8%8F', // an emoji
  '%E2%80%AE', // right-to-left override
];

/** Field values a form or JSON body may carry. */
const textVectors = [
  'nul\u0000byte',
  'lone \ud800 surrogate',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'; DROP TABLE article; --",
  'x'.repeat(300_000),
  '-1',
  '1e309',
  '',
];

/** Fields no refused request may have changed: sessions, throttling and the log change by design. */
const volatile = new Set([
  'session',
  'sign_in_failure',
  'audit_entry',
  'kysely_migration',
  'kysely_migration_lock',
  'rate_limit',
]);

describe.each(testDialects())('hostile input on $name', (dialect) => {
  const site = demoSite(dialect, 'hostile');

  /** Row counts and version sums of every content table: what a refused request must not move. */
  const state = async () => {
    const tables = await site.database.db.introspection.getTables();
    const parts = tables
      .filter((t) => !volatile.has(t.name))
      .map((t) => {
        const version = t.columns.some((c) => c.name === 'version')
          ? sql`coalesce(sum(${sql.ref('version')}), 0)`
          : sql`0`;
        return sql`select ${sql.lit(t.name)} as t, count(*) as n, ${version} as v from ${sql.table(t.name)}`;
      });
    const { rows } = await sql<{ t: string; n: number | string; v: number | string }>`${sql.join(
      parts,
      sql` union all `,
    )}`.execute(site.database.db);
    return Object.fromEntries(rows.map((r) => [r.t, `${Number(r.n)}/${Number(r.v)}`]));
  };

  const noServerError = async (label: string, response: Response | Promise<Response>) => {
    const res = await response;
    expect(res.status, label).toBeLessThan(500);
    await res.body?.cancel();
    return res.status;
  };

  it('answers every address and query vector on every public route family and API read below 500', async () => {
    const sitemap = await (await site.app.request('/sitemap.xml')).text();
    const locs = (xml: string) =>
      [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const children = sitemap.includes('<sitemapindex') ? locs(sitemap) : [];
    const urls: string[] = children.length ? [] : locs(sitemap);
    for (const child of children) {
      urls.push(...locs(await (await site.app.request(child)).text()));
    }
    // One page per family: the address without its last segment.
    const families = new Map<string, string>();
    for (const url of urls) families.set(url.replace(/\/[^/]+$/, '/*'), url);
    const doc = (await (await site.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const apiReads = Object.entries(doc.paths)
      .filter(([, ops]) => 'get' in ops)
      .map(([path]) => `/api/v1${path.replace(/^\/api\/v1/, '')}`);
    expect(families.size).toBeGreaterThan(8);
    expect(apiReads.length).toBeGreaterThan(5);

    for (const url of [...families.values(), ...apiReads, '/admin/sign-in', '/fr/recherche']) {
      for (const vector of urlVectors) {
        const segment = url.includes('{')
          ? url.replace(/\{[^}]+\}/g, vector)
          : url.replace(/\/[^/]*$/, `/${vector}`);
        await noServerError(segment, site.app.request(segment));
        const query = `${url.replace(/\{[^}]+\}/g, '1')}?q=${vector}&page=${vector}&cursor=${vector}&sector=${vector}&limit=${vector}&lang=${vector}`;
        await noServerError(query, site.app.request(query));
      }
    }
  }, 180_000);

  it('refuses a NUL in the address with 400 on both engines', async () => {
    for (const path of ['/fr/actualites/a%00b', '/api/v1/articles/a%00b', '/fr/recherche?q=%00'])
      expect((await site.app.request(path)).status, path).toBe(400);
  });

  it('answers hostile headers below 500', async () => {
    const headers: Record<string, string>[] = [
      { 'accept-language': 'zz;q=abc, *;q=-1, ' + 'fr,'.repeat(500) },
      { accept: '*/*;q=x, text/html;level=\u00ff' },
      { cookie: 'constellation_session=' + 'A'.repeat(5000) },
      { cookie: 'constellation_session=%00%ff; =; ;;' },
      { 'if-none-match': '"' + 'x'.repeat(2000) },
      { 'if-modified-since': 'not a date' },
      { authorization: 'Bearer ' + 'x'.repeat(3000) },
      { authorization: 'Basic %%%' },
      { 'x-forwarded-for': '::1, 999.999.999.999, <script>' },
      { range: 'bytes=abc' },
    ];
    for (const url of ['/fr/', '/fr/actualites', '/api/v1/articles', '/admin', '/fr/feed.xml'])
      for (const h of headers)
        await noServerError(
          `${url} ${JSON.stringify(h).slice(0, 80)}`,
          site.app.request(url, { headers: h }),
        );
  });

  it('answers byte ranges per RFC 9110: 206 for one, 416 past the end, the whole file otherwise', async () => {
    const home = await (await site.app.request('/fr/')).text();
    const media = /(\/media\/[^"\s?]+\.(?:jpe?g|png|webp|avif|svg))/.exec(home)?.[1];
    for (const file of ['/assets/site.css', ...(media ? [media] : [])]) {
      const whole = await site.app.request(file);
      expect(whole.status, file).toBe(200);
      expect(whole.headers.get('etag'), file).toBeTruthy();
      expect(whole.headers.get('last-modified'), file).toBeTruthy();
      const size = (await whole.arrayBuffer()).byteLength;
      const range = (value: string) => site.app.request(file, { headers: { range: value } });

      const first = await range('bytes=0-9');
      expect(first.status).toBe(206);
      expect(first.headers.get('content-range')).toBe(`bytes 0-9/${size}`);
      expect((await first.arrayBuffer()).byteLength).toBe(10);
      const suffix = await range('bytes=-5');
      expect(suffix.status).toBe(206);
      expect(suffix.headers.get('content-range')).toBe(`bytes ${size - 5}-${size - 1}/${size}`);
      await suffix.body?.cancel();
      for (const bad of ['bytes=999999999-', `bytes=${size}-`, 'bytes=5-1']) {
        const res = await range(bad);
        expect(res.status, bad).toBe(416);
        expect(res.headers.get('content-range'), bad).toBe(`bytes */${size}`);
      }
      for (const ignored of ['bytes=abc', 'items=0-5', 'bytes=0-1,4-5']) {
        const res = await range(ignored);
        expect(res.status, ignored).toBe(200);
        expect((await res.arrayBuffer()).byteLength, ignored).toBe(size);
      }
      const etag = whole.headers.get('etag')!;
      const notModified = await site.app.request(file, { headers: { 'if-none-match': etag } });
      expect(notModified.status).toBe(304);
      expect(notModified.headers.get('content-type')).toBeNull();
    }
  });

  it('refuses malformed bodies before sign-in and changes nothing', async () => {
    const before = await state();
    for (const path of [
      '/admin/sign-in',
      '/admin/media',
      '/admin/articles/new',
      '/api/v1/articles',
    ]) {
      const noBoundary = await site.app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data' },
        body: 'garbage',
      });
      expect(noBoundary.status, path).toBe(400);
      const nul = await site.app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'email=a%00b%40example.org&password=x',
      });
      expect(nul.status, path).toBe(400);
    }
    expect(await state()).toEqual(before);
  });

  it('refuses a NUL in any admin form field or file name with 400, changing nothing', async () => {
    const admin: Session = await signInAs(site.app, site.database, 'admin');
    const before = await state();
    const posts = adminRoutes.filter((r) => r.method === 'POST');
    expect(posts.length).toBeGreaterThan(10);
    for (const route of posts) {
      const path = route.example ?? route.path;
      // A lone surrogate cannot travel in a form body (its UTF-8 bytes decode to U+FFFD, which is
      // storable): the JSON API test below sends it as a \ud800 escape.
      const res = await site.app.request(path, {
        method: 'POST',
        headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: `_csrf=${admin.csrf}&title=nul%00byte&name=a%00b`,
      });
      expect(res.status, path).toBe(400);
      const upload = new FormData();
      upload.set('_csrf', admin.csrf);
      upload.set('file', new Blob([new Uint8Array([0xff, 0xd8, 0xff])]), 'a\u0000b.jpg');
      const multipart = await site.app.request(path, {
        method: 'POST',
        headers: { cookie: admin.cookie },
        body: upload,
      });
      expect(multipart.status, `${path} file name with NUL`).toBe(400);
    }
    const after = await state();
    expect(after).toEqual(before);
  });

  it('answers every admin write with hostile field values below 500; a refusal changes nothing', async () => {
    const admin: Session = await signInAs(site.app, site.database, 'admin');
    const fields = [
      'title',
      'name',
      'body',
      'slug',
      'email',
      'version',
      'id',
      'page',
      'role',
      'locale',
      'sector',
      'status',
      'alt_fr',
      'credit',
      'url',
      'starts_at',
      'q',
    ];
    for (const route of adminRoutes.filter((r) => r.method === 'POST')) {
      const path = route.example ?? route.path;
      for (const value of textVectors.filter((v) => !v.includes('\u0000') && v.isWellFormed())) {
        const before = await state();
        const body = new URLSearchParams({ _csrf: admin.csrf });
        for (const f of fields) body.set(f, value);
        const status = await noServerError(
          `${path} ${value.slice(0, 30)}`,
          site.app.request(path, {
            method: 'POST',
            headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
            body,
          }),
        );
        if (status >= 400)
          expect(await state(), `${path} ${status} ${value.slice(0, 30)}`).toEqual(before);
      }
    }
  }, 180_000);

  it('refuses hostile API bodies below 500; NUL and lone surrogates with 400, changing nothing', async () => {
    const token = (
      await site.services.apiTokens.createToken(
        { actorId: (await signInAs(site.app, site.database, 'admin')).id },
        'hostile',
      )
    ).token;
    const doc = (await (await site.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      ['post', 'put', 'patch', 'delete']
        .filter((m) => m in ops)
        .map((m) => ({
          method: m.toUpperCase(),
          path: `/api/v1${path.replace(/^\/api\/v1/, '')}`.replace(
            /\{[^}]+\}/g,
            '00000000-0000-7000-8000-000000000000',
          ),
        })),
    );
    expect(writes.length).toBeGreaterThan(3);
    const bodies: string[] = [
      '{"title":"nul\\u0000byte","translations":{"fr":{"title":"a\\u0000"}}}',
      '{"translations":{"fr":{"title":"\\ud800 alone","body":"x"}},"sectors":["space"]}',
      '{"a\\u0000b":1}',
      '{',
      '[]',
      'null',
      '"text"',
      '{"translations":{"fr":{"title":[],"body":{}}},"sectors":"space"}',
      '{"translations":{"fr":{"title":"' + 'x'.repeat(300_000) + '"}},"sectors":["space"]}',
      '{"version":1e309,"sectors":[null]}',
    ];
    for (const { method, path } of writes)
      for (const [i, body] of bodies.entries()) {
        const before = await state();
        const status = await noServerError(
          `${method} ${path} #${i}`,
          site.app.request(path, {
            method,
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body,
          }),
        );
        if (i < 3) expect(status, `${method} ${path} #${i}`).toBe(400);
        if (status >= 400) expect(await state(), `${method} ${path} #${i}`).toEqual(before);
      }
  });
});

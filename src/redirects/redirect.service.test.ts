// The redirect rules on every dialect: normal forms, no loops, chains collapsed to one hop in
// both directions, moves that free the new address, lookups that keep the query, hits counted,
// and CSV imports that save all their lines or none.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { testNow } from '../../test/support/factories.js';
import { parseRedirectCsv, redirectsToCsv } from './redirect.csv.js';
import { redirectService, type RedirectService } from './redirect.service.js';

describe.each(testDialects())('redirect service on $name', (dialect) => {
  let t: TestDatabase;
  let redirects: RedirectService;

  beforeAll(async () => {
    t = await dialect.open();
    redirects = redirectService({ db: t.database.db, now: () => testNow });
  });
  afterAll(() => t.cleanup());
  beforeEach(async () => {
    await t.database.db.deleteFrom('redirect').execute();
  });

  const table = async () =>
    (await redirects.listAll()).map((r) => `${r.source_path} -> ${r.target}`).sort();

  it('stores sources and targets in normal form and refuses what cannot be an address', async () => {
    await redirects.addRedirect({
      source: 'https://old.example.org/2019/05/hello/',
      target: '/fr/',
    });
    await redirects.addRedirect({ source: '/?p=12', target: 'https://example.net/x' });
    expect(await table()).toEqual(['/2019/05/hello -> /fr', '/?p=12 -> https://example.net/x']);
    for (const [source, target] of [
      ['relative/path', '/fr'],
      ['/admin/users', '/fr'],
      ['//evil.example', '/fr'],
      ['/a', 'javascript:alert(1)'],
      ['/a', '//evil.example/x'],
      ['', '/fr'],
    ] as const) {
      await expect(
        redirects.addRedirect({ source, target }),
        `${source} ${target}`,
      ).rejects.toMatchObject({
        code: 'bad_request',
      });
    }
    expect(await table()).toHaveLength(2);
  });

  it('refuses a redirect to itself and one that would close a loop', async () => {
    await expect(redirects.addRedirect({ source: '/a', target: '/a/' })).rejects.toThrow(/loop/);
    await redirects.addRedirect({ source: '/a', target: '/b' });
    await expect(redirects.addRedirect({ source: '/b', target: '/a' })).rejects.toThrow(/loop/);
    expect(await table()).toEqual(['/a -> /b']);
  });

  it('collapses chains to one hop whichever redirect comes first', async () => {
    await redirects.addRedirect({ source: '/b', target: '/c' });
    await redirects.addRedirect({ source: '/a', target: '/b' });
    expect(await table()).toEqual(['/a -> /c', '/b -> /c']);
    await redirects.addRedirect({ source: '/c', target: '/d' });
    expect(await table()).toEqual(['/a -> /d', '/b -> /d', '/c -> /d']);
  });

  it('refuses a second redirect from the same address, and edits collapse too', async () => {
    const id = await redirects.addRedirect({ source: '/x', target: '/y' });
    await expect(redirects.addRedirect({ source: '/x', target: '/z' })).rejects.toMatchObject({
      code: 'duplicate',
    });
    await redirects.addRedirect({ source: '/z', target: '/w' });
    await redirects.updateRedirect(id, { source: '/x', target: '/z', status: 302 });
    const row = await redirects.getRedirect(id);
    expect([row.target, row.status_code]).toEqual(['/w', 302]);
    await expect(redirects.updateRedirect(id, { source: '/w', target: '/z' })).rejects.toThrow(
      /loop/,
    );
  });

  it('records a move back and forth without a loop: the live address is never redirected', async () => {
    await redirects.recordMove('/fr/actualites/un', '/fr/actualites/deux');
    await redirects.recordMove('/fr/actualites/deux', '/fr/actualites/trois');
    expect(await table()).toEqual([
      '/fr/actualites/deux -> /fr/actualites/trois',
      '/fr/actualites/un -> /fr/actualites/trois',
    ]);
    await redirects.recordMove('/fr/actualites/trois', '/fr/actualites/un');
    expect(await table()).toEqual([
      '/fr/actualites/deux -> /fr/actualites/un',
      '/fr/actualites/trois -> /fr/actualites/un',
    ]);
  });

  it('resolves a request with or without its query and trailing slash, keeping the query', async () => {
    await redirects.addRedirect({ source: '/?p=12', target: '/fr/actualites/douze' });
    await redirects.addRedirect({ source: '/old', target: '/new?x=1', status: 302 });
    expect(await redirects.resolve('/', '?p=12')).toEqual({
      location: '/fr/actualites/douze',
      status: 301,
    });
    expect(await redirects.resolve('/', '?p=13')).toBeUndefined();
    expect(await redirects.resolve('/old/', '?utm=a')).toEqual({
      location: '/new?x=1&utm=a',
      status: 302,
    });
    const [row] = (await redirects.listRedirects('old', 1)).rows;
    expect([row?.hits, row?.last_hit_at]).toEqual([1, testNow.toISOString()]);
  });

  it('searches sources and targets, case-insensitively', async () => {
    await redirects.addRedirect({ source: '/Spatial-News', target: '/fr/a' });
    await redirects.addRedirect({ source: '/other', target: '/fr/spatial' });
    await redirects.addRedirect({ source: '/third', target: '/fr/b' });
    const found = await redirects.listRedirects('SPATIAL', 1);
    expect(found.total).toBe(2);
  });

  it('imports CSV lines all together, updating known sources, or none on a loop', async () => {
    await redirects.addRedirect({ source: '/a', target: '/old' });
    const parsed = parseRedirectCsv('source,target,status\n/a,/new,301\n"/b, with comma",/c,302\n');
    expect(parsed.errors).toEqual([]);
    expect(await redirects.importRedirects(parsed.inputs)).toEqual({ created: 1, updated: 1 });
    expect(await table()).toEqual(['/a -> /new', '/b,%20with%20comma -> /c']);
    const looping = parseRedirectCsv('/n1,/n2\n/n2,/n1\n');
    await expect(redirects.importRedirects(looping.inputs)).rejects.toThrow(/loop/);
    expect(await table()).toHaveLength(2);
    const csv = redirectsToCsv(await redirects.listAll());
    expect(csv.split('\n')[0]).toBe('source,target,status,origin,hits,last_hit_at');
    expect(csv).toContain('"/b,%20with%20comma",/c,302,manual,0,');
  });
});

describe('redirect CSV parsing', () => {
  it('names each bad line and keeps nothing', () => {
    const parsed = parseRedirectCsv('/ok,/fine\nnot-a-path,/x\n/y,/z,307\n');
    expect(parsed.inputs).toEqual([]);
    expect(parsed.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(parseRedirectCsv('"unterminated,/x').errors[0]?.message).toMatch(/Not a readable CSV/);
    expect(parseRedirectCsv('').errors[0]?.message).toMatch(/no redirect/);
  });
});

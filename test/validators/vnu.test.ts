// Every public page of the sitemap and every admin screen, checked by the W3C Nu HTML validator
// (vnu, from the npm registry, on the Java runtime .ci/run installs): CI fails on any error.
// One run of the validator over all the pages written to a folder (a JVM start per page would
// cost minutes).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { adminRoutes } from '../../src/kernel/admin-routes.js';
import { signInAs } from '../support/auth.js';
import { testDialects } from '../support/dialects.js';
import { demoSite } from '../support/site.js';

const run = promisify(execFile);
const vnuJar = join(
  dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);

/** Why vnu cannot run here, or undefined; with REQUIRE_JAVA=1 (CI) a missing Java is an error. */
async function javaMissing(): Promise<string | undefined> {
  try {
    await run('java', ['-version']);
    return undefined;
  } catch {
    if (process.env.REQUIRE_JAVA === '1') throw new Error('REQUIRE_JAVA=1 but no java runtime');
    return 'no Java runtime (install default-jre-headless, or set REQUIRE_JAVA=1 to fail)';
  }
}

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  extract?: string;
}

/** Landmarks of one role on a page that share an accessible name (or both have none). */
function duplicateLandmarks(url: string, html: string): string[] {
  const $ = load(html);
  const roleOf = (el: Element): string | undefined => {
    const explicit = $(el).attr('role');
    if (explicit) return explicit;
    const named = $(el).attr('aria-label') ?? $(el).attr('aria-labelledby');
    switch (el.tagName) {
      case 'nav':
        return 'navigation';
      case 'aside':
        return 'complementary';
      case 'section':
        return named ? 'region' : undefined;
      case 'form':
        return named ? 'form' : undefined;
      default:
        return undefined;
    }
  };
  const nameOf = (el: Element) =>
    $(el).attr('aria-label') ??
    ($(el).attr('aria-labelledby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => $(`[id="${id}"]`).text().trim())
      .join(' ');
  const seen = new Map<string, string[]>();
  $('nav, aside, section, form, [role]').each((_, el) => {
    const role = roleOf(el);
    if (!role || !['navigation', 'complementary', 'region', 'form', 'search'].includes(role))
      return;
    seen.set(role, [...(seen.get(role) ?? []), nameOf(el)]);
  });
  return [...seen].flatMap(([role, names]) =>
    names.length > 1 && new Set(names).size < names.length
      ? [`${url}: ${names.length} ${role} landmarks named ${JSON.stringify(names)}`]
      : [],
  );
}

const skip = await javaMissing();
const [sqlite] = testDialects();

describe.skipIf(skip !== undefined)('W3C Nu validator', () => {
  const site = demoSite(sqlite!, 'vnu');

  it('finds no error on any page of the sitemap, any admin screen, or the error pages', async () => {
    const locs = (xml: string) =>
      [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const index = await (await site.app.request('/sitemap.xml')).text();
    const urls = index.includes('<sitemapindex') ? [] : locs(index);
    if (index.includes('<sitemapindex'))
      for (const child of locs(index))
        urls.push(...locs(await (await site.app.request(child)).text()));
    expect(urls.length).toBeGreaterThan(100);

    const admin = await signInAs(site.app, site.database, 'admin');
    const pages = new Map<string, string>();
    for (const url of [...new Set(urls)].sort()) {
      const res = await site.app.request(url);
      expect(res.status, url).toBe(200);
      pages.set(url, await res.text());
    }
    for (const url of ['/fr/nulle-part', '/en/nowhere', '/admin/sign-in']) {
      pages.set(url, await (await site.app.request(url)).text());
    }
    for (const route of adminRoutes.filter((r) => r.method === 'GET')) {
      const url = route.example ?? route.path;
      if (url.includes(':')) continue;
      const res = await site.app.request(url, { headers: { cookie: admin.cookie } });
      if (res.status !== 200 || !res.headers.get('content-type')?.includes('text/html')) continue;
      pages.set(url, await res.text());
    }

    const dir = await mkdtemp(join(tmpdir(), 'constellation-vnu-'));
    try {
      const files = new Map<string, string>();
      let n = 0;
      for (const [url, html] of pages) {
        const file = join(dir, `${(n += 1)}.html`);
        files.set(`file:${file}`, url);
        await writeFile(file, html);
      }
      const { stderr } = await run(
        'java',
        ['-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', dir],
        { maxBuffer: 64 * 1024 * 1024 },
      );
      const messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
      const errors = messages.map(
        (m) => `${files.get(m.url) ?? m.url}: ${m.message} ${(m.extract ?? '').slice(0, 120)}`,
      );
      expect(pages.size).toBeGreaterThan(120);
      expect(errors).toEqual([]);
      // What html-validate's `unique-landmark` rule checks and vnu does not: landmarks of one role
      // on a page carry distinct accessible names, so a screen reader's landmark list tells them
      // apart.
      const duplicates = [...pages].flatMap(([url, html]) => duplicateLandmarks(url, html));
      expect(duplicates).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

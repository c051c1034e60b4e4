// /admin/import over HTTP on every dialect: upload a WordPress export (with a zip of its uploads),
// read the dry-run report (nothing written), run it in the background and follow the job page to
// its report; a file that is not an export gets its reason and a 400; a stale token is refused;
// other roles are refused.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ZipFile } from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaWorkersIdle } from '../media/media.worker.js';
import { makeApp } from '../../test/support/app.js';
import { signInAs } from '../../test/support/auth.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeSectors } from '../../test/support/factories.js';
import { fixture, makeUploads } from '../../test/support/wordpress.js';

/** A zip of the fixture's uploads folder as a site owner would make it: wp-content/uploads/… */
async function uploadsZip(): Promise<Uint8Array> {
  const { uploads } = await makeUploads();
  const zip = new ZipFile();
  for (const entry of await readdir(uploads, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      zip.addFile(path, `wp-content/uploads/${relative(uploads, path)}`);
    }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

describe.each(testDialects())('import pages on $name', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof makeApp>;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  let mediaDir: string;

  beforeAll(async () => {
    t = await dialect.open();
    await makeSectors(t.database);
    mediaDir = await mkdtemp(join(tmpdir(), 'constellation-import-pages-'));
    app = makeApp(t.database, { mediaDir });
    admin = await signInAs(app, t.database, 'admin');
  });
  afterAll(async () => {
    // Variants of the imported images are still being written in the background.
    await mediaWorkersIdle();
    await t.cleanup();
    await rm(mediaDir, { recursive: true, force: true });
  });

  const articles = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('article')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const upload = async (name: string, uploads?: Uint8Array) => {
    const form = new FormData();
    form.set('_csrf', admin.csrf);
    form.set('language', 'fr');
    form.set('file', new File([await readFile(fixture(name))], name, { type: 'text/xml' }));
    if (uploads)
      form.set(
        'uploads',
        new File([uploads as Uint8Array<ArrayBuffer>], 'uploads.zip', { type: 'application/zip' }),
      );
    return app.request('/admin/import', {
      method: 'POST',
      headers: { cookie: admin.cookie, 'accept-language': 'en' },
      body: form,
    });
  };
  /** The job page once the import is over (it reloads itself every 2 s while running). */
  const finished = async (path: string) => {
    for (let i = 0; i < 600; i++) {
      const res = await app.request(path, {
        headers: { cookie: admin.cookie, 'accept-language': 'en' },
      });
      expect(res.status).toBe(200);
      const html = await res.text();
      if (!html.includes('http-equiv="refresh"')) return html;
      expect(html).toContain('<progress');
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error('the import did not finish');
  };
  const post = (path: string, fields: Record<string, string>) =>
    app.request(path, {
      method: 'POST',
      headers: {
        cookie: admin.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        'accept-language': 'en',
      },
      body: new URLSearchParams({ _csrf: admin.csrf, ...fields }),
    });

  it('shows the form', async () => {
    const res = await app.request('/admin/import', {
      headers: { cookie: admin.cookie, 'accept-language': 'en' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Import a WordPress site');
  });

  it('shows the dry-run report of an upload, writes nothing, then runs it', async () => {
    const checked = await upload('site.xml');
    expect(checked.status).toBe(200);
    const html = await checked.text();
    expect(html).toContain('What the import would do (nothing was written)');
    expect(html).toContain('post 19 “Archive d&#39;un autre siècle”');
    expect(await articles()).toBe(0);
    const token = /name="token" value="([0-9a-f]{32})"/.exec(html)?.[1];
    expect(token).toBeDefined();
    const ran = await post('/admin/import/run', { token: token!, language: 'fr' });
    expect(ran.status).toBe(303);
    const jobPage = ran.headers.get('location')!;
    expect(jobPage).toBe(`/admin/import/jobs/${token}`);
    expect(await finished(jobPage)).toContain('Import finished');
    expect(await articles()).toBe(9); // ten posts, two of them one article in two languages
    // The file is gone once imported: the same token cannot run twice.
    const again = await post('/admin/import/run', { token: token!, language: 'fr' });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('This file is no longer available');
    const audit = await t.database.db
      .selectFrom('audit_entry')
      .select('action')
      .where('action', '=', 'import.wordpress')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('takes a zip of the uploads folder: its images land in the media library', async () => {
    const checked = await upload('site.xml', await uploadsZip());
    expect(checked.status).toBe(200);
    const html = await checked.text();
    expect(html).toContain('3 files unpacked from the zip.');
    // Only the file the zip lacks is reported missing.
    expect(html).toContain('absente.jpg');
    expect(html).not.toMatch(/station-redu\.jpg[^<]*(missing|not found)/i);
    const token = /name="token" value="([0-9a-f]{32})"/.exec(html)![1]!;
    const ran = await post('/admin/import/run', { token, language: 'fr' });
    const report = await finished(ran.headers.get('location')!);
    expect(report).toContain('Import finished');
    const media = await t.database.db
      .selectFrom('media')
      .select('original_name')
      .where('original_name', 'in', ['station-redu.jpg', 'schema-orbite.png'])
      .execute();
    expect(media.map((m) => m.original_name).sort()).toEqual([
      'schema-orbite.png',
      'station-redu.jpg',
    ]);
  });

  it('refuses an uploads file that is not a zip, with 400 and nothing written', async () => {
    const res = await upload('site.xml', new TextEncoder().encode('not a zip at all'));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('not a zip archive');
  });

  it('refuses a file that is not an export, an empty upload and a made-up token with 400', async () => {
    const bad = await upload('not-wxr.xml');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('This is not a WordPress export');
    const form = new FormData();
    form.set('_csrf', admin.csrf);
    const empty = await app.request('/admin/import', {
      method: 'POST',
      headers: { cookie: admin.cookie, 'accept-language': 'en' },
      body: form,
    });
    expect(empty.status).toBe(400);
    expect((await post('/admin/import/run', { token: '../../etc/passwd' })).status).toBe(400);
  });

  it('refuses the import to an editor', async () => {
    const editor = await signInAs(app, t.database, 'editor');
    expect(
      (await app.request('/admin/import', { headers: { cookie: editor.cookie } })).status,
    ).toBe(403);
  });
});

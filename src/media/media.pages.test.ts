// The media library over HTTP: uploads by content through the admin form, the size limit before
// the body is read, SVG refused, alt texts and trash by role, and <picture> on public pages.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServices } from '../../test/support/app.js';
import { makeApp } from '../../test/support/app.js';
import { signInAs, type Session } from '../../test/support/auth.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeArticle, makeSectors, testNow } from '../../test/support/factories.js';
import { makeTestImage } from '../../test/support/images.js';
import { mediaWorkersIdle } from './media.worker.js';

type App = ReturnType<typeof makeApp>;

function upload(
  app: App,
  session: Session,
  file: { bytes: Uint8Array; name: string; type?: string },
  fields: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  form.set('_csrf', session.csrf);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  // The client's Content-Type is deliberately misleading in some tests: only content counts.
  form.set(
    'file',
    new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type ?? 'image/jpeg' }),
    file.name,
  );
  return app.request('/admin/media', {
    method: 'POST',
    headers: { cookie: session.cookie, ...headers },
    body: form,
  });
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

describe.each(testDialects())('media admin pages on $name', (dialect) => {
  let t: TestDatabase;
  let dir: string;
  let app: App;
  let contributor: Session;
  let editor: Session;

  beforeAll(async () => {
    t = await dialect.open();
    dir = await mkdtemp(join(tmpdir(), 'constellation-media-http-'));
    app = makeApp(t.database, { mediaDir: dir });
    contributor = await signInAs(app, t.database, 'contributor');
    editor = await signInAs(app, t.database, 'editor');
  });

  afterAll(async () => {
    // Jobs queued by the app's own worker finish before the database goes.
    await mediaWorkersIdle();
    await t.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  it('sends anonymous visitors to sign in', async () => {
    const res = await app.request('/admin/media');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/admin\/sign-in/);
  });

  it('shows the library with a multipart upload form that works without JavaScript', async () => {
    const res = await app.request('/admin/media', { headers: { cookie: contributor.cookie } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toContain('name="alt_fr"');
    expect(html).toContain('name="alt_en"');
    expect(html).toContain('name="_csrf"');
  });

  it('handles a PNG named .jpg by its content', async () => {
    const res = await upload(
      app,
      contributor,
      { bytes: await makeTestImage('png', 300, 200), name: 'holiday.jpg' },
      { alt_fr: 'Un dégradé', credit: 'Test' },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/media?uploaded');
    const json = await upload(
      app,
      contributor,
      { bytes: await makeTestImage('png', 300, 200), name: 'again.jpg' },
      {},
      { accept: 'application/json' },
    );
    expect(json.status).toBe(201);
    const { media } = (await json.json()) as { media: { mimeType: string; url: string } };
    expect(media.mimeType).toBe('image/png');
    expect(media.url).toMatch(/\.png$/);
  });

  it('refuses a text file named .png with a clear message', async () => {
    const res = await upload(app, contributor, {
      bytes: Buffer.from('Hello, this is not an image.'),
      name: 'notes.png',
      type: 'image/png',
    });
    expect(res.status).toBe(415);
    const html = await res.text();
    expect(html).toContain('n’est pas une image JPEG, PNG, WebP ou AVIF');
    expect(html).toContain('role="alert"');
  });

  it('refuses an SVG carrying a script: never stored, never shown', async () => {
    await mediaWorkersIdle(); // earlier uploads' variants are written in the background
    const before = await listFiles(dir);
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
    );
    const res = await upload(
      app,
      contributor,
      { bytes: svg, name: 'logo.png', type: 'image/png' },
      {},
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(415);
    const html = await res.text();
    expect(html).toContain('SVG files are refused');
    expect(html).not.toContain('<script>alert(2)');
    await mediaWorkersIdle();
    expect(await listFiles(dir)).toEqual(before);
  });

  it('refuses a file over 20 MB while reading it, stating the limit', async () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const res = await upload(app, contributor, { bytes: big, name: 'big.png' });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('dépasse la limite de 20 Mo');
  });

  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    const res = await app.request('/admin/media', {
      method: 'POST',
      headers: {
        cookie: contributor.cookie,
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(25 * 1024 * 1024),
        accept: 'application/json',
      },
      body: '--x--',
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error).toEqual({
      code: 'payload_too_large',
      message: 'This file is over the 20 MB limit.',
    });
  });

  it('refuses an upload without a valid CSRF token', async () => {
    const res = await upload(
      app,
      { cookie: contributor.cookie, csrf: 'x'.repeat(43) },
      { bytes: await makeTestImage('png', 20, 20), name: 'a.png' },
    );
    expect(res.status).toBe(403);
  });

  it('edits alt texts and credit; a stale form gets a conflict and keeps the first save', async () => {
    const json = await upload(
      app,
      contributor,
      { bytes: await makeTestImage('jpeg', 200, 100), name: 'edit.jpg' },
      {},
      { accept: 'application/json' },
    );
    const { media } = (await json.json()) as { media: { id: string; version: number } };
    const page = await app.request(`/admin/media/${media.id}`, {
      headers: { cookie: contributor.cookie },
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('name="version" value="1"');
    expect(html).not.toContain('/delete'); // contributors cannot move images to the trash

    const save = (alt_en: string) =>
      app.request(`/admin/media/${media.id}`, {
        method: 'POST',
        headers: {
          cookie: contributor.cookie,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({
          _csrf: contributor.csrf,
          version: '1',
          alt_fr: 'Une bande',
          alt_en,
          credit: 'Photo: Ana',
        }),
      });
    const first = await save('A strip');
    expect(first.status).toBe(303);
    const second = await save('Another text');
    expect(second.status).toBe(409);
    expect(await second.text()).toContain('Another text');
    const after = await (
      await app.request(`/admin/media/${media.id}`, { headers: { cookie: contributor.cookie } })
    ).text();
    expect(after).toContain('value="A strip"');
    expect(after).toContain('value="Photo: Ana"');
  });

  it('lets the uploader and editors change alt text and credit, not another contributor', async () => {
    const other = await signInAs(app, t.database, 'contributor');
    const json = await upload(
      app,
      contributor,
      { bytes: await makeTestImage('png', 60, 40), name: 'theirs.png' },
      { alt_en: 'Original text', credit: 'Photo: Ana' },
      { accept: 'application/json' },
    );
    const { media } = (await json.json()) as { media: { id: string } };
    const save = (s: Session, version: string, alt_en: string) =>
      app.request(`/admin/media/${media.id}`, {
        method: 'POST',
        headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: s.csrf, version, alt_fr: '', alt_en, credit: 'x' }),
      });
    const view = async (s: Session) =>
      (await app.request(`/admin/media/${media.id}`, { headers: { cookie: s.cookie } })).text();

    const othersPage = await view(other);
    expect(othersPage).toContain('Original text');
    expect(othersPage).not.toContain(`action="/admin/media/${media.id}"`);
    expect((await save(other, '1', 'Vandalised')).status).toBe(403);
    expect(await view(editor)).toContain('value="Original text"');

    expect((await save(contributor, '1', 'Fixed by the uploader')).status).toBe(303);
    expect((await save(editor, '2', 'Fixed by the editor')).status).toBe(303);
    expect(await view(editor)).toContain('value="Fixed by the editor"');
  });

  it('lets editors, not contributors, move an image to the trash', async () => {
    const json = await upload(
      app,
      contributor,
      { bytes: await makeTestImage('png', 40, 40), name: 'trash.png' },
      {},
      { accept: 'application/json' },
    );
    const { media } = (await json.json()) as { media: { id: string } };
    const remove = (s: Session) =>
      app.request(`/admin/media/${media.id}/delete`, {
        method: 'POST',
        headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: s.csrf }),
      });
    expect((await remove(contributor)).status).toBe(403);
    const ok = await remove(editor);
    expect(ok.status).toBe(303);
    const gone = await app.request(`/admin/media/${media.id}`, {
      headers: { cookie: editor.cookie },
    });
    expect(gone.status).toBe(404);
  });
});

describe.each(testDialects())('uploaded images on public pages on $name', (dialect) => {
  let t: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    t = await dialect.open();
    dir = await mkdtemp(join(tmpdir(), 'constellation-media-public-'));
    await makeSectors(t.database);
  });

  afterAll(async () => {
    await t.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves an uploaded hero through <picture> with AVIF and WebP sources', async () => {
    const services = testServices(t.database, { now: () => testNow, mediaDir: dir });
    const image = await services.media.upload({
      bytes: await makeTestImage('jpeg', 1000, 600),
      originalName: 'hero.jpg',
      uploadedBy: null,
      alt: { fr: 'Un dégradé bleu', en: 'A blue gradient' },
    });
    await services.media.idle();
    await makeArticle(services, {
      heroMediaId: image.id,
      translations: {
        fr: { title: 'Article illustré', slug: 'article-illustre', body: 'Texte.' },
        en: { title: 'Illustrated article', slug: 'illustrated-article', body: 'Text.' },
      },
    });
    const app = makeApp(t.database, { mediaDir: dir });

    const page = await (await app.request('/fr/actualites/article-illustre')).text();
    const picture = /<picture>[\s\S]*?<\/picture>/.exec(page)?.[0] ?? '';
    expect(picture).toMatch(
      /<source type="image\/avif" srcset="[^"]*-480\.avif 480w, [^"]*-960\.avif 960w, [^"]*-1000\.avif 1000w"/,
    );
    expect(picture).toMatch(/<source type="image\/webp" srcset="[^"]*-480\.webp 480w/);
    expect(picture).toMatch(/<img [^>]*srcset="[^"]*-480\.jpg 480w/);
    expect(picture).toContain('alt="Un dégradé bleu"');
    expect(picture).toContain('width="1000"');
    expect(picture).toContain('height="600"');
    expect(picture).toContain('sizes="');

    const list = await (await app.request('/en/news')).text();
    expect(list).toMatch(/<picture><source type="image\/avif" srcset="[^"]*-480\.avif 480w/);

    const variant = /srcset="(\/media\/[^" ]+-480\.webp)/.exec(picture)?.[1];
    const file = await app.request(variant!);
    expect(file.status).toBe(200);
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    // Moved to the trash: neither the article nor its card shows the image any more.
    await services.media.deleteMedia(image.id);
    const after = await (await app.request('/fr/actualites/article-illustre')).text();
    expect(after).not.toContain('<picture>');
    expect(after).not.toContain(image.url);
    expect(await (await app.request('/en/news')).text()).not.toContain(image.url);
  });
});

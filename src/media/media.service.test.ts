// The media library on every dialect: uploads checked by content, variants made by the
// background worker, alt texts, optimistic updates, soft delete.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeTestImage } from '../../test/support/images.js';
import { AppError } from '../errors.js';
import { mediaRepository } from './media.repository.js';
import { mediaService, type MediaService } from './media.service.js';
import { diskMediaStore } from './media.storage.js';

const testNow = new Date('2026-11-25T12:00:00.000Z');

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe.each(testDialects())('media library on $name', (dialect) => {
  let t: TestDatabase;
  let dir: string;
  let media: MediaService;
  const failures: unknown[] = [];

  beforeAll(async () => {
    t = await dialect.open();
    dir = await mkdtemp(join(tmpdir(), 'constellation-media-'));
    media = mediaService({
      media: mediaRepository(t.database.db),
      store: diskMediaStore(dir),
      locales: ['fr', 'en'],
      now: () => testNow,
      onJobError: (_id, error) => failures.push(error),
    });
  });

  afterAll(async () => {
    await media.idle();
    await t.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  it('handles a PNG named .jpg by its content and stores it as PNG under YYYY/MM/', async () => {
    const item = await media.upload({
      bytes: await makeTestImage('png', 640, 400),
      originalName: 'photo.jpg',
      uploadedBy: null,
    });
    expect(item.mimeType).toBe('image/png');
    expect(item.url).toMatch(/^\/media\/2026\/11\/[0-9a-f-]{36}\.png$/);
    expect(item.status).toBe('pending');
    expect([item.width, item.height]).toEqual([640, 400]);
    const stored = await readFile(join(dir, item.url.replace(/^\/media\//, '')));
    expect((await sharp(stored).metadata()).format).toBe('png');
  });

  it('stores the original upright with its colour profile and without EXIF or GPS', async () => {
    // A camera photo: 300 × 200 stored sideways (orientation 6), with GPS and a camera model.
    const photo = await sharp({
      create: { width: 300, height: 200, channels: 3, background: '#3a6ea5' },
    })
      .jpeg()
      .withMetadata({ orientation: 6, icc: 'p3' })
      .withExif({ IFD0: { Model: 'Test camera' }, IFD3: { GPSLatitude: '50/1 38/1 0/1' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const item = await media.upload({ bytes: photo, originalName: 'gps.jpg', uploadedBy: null });
    const stored = await readFile(join(dir, item.url.replace(/^\/media\//, '')));
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.orientation ?? 1).toBe(1);
    expect([meta.width, meta.height]).toEqual([200, 300]);
    expect([item.width, item.height]).toEqual([200, 300]);
    expect(meta.icc).toBeDefined();
    expect(stored.includes(Buffer.from('Test camera'))).toBe(false);
    expect(item.byteSize).toBe(stored.byteLength);
  });

  it('refuses a text file named .png, with a message about the content', async () => {
    const error = await refusal(
      media.upload({
        bytes: Buffer.from('hello, I am text'),
        originalName: 'x.png',
        uploadedBy: null,
      }),
    );
    expect(error.code).toBe('unsupported_media_type');
    expect(error.status).toBe(415);
    expect(error.message).toMatch(/not a JPEG, PNG, WebP or AVIF/);
  });

  it('refuses a file over 20 MB, stating the limit', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const error = await refusal(
      media.upload({ bytes: big, originalName: 'big.png', uploadedBy: null }),
    );
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/limit is 20 MB/);
  });

  it('refuses SVG, even named .png, and a header that lies about the rest', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
    );
    const error = await refusal(
      media.upload({ bytes: svg, originalName: 'a.png', uploadedBy: null }),
    );
    expect(error.message).toMatch(/SVG files are refused/);
    const fake = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from('<script>alert(1)</script>'),
    ]);
    expect(
      (await refusal(media.upload({ bytes: fake, originalName: 'b.jpg', uploadedBy: null })))
        .status,
    ).toBe(415);
    const { items } = await media.listMedia(1);
    expect(items.some((i) => i.originalName === 'a.png' || i.originalName === 'b.jpg')).toBe(false);
  });

  it('makes 480, 960 and capped-width variants in AVIF, WebP and the original format, off the request', async () => {
    const item = await media.upload({
      bytes: await makeTestImage('jpeg', 1200, 800),
      originalName: 'wide.jpg',
      uploadedBy: null,
      alt: { fr: 'Un dégradé', en: '' },
    });
    expect(item.variants).toEqual([]);
    await media.idle();
    const done = await media.getMedia(item.id);
    expect(done.status).toBe('ready');
    const got = done.variants.map((v) => `${v.width}x${v.height}.${v.format}`).sort();
    expect(got).toEqual(
      ['480x320', '960x640', '1200x800']
        .flatMap((s) => ['avif', 'jpeg', 'webp'].map((f) => `${s}.${f}`))
        .sort(),
    );
    for (const v of done.variants) {
      const file = await readFile(join(dir, decodeURIComponent(v.url.replace(/^\/media\//, ''))));
      const meta = await sharp(file).metadata();
      expect(meta.width).toBe(v.width);
      expect(meta.format).toBe(v.format === 'avif' ? 'heif' : v.format);
    }
    expect(done.thumbnailUrl).toMatch(/-480\.webp$/);
    expect(failures).toEqual([]);
  });

  it('applies the EXIF orientation and strips metadata (GPS) from variants', async () => {
    const bytes = await makeTestImage('jpeg', 600, 400, { exifOrientation: 6, gps: true });
    expect((await sharp(bytes).metadata()).exif).toBeDefined();
    const item = await media.upload({ bytes, originalName: 'turned.jpg', uploadedBy: null });
    expect([item.width, item.height]).toEqual([400, 600]);
    await media.idle();
    const done = await media.getMedia(item.id);
    expect(new Set(done.variants.map((v) => v.width))).toEqual(new Set([400]));
    for (const v of done.variants) {
      expect(v.height).toBe(600);
      const file = await readFile(join(dir, v.url.replace(/^\/media\//, '')));
      const meta = await sharp(file).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
    }
  });

  it('accepts WebP and AVIF originals without duplicating their format', async () => {
    const webp = await media.upload({
      bytes: await makeTestImage('webp', 500, 300),
      originalName: 'a.webp',
      uploadedBy: null,
    });
    const avif = await media.upload({
      bytes: await makeTestImage('avif', 500, 300),
      originalName: 'a.avif',
      uploadedBy: null,
    });
    await media.idle();
    for (const id of [webp.id, avif.id]) {
      const done = await media.getMedia(id);
      expect(done.variants.map((v) => `${v.width}.${v.format}`).sort()).toEqual([
        '480.avif',
        '480.webp',
        '500.avif',
        '500.webp',
      ]);
    }
    expect(avif.mimeType).toBe('image/avif');
  });

  it('requires an alt text per locale: hasAltText', async () => {
    const item = await media.upload({
      bytes: await makeTestImage('png', 50, 50),
      originalName: 'alt.png',
      uploadedBy: null,
      alt: { fr: 'Un carré', en: '   ', de: 'ignored' },
    });
    expect(await media.hasAltText(item.id, 'fr')).toBe(true);
    expect(await media.hasAltText(item.id, 'en')).toBe(false);
    expect(await media.hasAltText(item.id, 'de')).toBe(false);
    await media.updateMedia(item.id, {
      version: item.version,
      credit: ' Photo: Ana ',
      alt: { fr: '', en: 'A square' },
    });
    expect(await media.hasAltText(item.id, 'fr')).toBe(false);
    expect(await media.hasAltText(item.id, 'en')).toBe(true);
    expect((await media.getMedia(item.id)).credit).toBe('Photo: Ana');
  });

  it('refuses a stale update with a conflict and keeps the first save', async () => {
    const item = await media.upload({
      bytes: await makeTestImage('png', 50, 50),
      originalName: 'c.png',
      uploadedBy: null,
    });
    await media.updateMedia(item.id, { version: item.version, credit: 'first', alt: {} });
    const error = await refusal(
      media.updateMedia(item.id, { version: item.version, credit: 'second', alt: {} }),
    );
    expect(error.code).toBe('conflict');
    expect((await media.getMedia(item.id)).credit).toBe('first');
  });

  it('moves a deleted media to the trash: gone from the library, its files kept', async () => {
    const item = await media.upload({
      bytes: await makeTestImage('png', 60, 60),
      originalName: 'd.png',
      uploadedBy: null,
      alt: { fr: 'x' },
    });
    await media.idle();
    await media.deleteMedia(item.id);
    expect((await refusal(media.getMedia(item.id))).code).toBe('not_found');
    expect((await refusal(media.deleteMedia(item.id))).code).toBe('not_found');
    expect(await media.hasAltText(item.id, 'fr')).toBe(false);
    expect((await media.listMedia(1)).items.some((i) => i.id === item.id)).toBe(false);
    await stat(join(dir, item.url.replace(/^\/media\//, '')));
    expect((await media.variantsByStorageKey([item.url.replace(/^\/media\//, '')])).size).toBe(0);
  });

  it('lists variants of ready media by their original key, for <picture>', async () => {
    const item = await media.upload({
      bytes: await makeTestImage('jpeg', 1000, 500),
      originalName: 'p.jpg',
      uploadedBy: null,
    });
    const key = item.url.replace(/^\/media\//, '');
    expect((await media.variantsByStorageKey([key])).size).toBe(0);
    await media.idle();
    const variants = (await media.variantsByStorageKey([key, key, 'nope.png'])).get(key) ?? [];
    expect(variants).toHaveLength(9);
  });

  it('pages the library newest first; a page past the end is not found', async () => {
    const { items, page } = await media.listMedia(1);
    expect(page.total).toBe(items.length);
    expect(items.length).toBeGreaterThan(3);
    expect((await refusal(media.listMedia(page.pageCount + 1))).code).toBe('not_found');
  });

  it('resumes uploads left pending by a stopped process', async () => {
    const repo = mediaRepository(t.database.db);
    const item = await media.upload({
      bytes: await makeTestImage('png', 100, 80),
      originalName: 'r.png',
      uploadedBy: null,
    });
    await media.idle();
    await repo.setStatus(item.id, 'pending', testNow.toISOString());
    expect(await media.resumePending()).toBe(1);
    await media.idle();
    expect((await media.getMedia(item.id)).status).toBe('ready');
  });
});

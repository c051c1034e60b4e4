// Files that are not a readable WordPress export are refused before anything is written, with
// a message that names the line and the item; characters XML forbids are dropped and counted.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeSectors } from '../../test/support/factories.js';
import { fixture, importServices, makeUploads } from '../../test/support/wordpress.js';
import { importWordpress } from './wordpress.import.js';
import { readWxr, WxrError, type WxrRecord } from './wxr-reader.js';

const records = async (path: string) => {
  const list: WxrRecord[] = [];
  const result = await readWxr(path, (r) => void list.push(r));
  return { list, ...result };
};

describe('WXR reader', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'constellation-wxr-'));
  });
  const write = async (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  };

  it('reads the channel, the records, the categories and the post meta of an export', async () => {
    const { list, channel, invalidChars } = await records(fixture('site.xml'));
    expect(channel).toEqual({
      wxrVersion: '1.2',
      baseSiteUrl: 'https://ancien.example.org',
      link: 'https://ancien.example.org',
    });
    expect(invalidChars).toBe(0);
    expect(list.filter((r) => r.kind === 'item')).toHaveLength(18);
    expect(list.filter((r) => r.kind === 'category')).toHaveLength(7);
    const post = list.find((r) => r.fields.get('wp:post_id') === '10')!;
    expect(post.meta.get('_thumbnail_id')).toBe('40');
    expect(post.comments).toBe(2);
    expect(post.categories.map((c) => `${c.domain}:${c.nicename}`)).toContain(
      'post_translations:pll_redu',
    );
    const split = list.find((r) => r.fields.get('wp:post_id') === '18')!;
    expect(split.fields.get('content:encoded')).toBe(
      '<p>Le code montre a]]>b dans un exemple.</p>',
    );
  });

  it('refuses a truncated export, naming the line and the item it stops in', async () => {
    const error = await records(fixture('truncated.xml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WxrError);
    expect((error as Error).message).toMatch(
      /^The file ends in the middle of the export \(truncated\?\) at line \d+ \(in the item starting at line \d+, “Une délégation d’Asie centrale à Redu”\): unclosed tag: content:encoded\.$/,
    );
  });

  it('refuses files that are not WordPress exports, in words', async () => {
    await expect(records(fixture('not-wxr.xml'))).rejects.toThrow(
      'This is not a WordPress export: it has no <wp:wxr_version>',
    );
    await expect(records(fixture('html-page.xml'))).rejects.toThrow(WxrError);
    await expect(records(fixture('latin1.xml'))).rejects.toThrow(
      'The file declares the encoding ISO-8859-1',
    );
    await expect(records(await write('empty.xml', ''))).rejects.toThrow('The file is empty');
    await expect(records(await write('feed.xml', '<feed><entry/></feed>'))).rejects.toThrow(
      'starts with <feed>',
    );
    const bytes = Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><rss><channel><title>Caf\xe9</title></channel></rss>',
      'latin1',
    );
    await expect(records(await write('bad-utf8.xml', bytes))).rejects.toThrow(
      'The file is not valid UTF-8',
    );
    await expect(
      records(
        await write(
          'broken.xml',
          '<rss><channel><wp:wxr_version>1.2</wp:wxr_version><item><title>A</titre></item></channel></rss>',
        ),
      ),
    ).rejects.toThrow(
      /not well-formed XML at line 1 \(in the item starting at line 1, “A”\): unexpected close tag/,
    );
  });

  it('drops the control characters XML forbids and counts them', async () => {
    const text = (await readFile(fixture('site.xml'), 'utf8')).replace(
      'Brouillon classique',
      'Brouillon\u0001 classique\u000b',
    );
    const { list, invalidChars } = await records(await write('control.xml', text));
    expect(invalidChars).toBe(2);
    expect(list.some((r) => r.fields.get('title') === 'Brouillon classique')).toBe(true);
  });
});

describe.each(testDialects())('a refused export on $name', (dialect) => {
  let t: TestDatabase;
  afterAll(() => t.cleanup());

  it('writes nothing at all, even the items before the break', async () => {
    t = await dialect.open();
    await makeSectors(t.database);
    const { uploads, media } = await makeUploads();
    const services = importServices(t.database, media);
    await expect(
      importWordpress(
        { database: t.database, services },
        { file: fixture('truncated.xml'), uploadsDir: uploads, dryRun: false },
      ),
    ).rejects.toThrow(WxrError);
    for (const table of ['article', 'media', 'redirect', 'import_source'] as const) {
      const n = await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(n.n), table).toBe(0);
    }
  });
});

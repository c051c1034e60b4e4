// `constellation import wordpress` in-process: the report printed, the exit code (1 when an item
// failed, 2 for usage, 65 for an unusable input, 66 for a missing file), the dry run.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, makeUploads } from '../../test/support/wordpress.js';
import { runCli } from '../cli/cli.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { makeSectors } from '../../test/support/factories.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('constellation import wordpress', () => {
  let dir: string;
  let uploads: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'constellation-import-cli-'));
    const made = await makeUploads();
    uploads = made.uploads;
    process.env.MEDIA_DIR = made.media;
    delete process.env.BASE_URL;
  });
  afterAll(async () => {
    process.env = saved;
    await rm(dir, { recursive: true, force: true });
  });

  /** A database file with the four sectors the map file names. */
  const withSectors = async (name: string) => {
    const path = join(dir, name);
    const database = openDatabase(path);
    await migrateToLatest(database.db);
    await makeSectors(database);
    await database.close();
    return path;
  };

  const cli = async (...args: string[]) => {
    const c = capture();
    const code = await runCli(['import', ...args], c.io);
    return { code, out: c.out.join('\n'), err: c.err.join('\n') };
  };

  it('prints what a dry run would do and writes nothing', async () => {
    const db = await withSectors('dry.db');
    const { code, out } = await cli(
      'wordpress',
      fixture('site.xml'),
      '--uploads',
      uploads,
      '--map',
      fixture('map.json'),
      '--dry-run',
      '--database',
      db,
    );
    expect(code).toBe(1);
    expect(out).toContain('Dry run: nothing was written.');
    expect(out).toMatch(/post\s+10\s+0\s+0\s+0\s+1/);
    const database = openDatabase(db);
    const n = await database.db
      .selectFrom('article')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    await database.close();
    expect(Number(n.n)).toBe(0);
  });

  it('imports, exits 1 because two items failed, and a second run reports them unchanged', async () => {
    const db = await withSectors('real.db');
    const args = [
      'wordpress',
      fixture('site.xml'),
      '--uploads',
      uploads,
      '--map',
      fixture('map.json'),
      '--database',
      db,
    ];
    const first = await cli(...args);
    expect(first.code).toBe(1);
    expect(first.out).toContain('Import finished.');
    expect(first.out).toContain(
      "post 19 “Archive d'un autre siècle”: the date “1899-12-31 22:00:00” is out of range",
    );
    const second = await cli(...args);
    expect(second.out).toMatch(/post\s+0\s+0\s+10\s+0\s+1/);
  });

  it('imports saved pages through a mapping file, refusing an unusable mapping', async () => {
    const db = await withSectors('html.db');
    const pages = fixture('../html');
    const mapping = fileURLToPath(new URL('./mappings/drupal-news.json', import.meta.url));
    const ok = await cli('html', pages, '--config', mapping, '--database', db);
    expect([ok.code, ok.err]).toEqual([0, '']);
    expect(ok.out).toMatch(/page\s+3\s+0\s+0\s+1\s+0/);
    const bad = join(dir, 'bad-mapping.json');
    await writeFile(bad, JSON.stringify({ baseUrl: 'https://x.example.org', select: {} }));
    const refused = await cli('html', pages, '--config', bad, '--database', db);
    expect(refused.code).toBe(65);
    expect(refused.err).toContain('articleSelector');
    expect((await cli('html', pages)).code).toBe(2);
  });

  it('refuses bad invocations and unusable files with their own exit codes', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('drupal', 'x')).code).toBe(2);
    expect((await cli('wordpress')).code).toBe(2);
    const missing = await cli('wordpress', join(dir, 'nope.xml'));
    expect([missing.code, missing.err]).toEqual([
      66,
      `The export “${join(dir, 'nope.xml')}” does not exist.`,
    ]);
    expect(
      (await cli('wordpress', fixture('site.xml'), '--uploads', fixture('site.xml'))).code,
    ).toBe(66);
    const badMap = join(dir, 'bad-map.json');
    await writeFile(badMap, '{ not json');
    const map = await cli(
      'wordpress',
      fixture('site.xml'),
      '--map',
      badMap,
      '--database',
      join(dir, 'x.db'),
    );
    expect(map.code).toBe(65);
    expect(map.err).toContain('is not JSON');
    const truncated = await cli(
      'wordpress',
      fixture('truncated.xml'),
      '--database',
      join(dir, 'x.db'),
    );
    expect(truncated.code).toBe(65);
    expect(truncated.err).toContain('The file ends in the middle of the export (truncated?)');
  });
});

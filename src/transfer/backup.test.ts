// Backups taken while writes go on: the restored site holds every write acknowledged before the
// backup began, and exactly a prefix of the sequence (a consistent snapshot, no gap).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { fillSite } from '../../test/support/transfer.js';
import { backupSite } from './backup.js';
import { importSite } from './import.js';
import { countRows } from './rows.repository.js';

const work = await mkdtemp(join(tmpdir(), 'transfer-backup-'));
afterAll(() => rm(work, { recursive: true, force: true }));

/** SQLite backups copy a file, so the source is a file here rather than :memory:. */
async function openSource(
  name: 'sqlite' | 'postgres',
  path: string,
): Promise<TestDatabase & { url: string }> {
  if (name === 'postgres') {
    const t = await testDialects()
      .find((d) => d.name === 'postgres')!
      .open();
    return { ...t, url: await databaseUrl(t) };
  }
  const database = openDatabase(path);
  await migrateToLatest(database.db);
  return { database, cleanup: () => database.close(), url: path };
}

/** The URL of a PostgreSQL test database, read back from the server. */
async function databaseUrl(t: TestDatabase): Promise<string> {
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(
    t.database.db,
  );
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${rows[0]!.name}`;
  return url.toString();
}

/** The writer runs in another process, like the site it stands for. */
function writeLoop(url: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/write-loop.ts', url], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const acknowledged: number[] = [];
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) acknowledged.push(Number(line));
  });
  const exited = once(child, 'exit');
  let running = true;
  void exited.then(() => (running = false));
  return {
    acknowledged,
    /** Resolves once `count` writes are acknowledged; fails if the writer died first. */
    async reach(count: number) {
      while (acknowledged.length < count) {
        if (!running) throw new Error('The write loop stopped early (see its error above).');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    stop: async () => {
      child.stdin.end();
      const [code] = (await exited) as [number | null];
      expect(code).toBe(0);
    },
  };
}

describe.each(testDialects())('backup of a $name site while it is written to', (dialect) => {
  it('restores every acknowledged write and a consistent prefix of the rest', async () => {
    const mediaDir = join(work, `media-${dialect.name}`);
    const source = await openSource(dialect.name, join(work, `live-${dialect.name}.db`));
    const out = join(work, `backup-${dialect.name}.tar.gz`);
    let before: number;
    let during: number;
    let total: number;
    try {
      await fillSite(source.database, mediaDir);
      const loop = writeLoop(source.url);
      await loop.reach(20);
      before = loop.acknowledged.length;
      await backupSite(source.database, {
        out,
        mediaDir,
        sqlitePath: join(work, `live-${dialect.name}.db`),
      });
      during = loop.acknowledged.length - before;
      await loop.stop();
      total = loop.acknowledged.length;
    } finally {
      await source.cleanup();
    }
    expect(during, 'writes went on while the backup ran').toBeGreaterThan(0);

    const target = await dialect.open();
    const restoredMedia = join(work, `restored-${dialect.name}`);
    try {
      const report = await importSite(target.database, out, { mediaDir: restoredMedia });
      expect(report.manifest.kind).toBe('backup');
      expect(report.manifest.secrets).toBe(true);
      const slugs = await target.database.db
        .selectFrom('sector')
        .select('slug')
        .where('slug', 'like', 'written-%')
        .execute();
      const numbers = slugs
        .map((s) => Number(s.slug.slice('written-'.length)))
        .sort((a, b) => a - b);
      expect(numbers.length).toBeGreaterThanOrEqual(before);
      expect(numbers.length).toBeLessThanOrEqual(total);
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
      const hash = await target.database.db
        .selectFrom('app_user')
        .select('password_hash')
        .where('email', '=', 'admin@example.org')
        .executeTakeFirstOrThrow();
      expect(hash.password_hash).toMatch(/^\$argon2id\$/);
      expect((await readdir(restoredMedia, { recursive: true })).length).toBeGreaterThan(0);
    } finally {
      await target.cleanup();
    }
  }, 120_000);
});

describe('the backup and restore commands', () => {
  it('back up a SQLite site with its media and restore it into an empty database', async () => {
    const live = join(work, 'cli-live.db');
    const source = await openSource('sqlite', live);
    await fillSite(source.database, join(work, 'cli-media'));
    await source.cleanup();
    delete process.env.BASE_URL; // Vite's, not ours
    const out: string[] = [];
    const progress: string[] = [];
    // Not a terminal: the commands print plain progress lines there (the CLI passes stderr).
    const progressStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        progress.push(chunk.toString());
        done();
      },
    });
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l), progressStream };
    process.env.MEDIA_DIR = join(work, 'cli-media');
    expect(await runCli(['backup', join(work, 'cli.tar.gz'), '--database', live], io)).toBe(0);
    expect(out.at(-1)).toMatch(
      /^Backed up \d+ rows of \d+ tables and 12 media files .* with secrets\.$/,
    );
    process.env.MEDIA_DIR = join(work, 'cli-restored-media');
    expect(
      await runCli(
        ['restore', join(work, 'cli.tar.gz'), '--database', join(work, 'cli-restored.db')],
        io,
      ),
    ).toBe(0);
    expect(out.at(-1)).toMatch(
      /^Restored \d+ rows .* 12 media files .*Search index rebuilt: \d+ documents\.$/,
    );
    expect(
      await runCli(
        ['restore', join(work, 'cli.tar.gz'), '--database', join(work, 'cli-restored.db')],
        io,
      ),
    ).toBe(1);
    expect(out.at(-1)).toMatch(/The database is not empty/);
    const phases = progress.map((line) => line.split(':')[0]);
    for (const phase of [
      'Copying the SQLite database',
      'Exporting rows',
      'Packing the archive',
      'Importing rows',
      'Importing media files',
      'Rebuilding the search index',
    ]) {
      expect(phases, phase).toContain(phase);
    }
    expect(progress.join('')).toMatch(
      /Importing rows: ([\d,]+)\/\1 rows \(100%\), [\d,]+ rows\/s\n/,
    );
    const restored = openDatabase(join(work, 'cli-restored.db'));
    try {
      expect(await countRows(restored.db, 'search_document')).toBeGreaterThan(0);
    } finally {
      await restored.close();
    }
  }, 120_000);
});

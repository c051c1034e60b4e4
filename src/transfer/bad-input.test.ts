// Archives that are damaged, foreign, too new, malicious or inconsistent: each is refused with a
// message saying what is wrong, and neither a row nor a media file is left behind.
import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli.js';
import type { Database } from '../db/database.js';
import { testDialects } from '../../test/support/dialects.js';
import { fillSite, readEntries } from '../../test/support/transfer.js';
import { listCatalogTables } from './catalog.repository.js';
import { exportSite } from './export.js';
import { TransferError } from './format.js';
import { importSite } from './import.js';
import { listNonEmptyTables } from './rows.repository.js';
import { planTables } from './table-plan.js';

const work = await mkdtemp(join(tmpdir(), 'transfer-bad-'));
const valid = join(work, 'valid.tar.gz');
let entries: Map<string, string>;

beforeAll(async () => {
  const source = testDialects()[0]!;
  const t = await source.open();
  await fillSite(t.database, join(work, 'source-media'));
  await exportSite(t.database, {
    out: valid,
    mediaDir: join(work, 'source-media'),
    withSecrets: true,
  });
  await t.cleanup();
  entries = await readEntries(valid);
}, 60_000);
afterAll(() => rm(work, { recursive: true, force: true }));

type Entry = { name: string; content?: string; type?: 'file' | 'symlink'; linkname?: string };

async function writeArchive(name: string, list: Entry[]): Promise<string> {
  const file = join(work, name);
  const pack = tar.pack();
  const written = pipeline(pack, createGzip(), createWriteStream(file));
  for (const e of list) {
    await new Promise<void>((resolve, reject) => {
      pack.entry(
        { name: e.name, type: e.type ?? 'file', linkname: e.linkname },
        e.content ?? '',
        (error) => (error ? reject(error) : resolve()),
      );
    });
  }
  pack.finalize();
  await written;
  return file;
}

/** The valid export with some entries changed (same order), as a new archive. */
function edited(name: string, change: (list: Entry[]) => Entry[]): Promise<string> {
  return writeArchive(name, change([...entries].map(([n, content]) => ({ name: n, content }))));
}

function editManifest(change: (m: Record<string, unknown>) => void): (list: Entry[]) => Entry[] {
  return (list) =>
    list.map((e) => {
      if (e.name !== 'manifest.json') return e;
      const manifest = JSON.parse(e.content!) as Record<string, unknown>;
      change(manifest);
      return { name: e.name, content: JSON.stringify(manifest) };
    });
}

function replaceLines(
  file: string,
  change: (lines: string[]) => string[],
): (list: Entry[]) => Entry[] {
  return (list) =>
    list.map((e) =>
      e.name === file
        ? { name: e.name, content: `${change(e.content!.trim().split('\n')).join('\n')}\n` }
        : e,
    );
}

async function files(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return found.filter((f) => f.isFile()).map((f) => f.name);
}

async function expectNothingWritten(database: Database, mediaDir: string): Promise<void> {
  const tables = planTables(await listCatalogTables(database.db, database.dialect)).map(
    (t) => t.name,
  );
  expect(await listNonEmptyTables(database.db, tables)).toEqual([]);
  expect(await files(mediaDir)).toEqual([]);
  expect(await files(work).then((f) => f.filter((n) => n === 'escaped.txt'))).toEqual([]);
}

const cases: [string, () => Promise<string>, RegExp][] = [
  [
    'a truncated archive',
    async () => {
      const bytes = await readFile(valid);
      const file = join(work, 'truncated.tar.gz');
      await writeFile(file, bytes.subarray(0, Math.floor(bytes.length * 0.8)));
      return file;
    },
    /truncated/,
  ],
  [
    'a file that is not gzip',
    async () => {
      const file = join(work, 'notes.txt');
      await writeFile(file, 'these are not the rows you are looking for\n'.repeat(20));
      return file;
    },
    /not a gzip-compressed tar archive/,
  ],
  [
    'another program’s tar.gz',
    () => writeArchive('foreign.tar.gz', [{ name: 'wp-content/uploads/a.jpg', content: 'x' }]),
    /starts with “wp-content\/uploads\/a.jpg”/,
  ],
  [
    'a manifest of another format',
    () =>
      edited(
        'other-format.tar.gz',
        editManifest((m) => (m.format = 'wordpress-wxr')),
      ),
    /not a Constellation export/,
  ],
  [
    'a manifest of an unknown version',
    () =>
      edited(
        'version-2.tar.gz',
        editManifest((m) => (m.formatVersion = 2)),
      ),
    /format version 2; this Constellation reads version 1/,
  ],
  [
    'a migration this version does not know',
    () =>
      edited(
        'newer.tar.gz',
        editManifest((m) =>
          (m.origin as { migrations: string[] }).migrations.push('2099-01-01-0000-create-hologram'),
        ),
      ),
    /newer Constellation.*2099-01-01-0000-create-hologram/,
  ],
  [
    'a media path climbing out of the media folder',
    () =>
      edited('escape.tar.gz', (list) => [
        ...list,
        { name: 'media/../../escaped.txt', content: 'owned' },
      ]),
    /“media\/..\/..\/escaped.txt” is not a plain file inside the media folder/,
  ],
  [
    'a symbolic link among the media',
    () =>
      edited('link.tar.gz', (list) => [
        ...list,
        { name: 'media/2026/link.jpg', type: 'symlink', linkname: '/etc/passwd' },
      ]),
    /not a plain file inside the media folder/,
  ],
  [
    'a row with a slug already used (unique)',
    () =>
      edited(
        'unique.tar.gz',
        replaceLines('tables/sector.jsonl', (lines) => {
          const copy = JSON.parse(lines[0]!) as Record<string, unknown>;
          copy.id = '01900000-0000-7000-8000-000000000000';
          return [...lines, JSON.stringify(copy)];
        }),
      ),
    /tables\/sector.jsonl, lines 1–5: a value that must be unique is already used/,
  ],
  [
    'a row referring to a missing row (foreign key)',
    () =>
      edited(
        'dangling.tar.gz',
        replaceLines('tables/article_sector.jsonl', (lines) => {
          const row = JSON.parse(lines[0]!) as Record<string, unknown>;
          row.sector_id = '01900000-0000-7000-8000-00000000dead';
          return [JSON.stringify(row), ...lines.slice(1)];
        }),
      ),
    /tables\/article_sector.jsonl, lines 1–\d+: a row refers to something that does not exist/,
  ],
  [
    'a required value missing',
    () =>
      edited(
        'null.tar.gz',
        replaceLines('tables/article.jsonl', (lines) => [
          lines[0]!.replace(/"kind":"[^"]+"/, '"kind":null'),
          ...lines.slice(1),
        ]),
      ),
    /tables\/article.jsonl line 1: article.kind is null, but the column requires a value/,
  ],
  [
    'a row count that differs from the manifest',
    () =>
      edited(
        'short.tar.gz',
        replaceLines('tables/mention.jsonl', (lines) => lines.slice(1)),
      ),
    /tables\/mention.jsonl holds \d+ rows where the manifest announces \d+/,
  ],
];

describe.each(testDialects())('importing bad input on $name', (dialect) => {
  it.each(cases)(
    'refuses %s and writes nothing',
    async (_name, make, message) => {
      const file = await make();
      const t = await dialect.open();
      const mediaDir = join(work, `media-${dialect.name}`);
      try {
        const error = await importSite(t.database, file, { mediaDir }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(TransferError);
        expect((error as Error).message).toMatch(message);
        await expectNothingWritten(t.database, mediaDir);
      } finally {
        await t.cleanup();
      }
    },
    30_000,
  );

  it('refuses a database that already has content', async () => {
    const t = await dialect.open();
    const mediaDir = join(work, `media-full-${dialect.name}`);
    try {
      await fillSite(t.database, mediaDir);
      const error = await importSite(t.database, valid, { mediaDir }).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/The database is not empty \(.*already hold rows\)/);
    } finally {
      await t.cleanup();
    }
  }, 30_000);
});

describe('the import command', () => {
  it('prints the problem and exits non-zero', async () => {
    const err: string[] = [];
    const file = await edited(
      'cli-version.tar.gz',
      editManifest((m) => (m.formatVersion = 7)),
    );
    process.env.MEDIA_DIR = join(work, 'cli-media');
    // Vitest exposes Vite's BASE_URL ('/') in process.env; it is not ours.
    delete process.env.BASE_URL;
    const code = await runCli(
      ['import', 'constellation', file, '--database', join(work, 'cli.db')],
      {
        out: () => undefined,
        err: (line) => err.push(line),
      },
    );
    expect(code).toBe(65);
    expect(err.join('\n')).toMatch(/format version 7/);
    const missing = await runCli(
      ['import', 'constellation', join(work, 'nope.tar.gz'), '--database', join(work, 'cli.db')],
      {
        out: () => undefined,
        err: (line) => err.push(line),
      },
    );
    expect(missing).toBe(66);
    expect(err.at(-1)).toMatch(/no such file/);
    const nowhere = join(work, 'no-such-folder', 'site.tar.gz');
    expect(
      await runCli(['export', '--out', nowhere, '--database', join(work, 'cli.db')], {
        out: () => undefined,
        err: (line) => err.push(line),
      }),
    ).toBe(73);
    expect(err.at(-1)).toBe(`Cannot write “${nowhere}”: its folder does not exist.`);
  });
});

describe.each(testDialects())('an archive from an older schema on $name', (dialect) => {
  it('imports, the columns it lacks taking their defaults', async () => {
    const file = await edited('older.tar.gz', (list) =>
      editManifest((m) => {
        const tables = m.tables as { name: string; columns: { name: string }[] }[];
        const sector = tables.find((t) => t.name === 'sector')!;
        sector.columns = sector.columns.filter((c) => c.name !== 'deleted_at');
        const origin = m.origin as { migrations: string[] };
        origin.migrations = origin.migrations.filter((n) => !n.includes('add-sector-deleted-at'));
      })(
        replaceLines('tables/sector.jsonl', (lines) =>
          lines.map((l) => {
            const row = JSON.parse(l) as Record<string, unknown>;
            delete row.deleted_at;
            return JSON.stringify(row);
          }),
        )(list),
      ),
    );
    const t = await dialect.open();
    try {
      const report = await importSite(t.database, file, {
        mediaDir: await mkdtemp(join(work, 'older-')),
      });
      expect(report.rows).toBeGreaterThan(900);
      const sectors = await t.database.db.selectFrom('sector').select('deleted_at').execute();
      expect(sectors.map((s) => s.deleted_at)).toEqual([null, null, null, null]);
    } finally {
      await t.cleanup();
    }
  }, 30_000);
});

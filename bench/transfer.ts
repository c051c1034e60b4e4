// `npm run bench:transfer`: generates the 10,000-article site, then times each moving-out command
// as its own process (as a user runs it) with GNU time for the peak RSS: export, import into an
// empty SQLite database, backup, and — when BENCH_DATABASE_URL names a PostgreSQL server — import
// into and export from PostgreSQL. Prints a Markdown table for the README.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { generateSite } from './generate.js';

const articles = Number(process.env.BENCH_ARTICLES ?? 10_000);
const dir = join('bench', 'results', 'transfer');
const media = join(dir, 'media');
rmSync(dir, { recursive: true, force: true });
mkdirSync(media, { recursive: true });
const source = join(dir, 'source.db');

console.error(`generating ${articles} articles…`);
const site = await generateSite({ path: source, articles, seed: 1, sampleSize: 0 });
console.error(
  `generated in ${(site.ms / 1000).toFixed(1)} s (${Math.round(site.dbBytes / 1e6)} MB)`,
);

interface Figure {
  step: string;
  seconds: number;
  peakMb: number | undefined;
}
const figures: Figure[] = [];

function run(step: string, database: string, args: string[]): void {
  // The flags of bin/constellation.js's first line, as `npx constellation` runs it.
  const command = [
    'node',
    '--max-semi-space-size=4',
    'bin/constellation.js',
    ...args,
    '--database',
    database,
  ];
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = spawnSync(
    timed ? '/usr/bin/time' : command[0]!,
    timed ? ['-f', 'PEAK_KB %M', ...command] : command.slice(1),
    {
      env: { ...process.env, MEDIA_DIR: media, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`${step} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  const peak = /PEAK_KB (\d+)/.exec(result.stderr)?.[1];
  figures.push({ step, seconds, peakMb: peak ? Number(peak) / 1024 : undefined });
  console.error(`${step}: ${seconds.toFixed(1)} s — ${result.stdout.trim()}`);
}

const archive = join(dir, 'site.tar.gz');
run('export (SQLite)', source, ['export', '--out', archive, '--with-secrets']);
run('import into an empty SQLite', join(dir, 'copy.db'), ['import', 'constellation', archive]);
run('backup (SQLite, online)', source, ['backup', join(dir, 'backup.tar.gz')]);
run('reindex (SQLite)', join(dir, 'copy.db'), ['reindex']);

const server = process.env.BENCH_DATABASE_URL;
if (server) {
  const name = `constellation_bench_transfer_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  try {
    run('import into an empty PostgreSQL', url.toString(), ['import', 'constellation', archive]);
    run('export (PostgreSQL)', url.toString(), [
      'export',
      '--out',
      join(dir, 'from-pg.tar.gz'),
      '--with-secrets',
    ]);
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

console.log(`\n${articles} articles, archive ${(statSync(archive).size / 1e6).toFixed(1)} MB\n`);
console.log('| step | time | peak RSS |');
console.log('| --- | --- | --- |');
for (const f of figures) {
  console.log(
    `| ${f.step} | ${f.seconds.toFixed(1)} s | ${f.peakMb === undefined ? '—' : `${Math.round(f.peakMb)} MB`} |`,
  );
}

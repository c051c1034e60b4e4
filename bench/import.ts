// `npm run bench:import`: a generated WordPress export of 10,000 posts and 2,000 attachments
// (IMPORT_BENCH_POSTS, IMPORT_BENCH_ATTACHMENTS to change the size) imported into a scratch SQLite
// database, then the resulting site exported and imported into an empty database. Each step runs
// as its own `constellation` process, as a user runs it, under GNU time: wall time, CPU time
// (user + system: what load from other processes does not inflate) and peak RSS. Writes
// bench/results/import-latest.json. IMPORT_BENCH_RERUN=1 also times a second import of the same
// export (which must change nothing).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { sectorRepository } from '../src/sectors/sector.repository.js';
import { loadNow, machine } from './report.js';
import { generateUploads, generateWxr } from './wxr-generate.js';

const posts = Number(process.env.IMPORT_BENCH_POSTS ?? 10_000);
const attachments = Number(process.env.IMPORT_BENCH_ATTACHMENTS ?? 2_000);
const dir = join('bench', 'results', 'import');
const targets = {
  'import wordpress': { seconds: 60, peakRssMb: 300 },
  export: { seconds: 30 },
  'import constellation': { seconds: 30 },
};
const loadAtStart = loadNow();

rmSync(dir, { recursive: true, force: true });
const uploads = join(dir, 'uploads');
mkdirSync(uploads, { recursive: true });
const wxr = join(dir, 'export.xml');
console.error(`generating ${posts} posts and ${attachments} attachments…`);
await generateWxr(wxr, posts, attachments);
await generateUploads(uploads, attachments);

// The site the posts move into: migrated, with the four sectors their categories name.
const imported = join(dir, 'import.db');
const database = openDatabase(imported);
await migrateToLatest(database.db);
for (const [position, slug] of ['aero', 'space', 'drone', 'defence'].entries())
  await sectorRepository(database.db).insertSector(
    {
      slug,
      position,
      translations: { fr: { name: slug, description: '' }, en: { name: slug, description: '' } },
    },
    new Date().toISOString(),
  );
await database.close();

interface Step {
  step: string;
  wallSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  loadAverage: { start: number; end: number };
  /** The command's report (its first lines). */
  output: string[];
}
const steps: Step[] = [];

/** Runs `constellation ARGS` with the flags of bin/constellation.js's first line, timed. */
function run(step: string, args: string[], mediaDir: string): void {
  const command = ['node', '--max-semi-space-size=4', 'bin/constellation.js', ...args];
  const start = loadNow();
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH_TIME %e %U %S %M', ...command], {
    env: { ...process.env, MEDIA_DIR: mediaDir, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const figures = /BENCH_TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !figures)
    throw new Error(`${step} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  const [wall, user, system, peakKb] = figures.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  steps.push({
    step,
    wallSeconds: wall,
    userSeconds: user,
    systemSeconds: system,
    cpuSeconds: Math.round((user + system) * 100) / 100,
    peakRssMb: Math.round(peakKb / 1024),
    loadAverage: { start, end: loadNow() },
    output: result.stdout.trim().split('\n').slice(0, 14),
  });
  console.error(
    `${step}: ${wall} s wall, ${(user + system).toFixed(1)} s CPU, ${Math.round(peakKb / 1024)} MB peak RSS (load ${start} → ${loadNow()})`,
  );
}

const media = join(dir, 'media');
run(
  'import wordpress',
  ['import', 'wordpress', wxr, '--uploads', uploads, '--database', imported],
  media,
);
if (process.env.IMPORT_BENCH_RERUN === '1')
  run(
    'import wordpress again (changes nothing)',
    ['import', 'wordpress', wxr, '--uploads', uploads, '--database', imported],
    media,
  );
const archive = join(dir, 'site.tar.gz');
run('export', ['export', '--out', archive, '--with-secrets', '--database', imported], media);
run(
  'import constellation',
  ['import', 'constellation', archive, '--database', join(dir, 'copy.db')],
  join(dir, 'media-copy'),
);

const met = (s: Step) => {
  const target = targets[s.step as keyof typeof targets] as
    { seconds: number; peakRssMb?: number } | undefined;
  if (!target) return null;
  return s.wallSeconds < target.seconds && (target.peakRssMb ?? Infinity) > s.peakRssMb;
};
const result = {
  date: new Date().toISOString(),
  machine: machine(loadAtStart),
  posts,
  attachments,
  wxrMb: Math.round(statSync(wxr).size / 1e5) / 10,
  archiveMb: Math.round(statSync(archive).size / 1e5) / 10,
  targets,
  steps: steps.map((s) => ({ ...s, targetMet: met(s) })),
};
writeFileSync(
  join('bench', 'results', 'import-latest.json'),
  `${JSON.stringify(result, null, 2)}\n`,
);

console.log(`\n${posts} posts, ${attachments} attachments (${result.wxrMb} MB of WXR)\n`);
console.log('| step | wall | CPU (user + sys) | peak RSS | target |');
console.log('| --- | --- | --- | --- | --- |');
for (const s of result.steps)
  console.log(
    `| ${s.step} | ${s.wallSeconds.toFixed(1)} s | ${s.cpuSeconds.toFixed(1)} s | ${s.peakRssMb} MB | ${s.targetMet === null ? '—' : s.targetMet ? 'met' : 'missed'} |`,
  );

// `npm run bench:detect`: generates the benchmark's 10,000-article site and times
// `constellation detect --all` on it as its own process (as a user runs it), twice: the first run
// stores every mention and suggestion, the second re-reads an archive whose mentions exist (the
// case after the directory grows). Peak RSS from GNU time when present. Target: < 60 s each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSite } from './generate.js';
import { machine } from './report.js';

const articles = Number(process.env.BENCH_ARTICLES ?? 10_000);
const dir = join('bench', 'results', 'detect');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const path = join(dir, 'site.db');

console.error(`generating ${articles} articles…`);
const site = await generateSite({ path, articles, seed: 1, sampleSize: 0 });
console.error(`generated ${site.translations} translations in ${(site.ms / 1000).toFixed(1)} s`);

const runs: { run: string; seconds: number; peakMb?: number; output: string }[] = [];
for (const run of ['first run (stores every mention)', 'second run (re-reads)']) {
  const command = ['node', 'bin/constellation.js', 'detect', '--all', '--database', path];
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = spawnSync(
    timed ? '/usr/bin/time' : command[0]!,
    timed ? ['-f', 'PEAK_KB %M', ...command] : command.slice(1),
    { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${run} failed:\n${result.stdout}\n${result.stderr}`);
  const peak = /PEAK_KB (\d+)/.exec(result.stderr)?.[1];
  runs.push({
    run,
    seconds,
    peakMb: peak ? Number(peak) / 1024 : undefined,
    output: result.stdout.trim(),
  });
  console.error(`${run}: ${seconds.toFixed(1)} s — ${result.stdout.trim()}`);
}

const report = { date: new Date().toISOString(), machine: machine(), articles, site, runs };
writeFileSync(join('bench', 'results', 'detect-latest.json'), JSON.stringify(report, null, 2));
console.log(`\n${articles} articles, ${site.translations} translations (target < 60 s)\n`);
console.log('| run | time | peak RSS |');
console.log('| --- | --- | --- |');
for (const r of runs)
  console.log(
    `| ${r.run} | ${r.seconds.toFixed(1)} s | ${r.peakMb ? `${Math.round(r.peakMb)} MB` : '–'} |`,
  );

// The search benchmark: first relevance (bench/relevance.ts over the demo content: nDCG@5 and the
// share of queries whose expected first result comes first, on SQLite and, when TEST_DATABASE_URL
// is set, PostgreSQL), then speed: 100,000 generated articles in a scratch SQLite file, a full
// reindex (timed), then 500 varied two-word queries through the search service (p50/p95/p99).
// Usage: npm run bench:search  (SEARCH_BENCH_ARTICLES=N to change the size, SEARCH_BENCH_REUSE=1
// to keep an already generated file and only reindex and query, SEARCH_BENCH_RELEVANCE_ONLY=1 to
// measure relevance only).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServices } from '../src/services.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { generateSite } from './generate.js';
import { seededRandom } from './prng.js';
import { machine } from './report.js';
import { queryWords } from './search-words.js';
import { benchRelevance } from './search-relevance.js';

const articles = Number(process.env.SEARCH_BENCH_ARTICLES ?? 100_000);
const path = 'bench/results/search.db';
const seed = 20261125;
const queryCount = 500;
const warmup = 50;
const targets = { reindexMs: 60_000, twoWordP95Ms: 20 };

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, i)] ?? 0) * 100) / 100;
}

function summary(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    count: ms.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: percentile(sorted, 100),
  };
}

mkdirSync('bench/results', { recursive: true });
const relevance = await benchRelevance();
for (const r of relevance)
  console.log(
    `relevance ${r.engine}: nDCG@5 ${r.ndcgAt5}, first result first ${(r.firstShare * 100).toFixed(0)} % over ${r.queries} queries (${r.met ? 'targets met' : 'targets NOT met'})`,
  );
if (process.env.SEARCH_BENCH_RELEVANCE_ONLY === '1') {
  writeFileSync(
    'bench/results/search-relevance-latest.json',
    JSON.stringify({ date: new Date().toISOString(), relevance }, null, 2) + '\n',
  );
  process.exit(relevance.every((r) => r.met) ? 0 : 1);
}
let generated: unknown = 'reused';
if (!(process.env.SEARCH_BENCH_REUSE === '1' && existsSync(path))) {
  console.log(`Generating ${articles} articles into ${path}…`);
  const site = await generateSite({ path, articles, seed, sampleSize: 1 });
  generated = { ...site, articlePaths: undefined };
}

const database = openDatabase(path);
await migrateToLatest(database.db);
const services = createServices({ database, baseUrl: 'http://localhost:3000' });
// SEARCH_BENCH_SKIP_REINDEX=1 (with _REUSE=1) measures queries over the existing index only.
const skip =
  process.env.SEARCH_BENCH_SKIP_REINDEX === '1' && process.env.SEARCH_BENCH_REUSE === '1';
console.log(skip ? 'Keeping the existing index…' : 'Reindexing…');
const reindex = skip
  ? { ms: Number.NaN, counts: [] as { type: string; count: number }[] }
  : await services.search.reindexAll();
const documents = reindex.counts.reduce((sum, c) => sum + c.count, 0);

const rnd = seededRandom(seed);
const lang = (i: number) => (i % 2 === 0 ? 'fr' : 'en');
const twoWords = Array.from({ length: warmup + queryCount }, (_, i) => {
  const words = queryWords[lang(i)];
  return `${rnd.pick(words)} ${rnd.pick(words)}`;
});
// As typed: a whole word then the first 3–5 letters of another.
const typed = Array.from({ length: queryCount }, (_, i) => {
  const words = queryWords[lang(i)];
  const second = rnd.pick(words);
  return `${rnd.pick(words)} ${second.slice(0, rnd.int(3, 5))}`;
});

async function time(queries: string[]): Promise<{ ms: number[]; totals: number[] }> {
  const ms: number[] = [];
  const totals: number[] = [];
  for (const [i, q] of queries.entries()) {
    const started = performance.now();
    const result = await services.search.search({ q, locale: lang(i), page: 1, filter: {} });
    ms.push(performance.now() - started);
    totals.push(result.total);
  }
  return { ms, totals };
}

await time(twoWords.slice(0, warmup));
const main = await time(twoWords.slice(warmup));
const prefix = await time(typed);
await database.close();

const twoWord = summary(main.ms);
const report = {
  date: new Date().toISOString(),
  machine: machine(),
  dataset: { articles, generated },
  relevance,
  reindex: { ms: reindex.ms, documents, counts: reindex.counts },
  queries: {
    twoWord: { ...twoWord, medianMatches: summary(main.totals).p50 },
    typedPrefix: { ...summary(prefix.ms), medianMatches: summary(prefix.totals).p50 },
  },
  targets: {
    reindexMs: {
      target: `< ${targets.reindexMs}`,
      value: reindex.ms,
      met: reindex.ms < targets.reindexMs,
    },
    twoWordP95Ms: {
      target: `< ${targets.twoWordP95Ms}`,
      value: twoWord.p95,
      met: twoWord.p95 < targets.twoWordP95Ms,
    },
  },
};

console.log(
  `\nSearch benchmark — ${report.machine.cpu} (${report.machine.cores} cores), ${report.date}`,
);
console.log(`Reindex: ${documents} documents in ${(reindex.ms / 1000).toFixed(1)} s`);
console.log('query kind     count   p50 ms   p95 ms   p99 ms   max ms   median matches');
for (const [name, s] of Object.entries(report.queries))
  console.log(
    `${name.padEnd(13)} ${String(s.count).padStart(6)} ${[s.p50, s.p95, s.p99, s.max].map((v) => v.toFixed(2).padStart(8)).join(' ')} ${String(s.medianMatches).padStart(16)}`,
  );
for (const [name, t] of Object.entries(report.targets))
  console.log(`target ${name}: ${t.value} (${t.target}) ${t.met ? 'met' : 'NOT met'}`);
writeFileSync('bench/results/search-latest.json', JSON.stringify(report, null, 2) + '\n');
console.log('\nWritten to bench/results/search-latest.json');

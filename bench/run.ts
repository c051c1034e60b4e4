// `npm run bench`, in order: generate a 10,000-article site into a scratch SQLite file → serve it
// with the real server → load an article page, the news list and a sector page → stop it → serve
// it again with no page cache (PAGE_CACHE_MB=0) and load the articles: the cost of a render, paid
// after every change → load a fixed page of the same size from a bare Hono server (the ceiling) →
// print and save the table.
// A route that fails (no answer within 5 s, errors under load) is reported and the run exits 1.
// BENCH_WHAT_IF_SQL="create index …; analyze" applies SQL to the scratch database before serving,
// to measure a proposed schema change; the report then says so in capitals and is saved as
// bench/results/latest-what-if.json instead of latest.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paths } from '../src/i18n/paths.js';
import { applySql, generateSite } from './generate.js';
import { fetchPage, load } from './measure.js';
import { freePort, killAllServers, startServer, type ServerProcess } from './processes.js';
import {
  formatMachine,
  formatTable,
  loadNow,
  machine,
  withCeilingShare,
  type BenchReport,
  type RouteRow,
} from './report.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(root, 'bench', 'results');
const settings = { connections: 64, warmupSeconds: 3, seconds: 10, seed: 20261125 };
const articleCount = 10_000;
const rotatedArticles = 200;
const coldConnections = 8;
/** The whole run must end well within three minutes, whatever hangs. */
const budgetMs = 175_000;
const whatIfSql = process.env.BENCH_WHAT_IF_SQL?.trim() || null;
/** Node flags of the command's shebang, so the bench serves as `constellation serve` does. */
const serverFlags = (
  /^#!.*\bnode\b(.*)$/m.exec(readFileSync(join(root, 'bin', 'constellation.js'), 'utf8'))?.[1] ?? ''
)
  .split(' ')
  .filter(Boolean);

const say = (line: string) => process.stderr.write(`bench: ${line}\n`);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

const failedRow = (route: string, routePaths: string[], error: string): RouteRow => ({
  route,
  path: routePaths[0]!,
  distinctPaths: routePaths.length,
  firstGetMs: null,
  reqPerSec: null,
  p50Ms: null,
  p90Ms: null,
  p99Ms: null,
  maxMs: null,
  requests: null,
  bytesPerRequest: null,
  cpuMsPerRequest: null,
  cpuPctOfCeiling: null,
  errors: null,
  timeouts: null,
  non2xx: null,
  peakRssMb: null,
  pctOfCeiling: null,
  error,
});

interface UnderTest {
  current: () => ServerProcess;
  /**
   * One GET of every path (checking `expect`), then the load. Returns the row and the HTML of
   * the first path; a failure becomes a row with its error, and a restarted server.
   */
  measure: (
    route: string,
    routePaths: string[],
    expect: string,
    connections?: number,
  ) => Promise<{ row: RouteRow; html: string | null }>;
}

/** A server under test, restarted when a synchronous query has left it unresponsive. */
async function underTest(start: () => Promise<ServerProcess>): Promise<UnderTest> {
  let server = await start();
  const fail = async (route: string, routePaths: string[], error: unknown) => {
    say(`${route}: ${message(error)}`);
    say(`restarting the ${server.name} server`);
    await server.kill();
    server = await start();
    return failedRow(route, routePaths, message(error));
  };
  return {
    current: () => server,
    async measure(route, routePaths, expect, connections = settings.connections) {
      let first: { html: string; ms: number };
      try {
        first = await fetchPage(server.origin + routePaths[0]!, expect);
        for (const path of routePaths.slice(1)) await fetchPage(server.origin + path, expect);
      } catch (error) {
        return { row: await fail(route, routePaths, error), html: null };
      }
      server.resetPeak();
      say(`${route}: ${settings.warmupSeconds} s warm-up + ${settings.seconds} s…`);
      try {
        const figures = await load({
          origin: server.origin,
          paths: routePaths,
          ...settings,
          connections,
          serverCpuMs: server.cpuMs,
        });
        const trouble = figures.errors + figures.non2xx;
        const row: RouteRow = {
          ...failedRow(route, routePaths, ''),
          ...figures,
          firstGetMs: first.ms,
          peakRssMb: server.peakRssMb() ?? null,
          error: trouble
            ? `${figures.errors} errors (${figures.timeouts} timeouts after 10 s), ` +
              `${figures.non2xx} non-2xx responses, beside ${figures.requests} answered`
            : null,
        };
        if (figures.timeouts) {
          say(`${route}: ${figures.timeouts} timeouts; restarting the server for the next route`);
          await server.kill();
          server = await start();
        }
        return { row, html: first.html };
      } catch (error) {
        return { row: await fail(route, routePaths, error), html: first.html };
      }
    },
  };
}

const ceilingRoute = 'ceiling (fixed page)';
/** Size of this bench's article pages once they are served (19.4 kB measured on 2026-11-25). */
const typicalArticleBytes = 19_400;

/** `html` with a trailing comment that brings it to `bytes` bytes (UTF-8). */
function padTo(html: string, bytes: number): string {
  const missing = bytes - Buffer.byteLength(html) - '<!---->'.length;
  return missing > 0 ? `${html}<!--${' '.repeat(missing)}-->` : html;
}

/** Serves `html` from the bare Hono server and loads it. */
async function measureCeiling(html: string, path: string): Promise<RouteRow> {
  const ceilingPage = join(resultsDir, 'ceiling-page.html');
  writeFileSync(ceilingPage, html);
  const ceiling = await underTest(async () =>
    startServer({
      name: 'ceiling',
      args: [...serverFlags, '--import', 'tsx', 'bench/ceiling-server.ts'],
      cwd: root,
      env: { CEILING_PAGE: ceilingPage },
      port: await freePort(),
      readyTimeoutMs: 20_000,
    }),
  );
  const { row } = await ceiling.measure(ceilingRoute, [path], '</html>');
  await ceiling.current().stop();
  return row;
}

async function main(): Promise<BenchReport> {
  const loadAtStart = loadNow();
  if (loadAtStart > availableParallelism())
    say(
      `load average ${loadAtStart} on ${availableParallelism()} cores: figures will be unreliable`,
    );
  mkdirSync(resultsDir, { recursive: true });
  const dbPath = join(resultsDir, 'bench.db');

  say(`generating ${articleCount} articles into ${dbPath}…`);
  const { articlePaths, ...dataset } = await generateSite({
    path: dbPath,
    articles: articleCount,
    seed: settings.seed,
    sampleSize: rotatedArticles,
  });
  say(`generated in ${(dataset.ms / 1000).toFixed(1)} s (${Math.round(dataset.dbBytes / 1e6)} MB)`);
  if (whatIfSql) {
    say(`WHAT-IF: applying ${whatIfSql}`);
    applySql(dbPath, whatIfSql);
  }

  const startApp = async (env: Record<string, string> = {}) =>
    startServer({
      name: 'app',
      args: [...serverFlags, 'bin/constellation.js', 'serve'],
      cwd: root,
      env: {
        DATABASE_URL: dbPath,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        MEDIA_DIR: join(resultsDir, 'media'),
        ...env,
      },
      port: await freePort(),
      readyTimeoutMs: 20_000,
    });
  const app = await underTest(() => startApp());
  const rssAfterBootMb = app.current().rssMb() ?? null;

  // Every rotated article must be served with its related news, or the figure means nothing.
  const related = 'id="related-title"';
  const articlePath = articlePaths[0]!;
  const rotated = await app.measure(`article (${articlePaths.length} URLs)`, articlePaths, related);
  const single = await app.measure('article (1 URL)', [articlePath], related);
  const news = await app.measure('news list p1', [paths.news('fr')], 'class="card-grid"');
  const sector = await app.measure(
    'sector space',
    [paths.sector('fr', 'space')],
    'class="card-grid"',
  );
  // The ceiling serves a copy of the article page; if the app could not serve one, the first
  // page it did serve, else its not-found page padded to a typical article page's size.
  const notFound = await fetchPage(`${app.current().origin}/fr/bench-no-such-page`, '</html>', {
    status: 404,
  }).catch(() => undefined);
  await app.current().stop();
  // Every page rendered for each request: what a change (which empties the cache) costs. Fewer
  // connections: 64 would only queue behind the synchronous queries until the 10 s timeout.
  const uncached = await underTest(() => startApp({ PAGE_CACHE_MB: '0' }));
  const cold = await uncached.measure(
    `article, no page cache (${articlePaths.length} URLs, ${coldConnections} connections)`,
    articlePaths,
    related,
    coldConnections,
  );
  await uncached.current().stop();
  const source = [
    { name: 'article page', html: rotated.html ?? single.html },
    { name: 'news list page', html: news.html },
    { name: 'sector page', html: sector.html },
    {
      name: 'not-found page, padded because the app served no other page',
      html: notFound ? padTo(notFound.html, typicalArticleBytes) : null,
    },
  ].find((s): s is { name: string; html: string } => s.html !== null);
  const top = source
    ? await measureCeiling(source.html, articlePath)
    : failedRow(ceilingRoute, [articlePath], 'the app served no page to copy');

  const results = withCeilingShare(
    [rotated.row, single.row, news.row, sector.row, cold.row, top],
    top,
  );
  const article = results[0]!;
  // The RSS target is the served configuration's (with its page cache).
  const appPeaks = results.slice(0, 4).flatMap((r) => (r.peakRssMb === null ? [] : [r.peakRssMb]));
  const appPeak = appPeaks.length ? Math.max(...appPeaks) : null;
  return {
    date: new Date().toISOString(),
    machine: machine(loadAtStart),
    settings,
    serverFlags,
    dataset,
    whatIfSql,
    pageBytes: {
      article: rotated.html ? Buffer.byteLength(rotated.html) : null,
      ceiling: source ? Buffer.byteLength(source.html) : null,
      ceilingCopies: source?.name ?? null,
    },
    server: { rssAfterBootMb, peakRssMb: appPeak },
    results,
    targets: {
      articlePctOfCeiling: {
        target: '>= 50',
        value: article.pctOfCeiling,
        met: (article.pctOfCeiling ?? 0) >= 50,
      },
      articleCpuPctOfCeiling: {
        target: '>= 50',
        value: article.cpuPctOfCeiling,
        met: (article.cpuPctOfCeiling ?? 0) >= 50,
      },
      articleP99Ms: {
        target: '< 20',
        value: article.p99Ms,
        met: article.p99Ms !== null && article.p99Ms < 20,
      },
      peakRssMb: { target: '< 200', value: appPeak, met: appPeak !== null && appPeak < 200 },
    },
  };
}

process.once('exit', killAllServers);
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    say(`${signal}: stopping the servers`);
    killAllServers();
    process.exit(code);
  });
}
const overtime = setTimeout(() => {
  say(`over the ${budgetMs / 1000} s budget: giving up`);
  killAllServers();
  process.exit(1);
}, budgetMs);

try {
  const report = await main();
  // A what-if run never overwrites the committed baseline.
  const file = whatIfSql ? 'latest-what-if.json' : 'latest.json';
  writeFileSync(join(resultsDir, file), JSON.stringify(report, null, 2) + '\n');
  console.log(formatMachine(report));
  console.log();
  console.log(formatTable(report.results));
  console.log();
  console.log(JSON.stringify(report, null, 2));
  const failed = report.results.filter((r) => r.error).map((r) => r.route);
  if (failed.length) {
    say(`failed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
} catch (error) {
  say(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
} finally {
  clearTimeout(overtime);
  killAllServers();
}

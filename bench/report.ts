// The bench's output: the machine it ran on, one row per route, a plain-text table and the JSON
// saved as bench/results/latest.json.
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import type { GeneratedSite } from './generate.js';
import type { LoadResult } from './measure.js';

/** A route's figures; null when the route failed (see `error`). */
export type RouteRow = { [K in keyof LoadResult]: LoadResult[K] | null } & {
  route: string;
  /** The path loaded, or the first of the rotated paths. */
  path: string;
  distinctPaths: number;
  /** Duration of one GET of `path` before any load, with the server idle. */
  firstGetMs: number | null;
  /** Peak RSS of the serving process during this route's warm-up and run. */
  peakRssMb: number | null;
  pctOfCeiling: number | null;
  /** The ceiling's CPU ms per request over this route's: the share an idle machine would show. */
  cpuPctOfCeiling: number | null;
  error: string | null;
};

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started and ended: above `cores`, figures are unreliable. */
  loadAverage: { start: number; end: number };
}

export interface BenchReport {
  date: string;
  machine: Machine;
  settings: { connections: number; warmupSeconds: number; seconds: number; seed: number };
  /** Node flags the servers ran with (those of bin/constellation.js's shebang). */
  serverFlags: string[];
  dataset: Omit<GeneratedSite, 'articlePaths'>;
  /** SQL applied to the scratch database after generation (BENCH_WHAT_IF_SQL), else null. */
  whatIfSql: string | null;
  /** Size of the page the ceiling serves, and which app page it copies. */
  pageBytes: { article: number | null; ceiling: number | null; ceilingCopies: string | null };
  server: { rssAfterBootMb: number | null; peakRssMb: number | null };
  results: RouteRow[];
  targets: Record<
    'articlePctOfCeiling' | 'articleCpuPctOfCeiling' | 'articleP99Ms' | 'peakRssMb',
    Target
  >;
}

export interface Target {
  target: string;
  value: number | null;
  met: boolean;
}

/** The 1-minute load average, rounded. */
export const loadNow = () => Math.round(loadavg()[0]! * 10) / 10;

export function machine(loadAtStart = loadNow()): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    ramGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${release()}`,
    loadAverage: { start: loadAtStart, end: loadNow() },
  };
}

/** Fills each row's share of the ceiling row's throughput. */
export function withCeilingShare(rows: RouteRow[], ceiling: RouteRow): RouteRow[] {
  const share = (part: number | null, whole: number | null) =>
    part && whole ? Math.round((part / whole) * 1000) / 10 : null;
  return rows.map((row) => ({
    ...row,
    pctOfCeiling: share(row.reqPerSec, ceiling.reqPerSec),
    cpuPctOfCeiling: share(ceiling.cpuMsPerRequest, row.cpuMsPerRequest),
  }));
}

export function formatTable(rows: RouteRow[]): string {
  const header = [
    'route',
    'req/s',
    'p50 ms',
    'p99 ms',
    'peak RSS MB',
    '% of ceiling',
    'CPU ms/req',
    '% of ceiling by CPU',
  ];
  const cell = (value: number | null, suffix = '') => (value === null ? '–' : `${value}${suffix}`);
  const lines = rows.map((r) => [
    r.error ? `${r.route} FAILED` : r.route,
    cell(r.reqPerSec),
    cell(r.p50Ms),
    cell(r.p99Ms),
    cell(r.peakRssMb),
    cell(r.pctOfCeiling, '%'),
    cell(r.cpuMsPerRequest),
    cell(r.cpuPctOfCeiling, '%'),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  const notes = rows.filter((r) => r.error).map((r) => `${r.route}: ${r.error}`);
  return [row(header), rule, ...lines.map(row), ...(notes.length ? ['', ...notes] : [])].join('\n');
}

export function formatMachine(report: BenchReport): string {
  const m = report.machine;
  return (
    `${report.date} · ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM · Node ${m.node} · ${m.os}\n` +
    `load average ${m.loadAverage.start} at start, ${m.loadAverage.end} at end` +
    (Math.max(m.loadAverage.start, m.loadAverage.end) > m.cores
      ? ' — MORE THAN THE CORES: other processes compete, the figures are unreliable\n'
      : '\n') +
    `${report.settings.connections} connections, ${report.settings.warmupSeconds} s warm-up + ` +
    `${report.settings.seconds} s per route; node ${report.serverFlags.join(' ') || '(no flags)'}; ceiling page ` +
    (report.pageBytes.ceilingCopies
      ? `${report.pageBytes.ceiling} bytes (a copy of the ${report.pageBytes.ceilingCopies})`
      : 'not measured') +
    (report.whatIfSql ? `\nWHAT-IF, not the app as shipped: ${report.whatIfSql}` : '')
  );
}

// One load measurement with autocannon (a warm-up run, then the measured run), and the page
// fetches that check a route answers what we think before we load it.
import autocannon, { type Request } from 'autocannon';

export interface LoadOptions {
  origin: string;
  /** Paths to rotate through; each connection starts at a different place in the list. */
  paths: string[];
  connections: number;
  warmupSeconds: number;
  seconds: number;
  /** CPU time the server has used so far, in ms; read around the measured run. */
  serverCpuMs: () => number | undefined;
}

export interface LoadResult {
  /** Mean of the per-second counts of responses, as autocannon reports it. */
  reqPerSec: number;
  /** Latency percentiles in milliseconds (autocannon's histogram has 1 ms resolution). */
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  bytesPerRequest: number;
  /**
   * Server CPU time per response. Unlike req/s it does not depend on the CPU share the server
   * got, so it stays meaningful on a machine busy with other work.
   */
  cpuMsPerRequest: number | null;
  /** Connection errors (timeouts included), timeouts alone, and responses other than 2xx. */
  errors: number;
  timeouts: number;
  non2xx: number;
}

function rotated<T>(items: T[], offset: number): T[] {
  return [...items.slice(offset), ...items.slice(0, offset)];
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  const requests: Request[] = options.paths.map((path) => ({ method: 'GET', path }));
  let clients = 0;
  const spread = Math.max(1, Math.floor(requests.length / options.connections));
  const run = (seconds: number) =>
    autocannon({
      url: options.origin,
      connections: options.connections,
      duration: seconds,
      timeout: 10,
      requests,
      // Without this every connection would ask for the same article at the same moment.
      setupClient: (client) =>
        client.setRequests(rotated(requests, (clients++ * spread) % requests.length)),
    });
  await run(options.warmupSeconds);
  const cpuBefore = options.serverCpuMs();
  const result = await run(options.seconds);
  const cpuAfter = options.serverCpuMs();
  if (result.requests.total === 0 || result.non2xx === result.requests.total) {
    throw new Error(
      `no successful response: ${result.errors} errors (${result.timeouts} timeouts), ` +
        `status codes ${JSON.stringify(result.statusCodeStats)}`,
    );
  }
  return {
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requests: result.requests.total,
    bytesPerRequest: Math.round(result.throughput.total / result.requests.total),
    cpuMsPerRequest:
      cpuBefore === undefined || cpuAfter === undefined
        ? null
        : Math.round(((cpuAfter - cpuBefore) / result.requests.total) * 1000) / 1000,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** GETs a page, failing unless it answers `status` within `timeoutMs` with HTML containing `expect`. */
export async function fetchPage(
  url: string,
  expect: string,
  { timeoutMs = 5_000, status = 200 } = {},
): Promise<{ html: string; ms: number }> {
  const started = performance.now();
  let response: Response;
  let html: string;
  try {
    response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    html = await response.text();
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError')
      throw new Error(`GET ${url}: no answer within ${timeoutMs / 1000} s`, { cause: error });
    throw error;
  }
  if (response.status !== status) throw new Error(`GET ${url}: status ${response.status}`);
  if (!html.includes(expect)) throw new Error(`GET ${url}: the page lacks ${expect}`);
  return { html, ms: Math.round(performance.now() - started) };
}

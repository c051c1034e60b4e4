// Prometheus metrics (GET /metrics, issue 14 item 5) with prom-client: requests by route, method
// and status with their durations, the page cache, database queries and the PostgreSQL pool,
// background queue depths and webhook failures, and the process's own (memory, CPU, event loop).
// One registry per app, so tests (and several apps in one process) never share counters.
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PageStoreStats } from '../http/page-store.js';
import type { QueueDepths } from './ops.repository.js';

export interface MetricsSources {
  pageCache: () => PageStoreStats;
  queues: () => Promise<QueueDepths>;
  /** The PostgreSQL pool's clients; undefined on SQLite (one connection, no pool). */
  pool?: () => { total: number; idle: number; waiting: number } | undefined;
}

export interface Metrics {
  registry: Registry;
  /** Counts and times every request; mount first. */
  middleware: MiddlewareHandler;
  /** Called with each database query's duration (Kysely's log hook). */
  observeQuery: (kind: string, seconds: number, failed: boolean) => void;
  /** The exposition text and its content type. */
  render: () => Promise<{ body: string; contentType: string }>;
}

const durationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by route pattern, method and status.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern, method and status.',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: durationBuckets,
    registers: [registry],
  });
  const queries = new Histogram({
    name: 'db_query_duration_seconds',
    help: 'Database query durations, by statement kind (select, insert, update, delete, other).',
    labelNames: ['kind', 'outcome'] as const,
    buckets: durationBuckets,
    registers: [registry],
  });
  const cache = (name: string, help: string, pick: (s: PageStoreStats) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(pick(sources.pageCache()));
      },
    });
  cache(
    'page_cache_hits',
    'Page cache hits since the start (a counter read as a gauge).',
    (s) => s.hits,
  );
  cache('page_cache_misses', 'Page cache misses since the start.', (s) => s.misses);
  cache(
    'page_cache_evictions',
    'Pages evicted to stay within the memory budget.',
    (s) => s.evictions,
  );
  cache('page_cache_entries', 'Pages held in the cache.', (s) => s.entries);
  cache('page_cache_bytes', 'Bytes of pages held in the cache.', (s) => s.bytes);

  new Gauge({
    name: 'job_queue_depth',
    help: 'Background work waiting: webhook deliveries pending, media variants pending.',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      const depths = await sources.queues();
      this.set({ queue: 'webhook_deliveries' }, depths.webhookDeliveriesPending);
      this.set({ queue: 'media_variants' }, depths.mediaPending);
    },
  });
  new Gauge({
    name: 'webhook_deliveries_failed',
    help: 'Webhook deliveries that gave up after their last attempt (kept for the newsroom).',
    registers: [registry],
    async collect() {
      this.set((await sources.queues()).webhookDeliveriesFailed);
    },
  });
  new Gauge({
    name: 'db_pool_clients',
    help: 'PostgreSQL pool clients: total, idle, and requests waiting for one.',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const pool = sources.pool?.();
      if (!pool) return;
      this.set({ state: 'total' }, pool.total);
      this.set({ state: 'idle' }, pool.idle);
      this.set({ state: 'waiting' }, pool.waiting);
    },
  });

  const middleware: MiddlewareHandler = async (c, next) => {
    const end = durations.startTimer();
    try {
      await next();
    } finally {
      const route = routeLabel(c);
      const labels = { route, method: c.req.method, status: String(c.res.status) };
      requests.inc(labels);
      end(labels);
    }
  };

  return {
    registry,
    middleware,
    observeQuery: (kind, seconds, failed) =>
      queries.observe({ kind, outcome: failed ? 'error' : 'ok' }, seconds),
    render: async () => ({ body: await registry.metrics(), contentType: registry.contentType }),
  };
}

/** The statement kind of a SQL text, for the query histogram's label. */
export function statementKind(sqlText: string): string {
  const word = /^\s*(\w+)/.exec(sqlText)?.[1]?.toLowerCase() ?? '';
  return ['select', 'insert', 'update', 'delete', 'with'].includes(word) ? word : 'other';
}

/**
 * The route a request matched, as registered (« /fr/actualites/:slug »), never the raw path, so
 * labels stay bounded: the last matched route that is not a wildcard middleware (a page-cache hit
 * answers from a middleware, yet counts under its page's route); « unmatched » for none.
 */
function routeLabel(c: Context): string {
  const routes = matchedRoutes(c);
  for (let i = routes.length - 1; i >= 0; i--) {
    const path = routes[i]!.path;
    if (!path.endsWith('*')) return path;
  }
  return 'unmatched';
}

// /readyz and /metrics on every dialect: ready once migrated and reachable, 503 while draining,
// with migrations pending or the database gone; metrics behind their bearer token, counting
// requests by route pattern, database queries, the page cache and the queues.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { testServices } from '../../test/support/app.js';
import { makeSectors } from '../../test/support/factories.js';
import { createApp } from '../app.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { createMetrics, statementKind } from './metrics.js';
import { opsRepository } from './ops.repository.js';
import { metricsOnlyApp } from './ops.routes.js';

const token = 'a-metrics-token-of-32-characters';

describe.each(testDialects())('operations endpoints on $name', (dialect) => {
  let t: TestDatabase;
  let draining = false;
  let app: ReturnType<typeof createApp>;
  let metrics: ReturnType<typeof createMetrics>;

  beforeAll(async () => {
    t = await dialect.open();
    const { database } = t;
    await makeSectors(database);
    const services = testServices(database);
    metrics = createMetrics({
      pageCache: () => services.pages.stats(),
      queues: () => opsRepository(database.db).queueDepths(),
      pool: () => database.pool?.(),
    });
    app = createApp({
      config: { baseUrl: 'http://x', mediaDir: '/tmp' },
      services,
      database,
      logger: pino({ level: 'silent' }),
      ops: { database, metrics, metricsToken: token, draining: () => draining },
    });
  });
  afterAll(() => t.cleanup());

  it('is ready when migrated and reachable, and not while draining', async () => {
    const ready = await app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await ready.json()).toEqual({ status: 'ready', database: dialect.name });
    draining = true;
    const drained = await app.request('/readyz');
    expect(drained.status).toBe(503);
    expect(await drained.json()).toMatchObject({ status: 'draining' });
    draining = false;
  });

  it('keeps /metrics behind its bearer token', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Basic ${token}`, `Bearer ${token}x`]) {
      const res = await app.request('/metrics', {
        headers: authorization ? { authorization } : {},
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('Bearer');
    }
  });

  it('counts requests by route pattern, queries, the page cache and the queues', async () => {
    await app.request('/fr/actualites');
    await app.request('/fr/actualites');
    await app.request('/fr/actualites/no-such-article');
    metrics.observeQuery(statementKind('select 1'), 0.002, false);
    const res = await app.request('/metrics', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(
      /http_requests_total\{route="\/fr\/actualites",method="GET",status="200"\} 2/,
    );
    expect(text).toMatch(
      /http_requests_total\{route="\/fr\/actualites\/:slug",method="GET",status="404"\} 1/,
    );
    expect(text).toMatch(/http_request_duration_seconds_bucket\{le="0.005",route=/);
    expect(text).toMatch(/db_query_duration_seconds_count\{kind="select",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/page_cache_hits [1-9]/);
    expect(text).toMatch(/page_cache_misses [1-9]/);
    expect(text).toMatch(/job_queue_depth\{queue="webhook_deliveries"\} 0/);
    expect(text).toMatch(/job_queue_depth\{queue="media_variants"\} 0/);
    expect(text).toMatch(/webhook_deliveries_failed 0/);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
    if (dialect.name === 'postgres') expect(text).toMatch(/db_pool_clients\{state="total"\} \d+/);
  });

  it('serves /metrics without a token on the internal app only', async () => {
    const internal = metricsOnlyApp(metrics);
    expect((await internal.request('/metrics')).status).toBe(200);
    expect((await internal.request('/fr/')).status).toBe(404);
  });
});

describe('operations endpoints without configuration', () => {
  it('does not serve /metrics on the site without a token, and waits for migrations', async () => {
    const database = openDatabase(':memory:');
    const app = createApp({
      config: { baseUrl: 'http://x', mediaDir: '/tmp' },
      services: testServices(database),
      database,
      logger: pino({ level: 'silent' }),
      ops: { database },
    });
    const pending = await app.request('/readyz');
    expect(pending.status).toBe(503);
    const body = (await pending.json()) as { status: string; pending: string[] };
    expect(body.status).toBe('migrations pending');
    expect(body.pending.length).toBeGreaterThan(5);
    await migrateToLatest(database.db);
    expect((await app.request('/readyz')).status).toBe(200);
    expect((await app.request('/metrics')).status).toBe(404);
    await database.close();
    expect((await app.request('/readyz')).status).toBe(503);
  });

  it('reads statement kinds for the query histogram', () => {
    expect(statementKind('  SELECT * from x')).toBe('select');
    expect(statementKind('insert into x')).toBe('insert');
    expect(statementKind('pragma foreign_keys')).toBe('other');
  });
});

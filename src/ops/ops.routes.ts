// The operations endpoints beside /healthz: /readyz (ready for traffic: database reachable,
// migrations applied, not shutting down) and /metrics (Prometheus text, behind a bearer token
// on the public port, or alone on an internal port: see main.ts and the README).
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Database } from '../db/database.js';
import { pendingMigrations } from '../db/migrate.js';
import type { Metrics } from './metrics.js';

export interface OpsDeps {
  database: Pick<Database, 'db' | 'ping' | 'dialect'>;
  metrics?: Metrics | undefined;
  /** When set, /metrics answers on the site's port to `Authorization: Bearer <token>`. */
  metricsToken?: string | undefined;
  /** True once a shutdown began: /readyz answers 503 so the balancer stops sending traffic. */
  draining?: () => boolean;
}

const noStore = { 'Cache-Control': 'no-store' };

export function opsRoutes(deps: OpsDeps): Hono {
  const app = new Hono();
  app.get('/readyz', async (c) => {
    const { database } = deps;
    if (deps.draining?.())
      return c.json({ status: 'draining', database: database.dialect }, 503, noStore);
    try {
      await database.ping();
      const pending = await pendingMigrations(database.db);
      if (pending.length)
        return c.json(
          { status: 'migrations pending', database: database.dialect, pending },
          503,
          noStore,
        );
      return c.json({ status: 'ready', database: database.dialect }, 200, noStore);
    } catch {
      return c.json({ status: 'database unreachable', database: database.dialect }, 503, noStore);
    }
  });
  const { metrics, metricsToken } = deps;
  if (metrics && metricsToken) {
    app.get('/metrics', async (c) => {
      if (!bearerMatches(c.req.header('authorization'), metricsToken))
        return c.text('A bearer token is required for /metrics.\n', 401, {
          ...noStore,
          'WWW-Authenticate': 'Bearer realm="metrics"',
        });
      const { body, contentType } = await metrics.render();
      return c.body(body, 200, { ...noStore, 'Content-Type': contentType });
    });
  }
  return app;
}

/** The app an internal port serves: /metrics alone, without a token (bind it to a private address). */
export function metricsOnlyApp(metrics: Metrics): Hono {
  const app = new Hono();
  app.get('/metrics', async (c) => {
    const { body, contentType } = await metrics.render();
    return c.body(body, 200, { ...noStore, 'Content-Type': contentType });
  });
  return app;
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

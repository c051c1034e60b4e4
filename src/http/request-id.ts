// Request id and access log: reuses a sane incoming X-Request-Id, else makes one.
import type { MiddlewareHandler } from 'hono';
import { newId } from '../lib/id.js';
import type { Logger } from './logger.js';

export type RequestVars = { requestId: string; log: Logger };

export function requestLog(logger: Logger): MiddlewareHandler<{ Variables: RequestVars }> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : newId();
    const log = logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    const started = performance.now();
    await next();
    c.header('X-Request-Id', requestId);
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  };
}

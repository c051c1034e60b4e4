// API rate limiting per token (or per client address without one), with fixed windows counted
// in the database so every instance on PostgreSQL shares them. Each answer carries the policy
// and what is left as the IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers:
// `RateLimit-Policy: "reads";q=300;w=60`, `RateLimit: "reads";r=297;t=42`); past the quota,
// 429 `rate_limited` with Retry-After.
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors.js';
import { clientOf } from '../kernel/auth.js';
import type { ApiEnv } from './api.context.js';
import type { RateLimitService } from './rate-limit.service.js';

const reads = new Set(['GET', 'HEAD']);

/** The API middleware (after the token check, which tells whose quota a request spends). */
export function rateLimit(limits: RateLimitService): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const owner = c.get('tokenOwner');
    const read = reads.has(c.req.method);
    const count = await limits.count(read, owner ? { tokenId: owner.tokenId } : clientOf(c));
    c.header('RateLimit-Policy', `"${count.policy}";q=${count.quota};w=${count.windowSeconds}`);
    c.header('RateLimit', `"${count.policy}";r=${count.remaining};t=${count.reset}`);
    if (count.exceeded) {
      c.header('Retry-After', String(count.reset));
      throw new AppError(
        'rate_limited',
        `More than ${count.quota} ${read ? 'reads' : 'writes'} in ${count.windowSeconds} seconds; retry in ${count.reset} seconds.`,
      );
    }
    await next();
  };
}

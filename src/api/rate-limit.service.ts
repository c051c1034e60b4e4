// API rate limiting per token (or per client address without one): fixed windows counted in the
// database, so every instance on PostgreSQL shares them. The middleware is rate-limit.ts.
import type { RateLimitRepository } from './rate-limit.repository.js';

/** Requests allowed per window, by kind of request and caller. */
export interface RateLimitPolicy {
  windowSeconds: number;
  /** Reads (GET, HEAD) without a token, per client address. */
  anonymousReads: number;
  /** Reads with a token, per token. */
  tokenReads: number;
  /** Writes, per token (a write always carries one). */
  writes: number;
}

/**
 * A reader's page of the site makes a handful of API calls at most; an integration syncing the
 * directory pages through lists of 100. Writes are an editor's pace, or an import's in batches.
 */
export const defaultRateLimits: RateLimitPolicy = {
  windowSeconds: 60,
  anonymousReads: 300,
  tokenReads: 1200,
  writes: 120,
};

/** The count of one request against its quota. */
export interface RateLimitCount {
  policy: 'reads' | 'token-reads' | 'writes';
  quota: number;
  windowSeconds: number;
  remaining: number;
  /** Seconds until the window ends. */
  reset: number;
  exceeded: boolean;
}

export function rateLimitService(deps: {
  repo: RateLimitRepository;
  policy: RateLimitPolicy;
  now: () => Date;
}) {
  const { repo, policy } = deps;
  let swept = -1;
  return {
    /** Counts one request of a caller (a token id, else a client address). */
    async count(
      read: boolean,
      caller: { tokenId: string } | { ip: string },
    ): Promise<RateLimitCount> {
      const token = 'tokenId' in caller;
      const [name, quota] = read
        ? token
          ? (['token-reads', policy.tokenReads] as const)
          : (['reads', policy.anonymousReads] as const)
        : (['writes', policy.writes] as const);
      const key = `${name}:${token ? `token:${caller.tokenId}` : `ip:${caller.ip}`}`;
      const seconds = Math.floor(deps.now().getTime() / 1000);
      const windowStart = seconds - (seconds % policy.windowSeconds);
      const hits = await repo.hit(key, windowStart);
      // Once per window and instance, the windows before the last one are swept.
      if (swept !== windowStart) {
        swept = windowStart;
        await repo.deleteWindowsBefore(windowStart - policy.windowSeconds);
      }
      return {
        policy: name,
        quota,
        windowSeconds: policy.windowSeconds,
        remaining: Math.max(0, quota - hits),
        reset: windowStart + policy.windowSeconds - seconds,
        exceeded: hits > quota,
      };
    },
  };
}

export type RateLimitService = ReturnType<typeof rateLimitService>;

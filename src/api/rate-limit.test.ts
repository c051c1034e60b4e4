// API rate limiting on every dialect: quotas per address and per token, the RateLimit header
// fields, 429 with Retry-After, a count shared by two app instances over one database, and a new
// window starting afresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp, testServices } from '../../test/support/app.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeActor } from '../../test/support/editor.js';
import { testNow } from '../../test/support/factories.js';
import type { RateLimitPolicy } from './rate-limit.service.js';

const limits: RateLimitPolicy = { windowSeconds: 60, anonymousReads: 3, tokenReads: 5, writes: 2 };
const from = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });

describe.each(testDialects())('API rate limits on $name', (dialect) => {
  let t: TestDatabase;
  let clock = testNow.getTime();
  const now = () => new Date(clock);
  let apps: ReturnType<typeof makeApp>[];
  let token: string;

  beforeAll(async () => {
    t = await dialect.open();
    // Two instances over one database, as two processes behind a load balancer.
    apps = [0, 1].map(() => makeApp(t.database, { now, rateLimits: limits }));
    const actor = await makeActor(t.database, 'editor');
    token = (await testServices(t.database).apiTokens.createToken({ actorId: actor.id! }, 'limits'))
      .token;
  });
  afterAll(() => t.cleanup());

  const read = (i: number, ip: string, headers: Record<string, string> = {}) =>
    apps[i]!.request('/api/v1/sectors', { headers }, from(ip));

  it('counts anonymous reads per address across instances, then answers 429 with Retry-After', async () => {
    clock = Date.parse('2026-11-25T12:00:10Z');
    const first = await read(0, '10.0.0.1');
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toBe('"reads";q=3;w=60');
    expect(first.headers.get('ratelimit')).toBe('"reads";r=2;t=50');
    expect((await read(1, '10.0.0.1')).headers.get('ratelimit')).toBe('"reads";r=1;t=50');
    expect((await read(0, '10.0.0.1')).status).toBe(200);
    const refused = await read(1, '10.0.0.1');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('50');
    expect(JSON.stringify(await refused.json())).toContain('rate_limited');
    // Another address has its own quota.
    expect((await read(0, '10.0.0.2')).status).toBe(200);
    // The next window starts afresh.
    clock = Date.parse('2026-11-25T12:01:00Z');
    const next = await read(0, '10.0.0.1');
    expect(next.status).toBe(200);
    expect(next.headers.get('ratelimit')).toBe('"reads";r=2;t=60');
  });

  it('gives a token its own quotas for reads and for writes, whatever the address', async () => {
    clock = Date.parse('2026-11-25T13:00:00Z');
    const auth = { authorization: `Bearer ${token}` };
    for (let i = 0; i < 5; i++)
      expect((await read(i % 2, `10.1.0.${i}`, auth)).status, `read ${i}`).toBe(200);
    expect((await read(0, '10.1.0.9', auth)).status).toBe(429);
    const write = () =>
      apps[0]!.request(
        '/api/v1/articles',
        {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ translations: {} }),
        },
        from('10.1.0.1'),
      );
    const w1 = await write();
    expect(w1.status).not.toBe(429);
    expect(w1.headers.get('ratelimit-policy')).toBe('"writes";q=2;w=60');
    expect((await write()).status).not.toBe(429);
    expect((await write()).status).toBe(429);
  });
});

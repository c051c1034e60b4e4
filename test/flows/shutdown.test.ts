// A real `constellation serve` process: ready on /readyz, /metrics alone on its internal port,
// and on SIGTERM it stops accepting, finishes, and exits 0 well within 10 s.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe('constellation serve, stopped by SIGTERM', () => {
  const dir = mkdtempSync(join(tmpdir(), 'constellation-shutdown-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves /readyz and internal /metrics, then exits cleanly within 10 s', async () => {
    const [port, metricsPort] = [await freePort(), await freePort()];
    const child = spawn('node', ['bin/constellation.js', 'serve'], {
      env: {
        ...process.env,
        CONSTELLATION_FROM_SOURCE: '1',
        PORT: String(port),
        BASE_URL: `http://127.0.0.1:${port}`,
        HOST: '127.0.0.1',
        METRICS_PORT: String(metricsPort),
        DATABASE_URL: join(dir, 'site.db'),
        MEDIA_DIR: join(dir, 'media'),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      for (
        let i = 0;
        i < 600 && !log.includes('"msg":"metrics listening"') && child.exitCode === null;
        i++
      )
        await new Promise((r) => setTimeout(r, 100));
      expect(log).toContain('"msg":"listening"');

      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      await fetch(`http://127.0.0.1:${port}/fr/`);
      const metrics = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toMatch(
        /http_requests_total\{route="\/fr\/",method="GET",status="200"\} 1/,
      );
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);

      const started = Date.now();
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(log).toContain('"msg":"shutting down"');
      expect(log).toContain('"msg":"stopped"');
      await expect(fetch(`http://127.0.0.1:${port}/readyz`)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
    }
  }, 120_000);
});

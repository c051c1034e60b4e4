// A real HTTP receiver for webhook tests on 127.0.0.1 (random port): it keeps every request and
// answers as told — 204, an error status, or never (to test timeouts). verifyStandard checks a
// captured request with the Standard Webhooks reference library, as an integrator would.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { vi } from 'vitest';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type ReceiverMode = { status: number } | 'hang';

export async function startReceiver(mode: ReceiverMode = { status: 204 }) {
  const received: ReceivedRequest[] = [];
  let current = mode;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      if (current === 'hang') return;
      res.writeHead(current.status, { 'content-type': 'text/plain' });
      res.end(current.status >= 400 ? 'receiver says no' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/constellation`,
    received,
    setMode: (next: ReceiverMode) => void (current = next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on which nothing listens (a port opened then closed). */
export async function unreachableUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/nobody`;
}

/**
 * What the reference library's `Webhook.verify` makes of `request` when its clock (Date.now,
 * which it reads for the 5-minute window) says `at`: the parsed body, or the error it throws.
 */
export function verifyStandard(
  secret: string,
  request: Pick<ReceivedRequest, 'headers' | 'body'>,
  at: Date,
): { ok: true; payload: unknown } | { ok: false; error: string } {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers))
    if (typeof value === 'string') headers[name] = value;
  vi.useFakeTimers({ toFake: ['Date'], now: at });
  try {
    return { ok: true, payload: new Webhook(secret).verify(request.body, headers) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    vi.useRealTimers();
  }
}

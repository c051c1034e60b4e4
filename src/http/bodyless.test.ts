// A 304 or 204 leaves without the Content-Type the Node adapter would add.
import { createServer, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { dropBodylessContentType } from './bodyless.js';

/** One response written by `write` on a server bound to 127.0.0.1, as the client sees it. */
async function served(write: (res: ServerResponse) => void) {
  const server = createServer((_req, res) => {
    dropBodylessContentType(res);
    write(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<{ status: number; type: string | undefined }>((done, fail) => {
      request({ host: '127.0.0.1', port }, (res) => {
        res.resume();
        done({ status: res.statusCode ?? 0, type: res.headers['content-type'] });
      })
        .on('error', fail)
        .end();
    });
  } finally {
    server.close();
  }
}

describe('bodyless responses', () => {
  it('drops the adapter default Content-Type from a 304, keeps the validators', async () => {
    const res = await served((r) =>
      r.writeHead(304, { 'content-type': 'text/plain; charset=UTF-8', etag: '"x"' }).end(),
    );
    expect(res).toEqual({ status: 304, type: undefined });
  });

  it('keeps the Content-Type of a response with a body', async () => {
    const res = await served((r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>'));
    expect(res).toEqual({ status: 200, type: 'text/html' });
  });
});

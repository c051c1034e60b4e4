// The Node adapter (@hono/node-server) gives every response without a Content-Type a default
// `text/plain`, 304 and 204 included; those carry no body, and a 304's headers update the cached
// copy's (RFC 9110 §15.4.5), so the default would relabel a cached page as text. main.ts patches
// each response before the adapter writes it.
import type { ServerResponse } from 'node:http';

const bodyless = new Set([204, 304]);

/** Patches one response so a 204 or 304 leaves without Content-Type. */
export function dropBodylessContentType(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (
    status: number,
    ...rest: unknown[]
  ) => ServerResponse;
  res.writeHead = (status: number, ...rest: unknown[]) => {
    if (bodyless.has(status)) {
      res.removeHeader('content-type');
      for (const arg of rest)
        if (arg && typeof arg === 'object' && !Array.isArray(arg))
          for (const name of Object.keys(arg))
            if (name.toLowerCase() === 'content-type')
              delete (arg as Record<string, unknown>)[name];
    }
    return writeHead(status, ...rest);
  };
}

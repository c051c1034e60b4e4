// Static files (/assets, /media): cache headers, validators and byte ranges. Hono's serveStatic
// streams the bytes; it sends no ETag or Last-Modified and parses a Range header by hand (a
// range past the end answered 500), so conditional requests and ranges are answered here first,
// with range-parser (the parser Express's `send` uses) deciding what a Range header means.
import type { MiddlewareHandler } from 'hono';
import { createReadStream, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { getMimeType } from 'hono/utils/mime';
import parseRange from 'range-parser';

/**
 * Cache headers: a day, or a year and `immutable` for an address `immutable(path, v)` says names
 * its content (an asset whose `?v=` is the hash of its current bytes).
 */
export function cacheStaticFiles(
  immutable: (path: string, version: string | undefined) => boolean = () => false,
): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (![200, 206, 304].includes(c.res.status)) return;
    c.header(
      'Cache-Control',
      immutable(c.req.path, c.req.query('v'))
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=86400',
    );
  };
}

/** The file a static path names under root, or undefined (dot segments and odd paths refused). */
function fileOf(root: string, path: string): { path: string; stats: Stats } | undefined {
  if (path.includes('%') || path.includes('\\') || /(^|\/)\.\.?(\/|$)|\/\//.test(path))
    return undefined;
  const file = join(root, path);
  try {
    const stats = statSync(file);
    return stats.isFile() ? { path: file, stats } : undefined;
  } catch {
    return undefined;
  }
}

const etagOf = (stats: Stats) =>
  `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;

/** True when the client's copy is current (RFC 9110 §13.1.2: If-None-Match wins over the date). */
function isFresh(
  ifNoneMatch: string | undefined,
  ifModifiedSince: string | undefined,
  etag: string,
  mtime: Date,
) {
  if (ifNoneMatch !== undefined)
    return ifNoneMatch.split(',').some((tag) => {
      const t = tag.trim();
      return t === '*' || t.replace(/^W\//, '') === etag.replace(/^W\//, '');
    });
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(mtime.getTime() / 1000) * 1000 <= since;
}

/**
 * Validators, 304 and ranges for the files under root (the request path rewritten to the file's
 * path). Without a Range header, and for anything but a file, the next handler serves.
 */
export function staticValidators(
  root: string,
  rewrite: (path: string) => string,
): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const file = fileOf(root, rewrite(c.req.path));
    if (!file) return next();
    const { stats } = file;
    const etag = etagOf(stats);
    c.header('ETag', etag);
    c.header('Last-Modified', stats.mtime.toUTCString());
    c.header('Accept-Ranges', 'bytes');
    if (
      isFresh(c.req.header('if-none-match'), c.req.header('if-modified-since'), etag, stats.mtime)
    ) {
      // A 304 carries the validators, never a body's content type.
      c.res.headers.delete('Content-Type');
      return c.body(null, 304);
    }
    const header = c.req.header('range');
    if (header === undefined || c.req.method === 'HEAD') return next();
    // If-Range naming another version asks for the whole file (RFC 9110 §13.1.5).
    const ifRange = c.req.header('if-range');
    const current =
      ifRange === undefined || ifRange === etag || ifRange === stats.mtime.toUTCString();
    const ranges =
      current && stats.size > 0 ? parseRange(stats.size, header, { combine: true }) : -2;
    if (ranges === -1) {
      c.header('Content-Range', `bytes */${stats.size}`);
      return c.body(null, 416);
    }
    // A malformed header is ignored, and several ranges are answered with the whole file (a
    // multipart/byteranges body buys a reader of images and stylesheets nothing). Either way the
    // file is sent from here: serveStatic would parse the Range header again.
    const one =
      ranges !== -2 && ranges.type === 'bytes' && ranges.length === 1 ? ranges[0] : undefined;
    const { start, end } = one ?? { start: 0, end: stats.size - 1 };
    c.header('Content-Type', getMimeType(file.path) ?? 'application/octet-stream');
    c.header('Content-Length', String(end - start + 1));
    if (one) c.header('Content-Range', `bytes ${start}-${end}/${stats.size}`);
    if (stats.size === 0) return c.body(null, 200);
    const stream = Readable.toWeb(createReadStream(file.path, { start, end }));
    return c.body(stream as ReadableStream, one ? 206 : 200);
  };
}

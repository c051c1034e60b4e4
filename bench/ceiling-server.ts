// The framework ceiling: Hono on @hono/node-server with the app's security headers, serving one
// fixed in-memory page (CEILING_PAGE, a file) on every path. No database, no rendering, so the
// app's routes can be read as a share of what the stack itself can do at that page size.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { readFileSync } from 'node:fs';
import { publicCacheControl } from '../src/http/cache.js';
import { securityHeaders } from '../src/http/security.js';

const pageFile = process.env.CEILING_PAGE;
if (!pageFile) throw new Error('CEILING_PAGE must name the HTML file to serve');
const page = readFileSync(pageFile, 'utf8');
const port = Number(process.env.PORT ?? 3100);

const app = new Hono();
app.use(securityHeaders());
app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));
app.get('*', (c) => c.html(page, 200, { 'Cache-Control': publicCacheControl }));

const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
const shutdown = () => server.close(() => process.exit(0));
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);

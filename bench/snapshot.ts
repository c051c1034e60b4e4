// Behaviour snapshot for refactors: serves the demo content in process (SQLite in memory, fixed
// clock), fetches every sitemap URL, every API list and every API entry found in them, and
// writes status, content type and body of each to one JSON file. Two snapshots taken before and
// after a change are compared with `diff`. Identifiers and the seed's own timestamps are
// normalised (ids are random, the seed writes the wall-clock time); nothing else is.
// Usage: node --import tsx bench/snapshot.ts OUT.json
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { buildSite } from './snapshot-site.js';

const out = process.argv[2];
if (!out) throw new Error('usage: bench/snapshot.ts OUT.json');
const now = () => new Date('2026-11-25T12:00:00.000Z');
const started = new Date().toISOString().slice(0, 10);

const mediaDir = await mkdtemp(join(tmpdir(), 'constellation-snapshot-'));
const database = openDatabase(':memory:');
await migrateToLatest(database.db);
const app = await buildSite(database, mediaDir, now);

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const stamp = new RegExp(`${started}T\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z`, 'g');
function normalise(body: string): string {
  const ids = new Map<string, string>();
  return body
    .replace(uuid, (id) => {
      if (!ids.has(id)) ids.set(id, `#${ids.size + 1}`);
      return `<id${ids.get(id)}>`;
    })
    .replace(stamp, '<seed-time>')
    .replace(/DTSTAMP:\d{8}T\d{6}Z/g, 'DTSTAMP:<wall-clock>')
    .replace(/"next_cursor":"[^"]+"/g, (c) => {
      const raw = Buffer.from(c.slice(15, -1), 'base64url').toString();
      return `"next_cursor":${JSON.stringify(raw.replace(uuid, '<id>'))}`;
    });
}

const results: Record<string, { status: number; type: string | null; body: string }> = {};
async function take(path: string, key = path): Promise<string> {
  const res = await app.request(path);
  const body = await res.text();
  results[key] = {
    status: res.status,
    type: res.headers.get('content-type'),
    body: normalise(body),
  };
  return body;
}

const sitemap = await take('/sitemap.xml');
const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
for (const path of new Set(urls)) await take(path);
for (const path of [
  '/robots.txt',
  '/fr/feed.xml',
  '/en/feed.json',
  '/fr/recherche?q=liege',
  '/api/v1/search?q=space',
  '/en/search/suggestions?q=kaza',
  '/fr/agenda/delegation-asie-centrale-2025.ics',
  '/fr/ecosysteme',
  '/nowhere',
])
  await take(path);

const doc = JSON.parse(await take('/api/v1/openapi.json')) as {
  paths: Record<string, { get?: unknown }>;
};
for (const [path, item] of Object.entries(doc.paths)) {
  if (!item.get || path.includes('{')) continue;
  const body = await take(`/api/v1${path}?limit=100`);
  if (!path.match(/^\/(articles|organisations|people|events|projects|sectors)$/)) continue;
  const list = JSON.parse(body) as { items?: { id?: string; slug?: string }[] };
  for (const [i, entry] of (list.items ?? []).entries()) {
    if (!entry.id) continue;
    await take(`/api/v1${path}/${entry.id}`, `/api/v1${path}/[${i}]`);
    await take(`/api/v1${path}/${entry.id}?locale=en`, `/api/v1${path}/[${i}]?locale=en`);
    if (entry.slug) await take(`/api/v1${path}/${entry.slug}`);
  }
  await take(`/api/v1${path}?limit=5&locale=en`);
}

await writeFile(out, JSON.stringify(results, null, 1));
console.log(`${Object.keys(results).length} responses written to ${out}`);
await database.close();
await rm(mediaDir, { recursive: true, force: true });

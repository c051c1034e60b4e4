// The page store's bounds and invalidation: LRU by bytes and entries, TTL, generations, renders
// in flight.
import { describe, expect, it } from 'vitest';
import { createPageStore, type StoredPage } from './page-store.js';

const page = (bytes: number, storedAt = 0): StoredPage => ({
  body: new Uint8Array(bytes),
  headers: [['content-type', 'text/html; charset=UTF-8']],
  etag: '"x"',
  storedAt,
});

describe('page store', () => {
  it('evicts the least recently used pages beyond its byte bound', () => {
    const store = createPageStore({ maxBytes: 35_000, maxEntryBytes: 20_000 });
    expect(store.set('/fr/a', page(10_000), 0)).toBe(true);
    expect(store.set('/fr/b', page(10_000), 0)).toBe(true);
    expect(store.set('/fr/c', page(10_000), 0)).toBe(true);
    // /fr/a read again becomes the most recent: /fr/b is the one to go.
    expect(store.get('/fr/a', 1)).toBeDefined();
    expect(store.set('/fr/d', page(10_000), 0)).toBe(true);
    expect(store.get('/fr/b', 1)).toBeUndefined();
    expect(store.get('/fr/a', 1)).toBeDefined();
    expect(store.get('/fr/c', 1)).toBeDefined();
    expect(store.get('/fr/d', 1)).toBeDefined();
    expect(store.stats()).toMatchObject({ entries: 3, evictions: 1 });
    expect(store.stats().bytes).toBeLessThanOrEqual(35_000);
    expect(store.stats().bytes).toBeGreaterThan(30_000);
  });

  it('keeps at most maxEntries pages and refuses one larger than maxEntryBytes', () => {
    const store = createPageStore({ maxEntries: 2, maxEntryBytes: 1_000 });
    store.set('/fr/a', page(10), 0);
    store.set('/fr/b', page(10), 0);
    store.set('/fr/c', page(10), 0);
    expect(store.stats().entries).toBe(2);
    expect(store.get('/fr/a', 0)).toBeUndefined();
    expect(store.set('/fr/big', page(1_001), 0)).toBe(false);
    expect(store.get('/fr/big', 0)).toBeUndefined();
  });

  it('keeps nothing with a zero byte bound, and shrinks when the bound is lowered', () => {
    const store = createPageStore();
    store.set('/fr/a', page(10_000), 0);
    store.set('/fr/b', page(10_000), 0);
    store.setLimits({ maxBytes: 15_000 });
    expect(store.get('/fr/a', 0)).toBeUndefined();
    expect(store.get('/fr/b', 0)).toBeDefined();
    store.setLimits({ maxBytes: 0 });
    expect(store.stats()).toMatchObject({ entries: 0, bytes: 0 });
    expect(store.set('/fr/c', page(1), 0)).toBe(false);
  });

  it('forgets a page once it is as old as the TTL', () => {
    const store = createPageStore({ ttlMs: 60_000 });
    store.set('/fr/a', page(10, 1_000), 0);
    expect(store.get('/fr/a', 60_999)).toBeDefined();
    expect(store.get('/fr/a', 61_000)).toBeUndefined();
    expect(store.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('drops every page on contentChanged and refuses a render begun before it', () => {
    const store = createPageStore();
    const before = store.generation();
    store.set('/fr/a', page(10), before);
    store.contentChanged();
    expect(store.get('/fr/a', 0)).toBeUndefined();
    expect(store.stats()).toMatchObject({ entries: 0, bytes: 0, generation: before + 1 });
    // A render that read the old generation finished after the write: its page is stale.
    expect(store.set('/fr/a', page(10), before)).toBe(false);
    expect(store.set('/fr/a', page(10), store.generation())).toBe(true);
  });

  it('lets concurrent misses wait for one render, never across a change', async () => {
    const store = createPageStore();
    expect(store.inFlight('/fr/a')).toBeUndefined();
    const done = store.beginRender('/fr/a');
    const waiting = store.inFlight('/fr/a');
    expect(waiting).toBeDefined();
    const rendered = page(10);
    done(rendered);
    expect(await waiting).toBe(rendered);
    expect(store.inFlight('/fr/a')).toBeUndefined();

    store.beginRender('/fr/b');
    store.contentChanged();
    expect(store.inFlight('/fr/b')).toBeUndefined();
  });
});

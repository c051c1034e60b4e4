// The in-memory store of rendered public pages: an LRU bounded in bytes and in entries, a TTL,
// and a generation counter that contentChanged() moves on, dropping every page at once. One store
// per database handle, so that every Services built over it in a process (the app, the scheduler,
// the seed, the CLI) invalidates the pages the app serves.
// Hand-written on a Map rather than lru-cache: that library's bounds are fixed when it is built
// (setLimits changes ours, and maxSize 0 means "unbounded" there, "keep nothing" here), and its
// TTL runs on its own clock with age > ttl, where ours runs on the app's clock that tests drive.

/** A rendered 200 response, kept with the strong ETag computed once from its body. */
export interface StoredPage {
  body: Uint8Array<ArrayBuffer>;
  /** Response headers as rendered (no Set-Cookie, no per-request ones). */
  headers: [string, string][];
  etag: string;
  /** The body compressed once when kept (brotli, gzip), chosen per request by Accept-Encoding. */
  encoded?: { br: Uint8Array<ArrayBuffer>; gzip: Uint8Array<ArrayBuffer> };
  /** When it was rendered (ms since the epoch, by the app's clock). */
  storedAt: number;
}

export interface PageStoreLimits {
  maxBytes: number;
  maxEntries: number;
  /** Larger pages are served but not kept. */
  maxEntryBytes: number;
  /** Equal to the public Cache-Control max-age: what we already accept as staleness. */
  ttlMs: number;
}

export const defaultPageStoreLimits: PageStoreLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxEntries: 10_000,
  maxEntryBytes: 2 * 1024 * 1024,
  ttlMs: 60_000,
};

export interface PageStoreStats {
  entries: number;
  bytes: number;
  generation: number;
  hits: number;
  misses: number;
  evictions: number;
}

export interface PageStore {
  /** The page under `key` if it is younger than the TTL at `nowMs`; it becomes most recent. */
  get(key: string, nowMs: number): StoredPage | undefined;
  /** Keeps `page` unless content changed since `generation` was read; false when not kept. */
  set(key: string, page: StoredPage, generation: number): boolean;
  /** The current generation: read it before rendering, hand it to set() after. */
  generation(): number;
  /** Called after every committed write that can change a public page: forgets every page. */
  contentChanged(): void;
  /** The render of `key` in progress in this generation, for concurrent misses to wait on. */
  inFlight(key: string): Promise<StoredPage | undefined> | undefined;
  /** Registers a render of `key`; call the returned function with its result (or undefined). */
  beginRender(key: string): (page: StoredPage | undefined) => void;
  stats(): PageStoreStats;
  /** Changes the bounds (from the configuration), evicting what no longer fits. */
  setLimits(limits: Partial<PageStoreLimits>): void;
}

/** Bytes a page holds in memory, roughly: body, key and header text (UTF-16 strings). */
function sizeOf(key: string, page: StoredPage): number {
  let size =
    page.body.byteLength +
    (page.encoded ? page.encoded.br.byteLength + page.encoded.gzip.byteLength : 0) +
    2 * (key.length + page.etag.length) +
    64;
  for (const [name, value] of page.headers) size += 2 * (name.length + value.length) + 32;
  return size;
}

export function createPageStore(limits: Partial<PageStoreLimits> = {}): PageStore {
  let { maxBytes, maxEntries, maxEntryBytes, ttlMs } = { ...defaultPageStoreLimits, ...limits };
  // A Map iterates in insertion order: re-inserting on a hit keeps the least recent first.
  const pages = new Map<string, { page: StoredPage; size: number }>();
  const flights = new Map<
    string,
    { generation: number; result: Promise<StoredPage | undefined> }
  >();
  let bytes = 0;
  let generation = 0;
  const counts = { hits: 0, misses: 0, evictions: 0 };

  const remove = (key: string) => {
    const entry = pages.get(key);
    if (!entry) return;
    pages.delete(key);
    bytes -= entry.size;
  };
  const evict = () => {
    for (const oldest of pages.keys()) {
      if (bytes <= maxBytes && pages.size <= maxEntries) break;
      remove(oldest);
      counts.evictions += 1;
    }
  };

  return {
    get(key, nowMs) {
      const entry = pages.get(key);
      if (!entry || nowMs - entry.page.storedAt >= ttlMs || nowMs < entry.page.storedAt) {
        if (entry) remove(key);
        counts.misses += 1;
        return undefined;
      }
      pages.delete(key);
      pages.set(key, entry);
      counts.hits += 1;
      return entry.page;
    },

    set(key, page, readGeneration) {
      if (readGeneration !== generation) return false;
      const size = sizeOf(key, page);
      if (page.body.byteLength > maxEntryBytes || size > maxBytes) return false;
      remove(key);
      pages.set(key, { page, size });
      bytes += size;
      evict();
      return true;
    },

    generation: () => generation,

    contentChanged() {
      generation += 1;
      pages.clear();
      flights.clear();
      bytes = 0;
    },

    inFlight(key) {
      const flight = flights.get(key);
      return flight && flight.generation === generation ? flight.result : undefined;
    },

    beginRender(key) {
      let settle: (page: StoredPage | undefined) => void = () => undefined;
      const result = new Promise<StoredPage | undefined>((resolve) => (settle = resolve));
      const flight = { generation, result };
      flights.set(key, flight);
      return (page) => {
        if (flights.get(key) === flight) flights.delete(key);
        settle(page);
      };
    },

    stats: () => ({ entries: pages.size, bytes, generation, ...counts }),

    setLimits(next) {
      ({ maxBytes, maxEntries, maxEntryBytes, ttlMs } = {
        ...{ maxBytes, maxEntries, maxEntryBytes, ttlMs },
        ...next,
      });
      evict();
    },
  };
}

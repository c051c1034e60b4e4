// Detection on worker threads for `detect --all`: the archive's texts are detected on every core
// while the main thread writes what was found. One worker per core; on one core, or when a
// worker cannot start or fails, detection runs in-process (the threads are an optimisation,
// never a requirement — as for the search reindex's normaliser).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { detectEntities, type Detection } from './detect.js';
import type { KnownEntities } from './known-entities.js';
import { buildMatcher, type Matcher } from './matcher.js';

export interface DetectPool {
  detect(texts: { locale: string; text: string }[]): Promise<Detection[]>;
  close(): Promise<void>;
  /** How many worker threads detect (0: in this thread, by choice or after a failure). */
  threads(): number;
}

/** Detection in this thread, one matcher per language. */
export function inProcessDetection(known: KnownEntities): DetectPool {
  const matchers = new Map<string, Matcher>();
  return {
    detect: (texts) =>
      Promise.resolve(
        texts.map(({ locale, text }) => {
          let matcher = matchers.get(locale);
          if (!matcher) matchers.set(locale, (matcher = buildMatcher(known, locale)));
          return detectEntities(matcher, text);
        }),
      ),
    close: () => Promise.resolve(),
    threads: () => 0,
  };
}

/** The worker boots through tsx when the sources are TypeScript (see search/normalise.pool.ts). */
function bootstrap(entry: URL): string {
  return entry.pathname.endsWith('.ts')
    ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`
    : `import(${JSON.stringify(entry.href)});`;
}

export function startDetectPool(known: KnownEntities, size = availableParallelism()): DetectPool {
  const local = inProcessDetection(known);
  if (size < 2) return local;
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  const entry = new URL(`./detect.worker.${ext}`, import.meta.url);
  const workers: Worker[] = [];
  let failed = false;
  let next = 0;
  const waiting = new Map<
    number,
    { texts: { locale: string; text: string }[]; resolve: (d: Detection[]) => void }
  >();
  const fallBack = () => {
    failed = true;
    for (const job of waiting.values()) void local.detect(job.texts).then(job.resolve);
    waiting.clear();
  };
  try {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(bootstrap(entry), { eval: true });
      worker.on('message', (message: { id: number; detections: Detection[] }) => {
        waiting.get(message.id)?.resolve(message.detections);
        waiting.delete(message.id);
      });
      worker.on('error', fallBack);
      worker.on('exit', (code) => code !== 0 && fallBack());
      worker.postMessage({ kind: 'known', known });
      workers.push(worker);
    }
  } catch {
    for (const w of workers) void w.terminate();
    return local;
  }
  const one = (texts: { locale: string; text: string }[]): Promise<Detection[]> => {
    if (failed) return local.detect(texts);
    const id = next++;
    const worker = workers[id % workers.length]!;
    return new Promise((resolve) => {
      waiting.set(id, { texts, resolve });
      worker.postMessage({ kind: 'detect', id, texts });
    });
  };
  return {
    async detect(texts) {
      // Split across the workers so each core has its share of the batch.
      const share = Math.ceil(texts.length / workers.length);
      const parts: { locale: string; text: string }[][] = [];
      for (let i = 0; i < texts.length; i += share) parts.push(texts.slice(i, i + share));
      return (await Promise.all(parts.map(one))).flat();
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
    threads: () => (failed ? 0 : workers.length),
  };
}

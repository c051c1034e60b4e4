// Normalising off the main thread during a full reindex, so reading, normalising and writing
// overlap on two cores. Small rebuilds (and one-core machines) normalise in-process, and so does
// a rebuild whose worker fails: the thread is an optimisation, never a requirement.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { toIndexDocument, type SourceDocument } from './search.documents.js';
import type { NewSearchDocument } from './search.repository.js';

export interface Normaliser {
  normalise(docs: SourceDocument[]): Promise<NewSearchDocument[]>;
  close(): Promise<void>;
}

export const inProcessNormaliser: Normaliser = {
  normalise: (docs) => Promise.resolve(docs.map(toIndexDocument)),
  close: () => Promise.resolve(),
};

/**
 * The worker boots through tsx when the sources are TypeScript: on Node 20 a worker's entry
 * file is loaded before `--import` hooks apply, so the loader is registered first, in plain JS.
 */
function bootstrap(entry: URL): string {
  return entry.pathname.endsWith('.ts')
    ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`
    : `import(${JSON.stringify(entry.href)});`;
}

export function startNormaliser(): Normaliser {
  if (availableParallelism() < 2) return inProcessNormaliser;
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  const entry = new URL(`./normalise.worker.${ext}`, import.meta.url);
  let worker: Worker | undefined;
  try {
    worker = new Worker(bootstrap(entry), { eval: true });
  } catch {
    return inProcessNormaliser;
  }
  let next = 0;
  const waiting = new Map<
    number,
    { docs: SourceDocument[]; resolve: (docs: NewSearchDocument[]) => void }
  >();
  const fallBack = () => {
    worker = undefined;
    for (const job of waiting.values()) job.resolve(job.docs.map(toIndexDocument));
    waiting.clear();
  };
  worker.on('message', (message: { id: number; docs: NewSearchDocument[] }) => {
    waiting.get(message.id)?.resolve(message.docs);
    waiting.delete(message.id);
  });
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  return {
    normalise(docs) {
      if (!worker) return inProcessNormaliser.normalise(docs);
      const id = next++;
      const target = worker;
      return new Promise((resolve) => {
        waiting.set(id, { docs, resolve });
        target.postMessage({ id, docs });
      });
    },
    async close() {
      const target = worker;
      worker = undefined;
      if (target) await target.terminate();
    },
  };
}

// The relevance part of the search benchmark: the demo content in a fresh database of each engine
// (SQLite in memory; PostgreSQL too when TEST_DATABASE_URL names a server to create one on), the
// relevance set run against it, nDCG@5 and the share of first results printed per engine.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../src/services.js';
import { seedDemoContent } from '../src/seed/seed.js';
import { testDialects } from '../test/support/dialects.js';
import { describeRelevance, measureRelevance, relevanceTargets } from './relevance.js';

/** The day the demo content is read on (as in the tests). */
const demoNow = () => new Date('2026-11-25T12:00:00.000Z');

export interface RelevanceFigures {
  engine: string;
  queries: number;
  ndcgAt5: number;
  firstShare: number;
  met: boolean;
}

export async function benchRelevance(): Promise<RelevanceFigures[]> {
  const out: RelevanceFigures[] = [];
  const orders: string[][][] = [];
  for (const dialect of testDialects()) {
    const { database, cleanup } = await dialect.open();
    const mediaDir = await mkdtemp(join(tmpdir(), 'constellation-relevance-'));
    try {
      const services = createServices({
        database,
        baseUrl: 'http://localhost:3000',
        mediaDir,
        now: demoNow,
      });
      await seedDemoContent(database, services, mediaDir);
      const run = await measureRelevance(services.search);
      orders.push(run.queries.map((q) => q.ranked));
      console.log(`\nSearch relevance on ${dialect.name}:\n${describeRelevance(run)}`);
      out.push({
        engine: dialect.name,
        queries: run.queries.length,
        ndcgAt5: Math.round(run.ndcg * 1000) / 1000,
        firstShare: Math.round(run.firstShare * 1000) / 1000,
        met: run.ndcg >= relevanceTargets.ndcgAt5 && run.firstShare >= relevanceTargets.firstShare,
      });
    } finally {
      await cleanup();
      await rm(mediaDir, { recursive: true, force: true });
    }
  }
  if (orders.length > 1) {
    const same = orders.every((o) => JSON.stringify(o) === JSON.stringify(orders[0]));
    console.log(`Same order on every engine: ${same ? 'yes' : 'NO'}`);
  }
  return out;
}

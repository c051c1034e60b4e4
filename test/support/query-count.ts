// Counts the statements a Kysely instance sends, to check that a page of N items is read in a
// fixed number of queries rather than one (or more) per item.
import type { Kysely, KyselyPlugin } from 'kysely';

export function countQueries<DB>(db: Kysely<DB>) {
  let count = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      count += 1;
      return args.node;
    },
    transformResult: (args) => Promise.resolve(args.result),
  };
  return {
    db: db.withPlugin(plugin),
    /** The statements sent while `run` ran. */
    async during(run: () => Promise<unknown>): Promise<number> {
      const before = count;
      await run();
      return count - before;
    },
  };
}

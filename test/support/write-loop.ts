// A writer in its own process, as a serving site is: inserts sectors `written-1`, `written-2`…
// into DATABASE (argv[2]) and prints each number once its transaction has committed. It stops
// when its standard input closes, after 20,000 writes or after 60 seconds, whichever comes first.
import { setImmediate } from 'node:timers/promises';
import { openDatabase } from '../../src/db/database.js';
import { sectorRepository } from '../../src/sectors/sector.repository.js';

const url = process.argv[2];
if (!url) {
  console.error('Usage: write-loop.ts DATABASE (a SQLite file or a postgres:// URL)');
  process.exit(2);
}
const database = openDatabase(url);
const repo = sectorRepository(database.db);
let stopped = false;
process.stdin.on('end', () => (stopped = true)).resume();
const deadline = Date.now() + 60_000;
for (let n = 1; !stopped && n <= 20_000 && Date.now() < deadline; n++) {
  await repo.insertSector(
    {
      slug: `written-${n}`,
      position: 100 + n,
      translations: {
        fr: { name: `Écrit ${n}`, description: '' },
        en: { name: `Written ${n}`, description: '' },
      },
    },
    new Date().toISOString(),
  );
  process.stdout.write(`${n}\n`);
  await setImmediate(); // lets the end of standard input be heard
}
await database.close();

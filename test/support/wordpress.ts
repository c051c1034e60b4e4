// WordPress import test helpers: an uploads folder with the fixture's image files (generated,
// not shipped), a media folder, and services over a test database that store media there.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/db/database.js';
import { makeTestImage } from './images.js';
import { testServices } from './app.js';

export const wordpressFixtures = fileURLToPath(new URL('../fixtures/wordpress/', import.meta.url));
export const fixture = (name: string) => join(wordpressFixtures, name);

/** An uploads folder holding the files site.xml refers to (but absente.jpg), and a media folder. */
export async function makeUploads(): Promise<{ uploads: string; media: string }> {
  const root = await mkdtemp(join(tmpdir(), 'constellation-wp-'));
  const uploads = join(root, 'uploads');
  await mkdir(join(uploads, '2025/11'), { recursive: true });
  await mkdir(join(uploads, '2025/10'), { recursive: true });
  await writeFile(join(uploads, '2025/11/station-redu.jpg'), await makeTestImage('jpeg', 640, 480));
  await writeFile(join(uploads, '2025/10/schema-orbite.png'), await makeTestImage('png', 320, 240));
  // An SVG carrying a script: the media library refuses SVG files.
  await writeFile(
    join(uploads, '2025/11/logo.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  );
  // A file outside the uploads folder that an export's path tries to reach.
  await writeFile(join(root, 'secret.txt'), 'not for the media library');
  return { uploads, media: join(root, 'media') };
}

export function importServices(database: Database, mediaDir: string) {
  return testServices(database, { mediaDir });
}

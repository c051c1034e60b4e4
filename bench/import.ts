// The import benchmark: a generated WordPress export of 10,000 posts and 2,000 attachments (small
// JPEGs in an uploads folder), imported into a scratch SQLite file; reports the time, the peak
// RSS of the process and the counts. Usage: npm run bench:import (IMPORT_BENCH_POSTS=N and
// IMPORT_BENCH_ATTACHMENTS=N to change the size).
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import sharp from 'sharp';
import { createServices } from '../src/services.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { importWordpress } from '../src/import/wordpress.import.js';
import { sectorRepository } from '../src/sectors/sector.repository.js';
import { seededRandom } from './prng.js';
import { machine } from './report.js';

const posts = Number(process.env.IMPORT_BENCH_POSTS ?? 10_000);
const attachments = Number(process.env.IMPORT_BENCH_ATTACHMENTS ?? 2_000);
const dir = 'bench/results/import';
const targets = { seconds: 60, peakRssMb: 300 };
const words = [
  'satellite',
  'antenne',
  'orbite',
  'drone',
  'lanceur',
  'radar',
  'capteur',
  'station',
  'mission',
  'essai',
  'moteur',
  'composite',
  'hélice',
  'cluster',
  'Liège',
  'Redu',
  'Charleroi',
];

async function generate(path: string): Promise<void> {
  const random = seededRandom(20261207);
  const pick = () => random.pick(words);
  const sentence = (n: number) => Array.from({ length: n }, pick).join(' ');
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Banc d'essai</title><link>https://banc.example.org</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://banc.example.org</wp:base_site_url>
<wp:author><wp:author_login>redaction</wp:author_login><wp:author_display_name>La rédaction</wp:author_display_name></wp:author>
${['aero', 'space', 'drone', 'defence'].map((s) => `<wp:category><wp:category_nicename>${s}</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>${s}</wp:cat_name></wp:category>`).join('\n')}
`);
  for (let i = 1; i <= attachments; i++) {
    const file = `2025/${String((i % 12) + 1).padStart(2, '0')}/image-${i}.jpg`;
    await write(
      `<item><title>Image ${i}</title><link>https://banc.example.org/?attachment_id=${100000 + i}</link><wp:post_id>${100000 + i}</wp:post_id><wp:post_date>2025-01-01 10:00:00</wp:post_date><wp:post_date_gmt>2025-01-01 09:00:00</wp:post_date_gmt><wp:status>inherit</wp:status><wp:post_parent>${i}</wp:post_parent><wp:post_type>attachment</wp:post_type><wp:attachment_url>https://banc.example.org/wp-content/uploads/${file}</wp:attachment_url><wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value><![CDATA[${file}]]></wp:meta_value></wp:postmeta><wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[${sentence(5)}]]></wp:meta_value></wp:postmeta></item>\n`,
    );
  }
  for (let i = 1; i <= posts; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const image =
      i <= attachments
        ? `<!-- wp:image --><figure><img src="https://banc.example.org/wp-content/uploads/2025/${String((i % 12) + 1).padStart(2, '0')}/image-${i}-300x200.jpg" alt="${sentence(3)}"/></figure><!-- /wp:image -->`
        : '';
    const body = Array.from(
      { length: 6 },
      () => `<!-- wp:paragraph --><p>${sentence(40)}.</p><!-- /wp:paragraph -->`,
    ).join('\n');
    await write(`<item><title><![CDATA[${sentence(6)} ${i}]]></title><link>https://banc.example.org/2025/${month}/article-${i}/</link><dc:creator>redaction</dc:creator><content:encoded><![CDATA[<!-- wp:heading --><h2>${sentence(4)}</h2><!-- /wp:heading -->
${image}
${body}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>${i}</wp:post_id><wp:post_date>2025-${month}-${day} 10:00:00</wp:post_date><wp:post_date_gmt>2025-${month}-${day} 09:00:00</wp:post_date_gmt><wp:post_name>article-${i}</wp:post_name><wp:status>${i % 10 === 0 ? 'draft' : 'publish'}</wp:status><wp:post_type>post</wp:post_type><category domain="category" nicename="${['aero', 'space', 'drone', 'defence'][i % 4]}">x</category><category domain="post_tag" nicename="t${i % 50}">${pick()}</category>${i <= attachments ? `<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${100000 + i}</wp:meta_value></wp:postmeta>` : ''}</item>\n`);
  }
  await write('</channel></rss>\n');
  out.end();
  await once(out, 'finish');
}

rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'uploads'), { recursive: true });
const wxr = join(dir, 'export.xml');
console.log(`Generating ${posts} posts and ${attachments} attachments…`);
await generate(wxr);
const jpeg = await sharp({ create: { width: 96, height: 64, channels: 3, background: '#336699' } })
  .jpeg()
  .toBuffer();
for (let i = 1; i <= attachments; i++) {
  const sub = join(dir, 'uploads', '2025', String((i % 12) + 1).padStart(2, '0'));
  mkdirSync(sub, { recursive: true });
  await writeFile(join(sub, `image-${i}.jpg`), jpeg);
}

const database = openDatabase(join(dir, 'import.db'));
await migrateToLatest(database.db);
for (const [position, slug] of ['aero', 'space', 'drone', 'defence'].entries())
  await sectorRepository(database.db).insertSector(
    {
      slug,
      position,
      translations: { fr: { name: slug, description: '' }, en: { name: slug, description: '' } },
    },
    new Date().toISOString(),
  );
const services = createServices({
  database,
  baseUrl: 'http://localhost:3000',
  mediaDir: join(dir, 'media'),
});

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);
const started = performance.now();
const report = await importWordpress(
  { database, services },
  { file: wxr, uploadsDir: join(dir, 'uploads'), dryRun: false },
);
const importedMs = performance.now() - started;
await services.media.idle();
const withVariantsMs = performance.now() - started;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
await database.close();

const result = {
  machine: machine(),
  posts,
  attachments,
  importSeconds: Math.round(importedMs / 100) / 10,
  withImageVariantsSeconds: Math.round(withVariantsMs / 100) / 10,
  peakRssMb: Math.round(peakRss / 1024 / 1024),
  targets,
  counts: report.counts,
  failures: report.failures.length,
  warnings: report.warnings.length,
};
writeFileSync('bench/results/import.json', JSON.stringify(result, null, 2));
console.log(JSON.stringify(result, null, 2));

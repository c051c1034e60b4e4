// The import benchmark's input: a WordPress export (WXR 1.2) of `posts` posts and `attachments`
// attachments, each attachment a small JPEG in an uploads folder, the first posts using one as
// their featured image and inside their body. Deterministic (seeded) so runs compare.
import { createWriteStream, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import sharp from 'sharp';
import { seededRandom } from './prng.js';

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

/** Writes the export to `path`. */
export async function generateWxr(path: string, posts: number, attachments: number): Promise<void> {
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

/** Writes the attachments' files under `uploads` (YYYY/MM/image-N.jpg, as WordPress does). */
export async function generateUploads(uploads: string, attachments: number): Promise<void> {
  const jpeg = await sharp({
    create: { width: 96, height: 64, channels: 3, background: '#336699' },
  })
    .jpeg()
    .toBuffer();
  for (let i = 1; i <= attachments; i++) {
    const sub = join(uploads, '2025', String((i % 12) + 1).padStart(2, '0'));
    mkdirSync(sub, { recursive: true });
    await writeFile(join(sub, `image-${i}.jpg`), jpeg);
  }
}

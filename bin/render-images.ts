// Renders the site's raster images from their SVG sources in public/, for the places that want a
// bitmap: public/brand/logo.png (the publisher's logo in JSON-LD), public/brand/share.png (the
// default sharing image, 1200×630, for pages without an image of their own) and the demo
// content's pictures (public/demo/*.jpg: social networks show no SVG in a shared link, and the
// media library accepts none). The renders are committed; run this after changing a source:
//   node --import tsx bin/render-images.ts
import { readdir } from 'node:fs/promises';
import sharp from 'sharp';

const publicDir = new URL('../public/', import.meta.url);
const at = (file: string) => new URL(file, publicDir).pathname;

await sharp(at('favicon.svg'), { density: 1000 })
  .resize(512, 512)
  .png({ compressionLevel: 9 })
  .toFile(at('brand/logo.png'));
await sharp(at('brand/share.svg'))
  .resize(1200, 630)
  .png({ compressionLevel: 9 })
  .toFile(at('brand/share.png'));
for (const file of await readdir(at('demo'))) {
  if (!file.endsWith('.svg')) continue;
  await sharp(at(`demo/${file}`))
    .resize(1600, 900)
    .jpeg({ quality: 82, mozjpeg: true })
    .toFile(at(`demo/${file.replace(/\.svg$/, '.jpg')}`));
}

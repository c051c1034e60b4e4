// Asset URLs carry a hash of the file so browsers may cache them for a long time.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

function versioned(file: string): string {
  try {
    const body = readFileSync(new URL(`../../public/${file}`, import.meta.url));
    return `/assets/${file}?v=${createHash('sha256').update(body).digest('hex').slice(0, 10)}`;
  } catch {
    return `/assets/${file}`;
  }
}

export const assets = {
  css: versioned('site.css'),
  favicon: versioned('favicon.svg'),
  searchScript: versioned('search.js'),
  suggestScript: versioned('search-suggest.js'),
  /** The site's mark as a 512×512 PNG (bin/render-brand-images.ts): the publisher's logo. */
  logo: versioned('brand/logo.png'),
  /** The 1200×630 default sharing image of pages without an image of their own. */
  shareImage: versioned('brand/share.png'),
};

/** Pixel sizes of the raster brand images, for og:image:width and ImageObject. */
export const brandImageSizes = {
  logo: { width: 512, height: 512 },
  shareImage: { width: 1200, height: 630 },
};

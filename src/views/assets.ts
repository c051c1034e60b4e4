// Asset URLs carry a hash of the file so browsers may cache them for a long time.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The hash each versioned asset path carries now (`/assets/site.css` → `e99636d86a`). */
const versions = new Map<string, string>();

function versioned(file: string): string {
  try {
    const body = readFileSync(new URL(`../../public/${file}`, import.meta.url));
    const version = createHash('sha256').update(body).digest('hex').slice(0, 10);
    versions.set(`/assets/${file}`, version);
    return `/assets/${file}?v=${version}`;
  } catch {
    return `/assets/${file}`;
  }
}

/**
 * Whether `path?v=version` is the address of the asset's current content: such an address never
 * names other bytes, so it may be cached as immutable (an old or made-up version may not).
 */
export function isCurrentAsset(path: string, version: string | undefined): boolean {
  return version !== undefined && versions.get(path) === version;
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

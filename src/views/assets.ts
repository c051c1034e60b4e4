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
};

// Categories to sectors: a category named by a sector's key or by its address in any language
// finds it, so a French site's `spatial` lands in `space`; a map may name either.
import { describe, expect, it } from 'vitest';
import type { WpCategory } from './wordpress-scan.js';
import { sectorResolver } from './wordpress-posts.js';

const sectors = [
  { id: 'id-space', slug: 'space', names: ['Spatial', 'Space'], pathSlugs: ['spatial', 'space'] },
  { id: 'id-aero', slug: 'aero', names: ['Aéronautique'], pathSlugs: ['aeronautique', 'aero'] },
];
const categories = new Map<string, WpCategory>([
  ['spatial', { slug: 'spatial', name: 'Espace', parent: '' }],
  ['satellites', { slug: 'satellites', name: 'Satellites', parent: 'spatial' }],
  ['avions', { slug: 'avions', name: 'Avions', parent: '' }],
]);

describe('sectorResolver', () => {
  it('finds a sector by its address in any language, and a child category by its parent', () => {
    const resolve = sectorResolver(categories, sectors, {});
    expect(resolve('spatial', 'Espace')).toEqual({ sectorId: 'id-space' });
    expect(resolve('satellites', 'Satellites')).toEqual({ sectorId: 'id-space' });
    expect(resolve('avions', 'Avions')).toBeUndefined();
  });

  it('follows a map that names a sector by its French address', () => {
    const resolve = sectorResolver(categories, sectors, { avions: 'aeronautique' });
    expect(resolve('avions', 'Avions')).toEqual({ sectorId: 'id-aero' });
  });
});

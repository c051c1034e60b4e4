// How a WordPress post maps onto an article: its status, its language and translation group,
// its slug, and its sectors from its categories (the category itself or its nearest ancestor
// that names a sector, or what the --map file says).
import type { TranslationStatus } from '../db/tables/article.table.js';
import { slugify } from '../lib/slug.js';
import type { WpCategory } from './wordpress-scan.js';
import type { WxrRecord } from './wxr-reader.js';

export interface MappedStatus {
  status: TranslationStatus;
  trashed: boolean;
  /** Why the post does not keep its WordPress status, for the report. */
  warning?: string;
}

/** publish → published, future → scheduled, draft/pending/private → draft, trash → trash. */
export function mapStatus(wpStatus: string, password: string): MappedStatus | undefined {
  const base = ((): MappedStatus | undefined => {
    switch (wpStatus) {
      case 'publish':
        return { status: 'published', trashed: false };
      case 'future':
        return { status: 'scheduled', trashed: false };
      case 'draft':
      case 'pending':
        return { status: 'draft', trashed: false };
      case 'private':
        return {
          status: 'draft',
          trashed: false,
          warning: 'private in WordPress: imported as a draft, not public.',
        };
      case 'trash':
        return { status: 'draft', trashed: true };
      default:
        return undefined;
    }
  })();
  if (base && password && base.status !== 'draft')
    return {
      status: 'draft',
      trashed: base.trashed,
      warning:
        'password-protected in WordPress: imported as a draft (our pages have no passwords).',
    };
  return base;
}

/** The slug WordPress gave (percent-decoded, made one of ours), else one from the title. */
export function postSlug(postName: string, title: string): string {
  // WordPress renames a trashed post's slug `slug__trashed`.
  let name = postName.trim().replace(/__trashed$/, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    // a stray % stays as it is and slugify drops it
  }
  return slugify(name) || slugify(title) || 'article';
}

export type SectorMap = Record<string, string>;

/** A sector id, `skip` (the map says so) or undefined (nothing matches). */
export type SectorAnswer = { sectorId: string } | 'skip' | undefined;

/**
 * Resolves categories to sector ids. `map` (from --map FILE) wins, then a sector with the same
 * slug (its key or its address in any locale, so a French category `spatial` finds `space`) or
 * name, then the parent category's answer; `undefined` when nothing matches.
 */
export function sectorResolver(
  categories: Map<string, WpCategory>,
  sectors: { id: string; slug: string; names: string[]; pathSlugs?: string[] }[],
  map: SectorMap,
) {
  const fold = (s: string) => slugify(s);
  const bySlug = new Map(
    sectors.flatMap((s) =>
      [...(s.pathSlugs ?? []), s.slug].map((slug) => [slug, { sectorId: s.id }] as const),
    ),
  );
  const memo = new Map<string, SectorAnswer>();
  const direct = (slug: string, name: string): SectorAnswer => {
    const mapped = map[slug];
    if (mapped === 'skip') return 'skip';
    if (mapped) return bySlug.get(mapped);
    return (
      bySlug.get(slug) ??
      bySlug.get(
        sectors.find((s) => s.names.some((n) => fold(n) === fold(name) || fold(n) === fold(slug)))
          ?.slug ?? '',
      )
    );
  };
  const resolve = (slug: string, name: string, depth = 0): SectorAnswer => {
    if (memo.has(slug)) return memo.get(slug);
    let answer = direct(slug, name);
    const parent = categories.get(slug)?.parent;
    if (answer === undefined && parent && depth < 50) {
      const p = categories.get(parent);
      answer = resolve(parent, p?.name ?? parent, depth + 1);
    }
    memo.set(slug, answer);
    return answer;
  };
  return resolve;
}

/** The item's categories (domain "category"), language and Polylang translation group. */
export function taxonomyOf(record: WxrRecord) {
  return {
    categories: record.categories.filter((c) => c.domain === 'category'),
    tags: record.categories.filter((c) => c.domain === 'post_tag').map((c) => c.name),
    language: record.categories.find((c) => c.domain === 'language')?.nicename ?? '',
    group: record.categories.find((c) => c.domain === 'post_translations')?.nicename ?? '',
  };
}

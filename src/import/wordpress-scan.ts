// The first pass over a WordPress export: checks the whole file is a readable WXR before
// anything is written, and keeps the small things the second pass needs (authors, categories,
// attachments, the site's time zone offset) — never a post's body, so memory stays bounded.
import { warn, type ImportReport } from './import-report.js';
import { offsetOf } from './wp-dates.js';
import { readWxr, type WxrChannel, type WxrRecord } from './wxr-reader.js';

export interface WpCategory {
  slug: string;
  name: string;
  parent: string;
}

export interface WpAttachment {
  id: string;
  title: string;
  url: string;
  /** Path under wp-content/uploads (`_wp_attached_file`, else taken from the URL). */
  file: string;
  alt: string;
  caption: string;
  credit: string;
  parentId: string;
  link: string;
  lang: string;
}

export interface WpScan {
  channel: WxrChannel;
  authors: Map<string, string>;
  categories: Map<string, WpCategory>;
  attachments: Map<string, WpAttachment>;
  /** Site offset from UTC in minutes (local − UTC), the most frequent among the items. */
  offsetMinutes: number;
  items: number;
}

const field = (r: WxrRecord, name: string) => (r.fields.get(name) ?? '').trim();

/** The path of an uploads URL under wp-content/uploads, without a `-300x200` size suffix. */
export function uploadsPath(url: string): string | undefined {
  const match = /\/wp-content\/uploads\/([^?#]+)/.exec(url);
  if (!match) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(match[1]!);
  } catch {
    path = match[1]!;
  }
  return path.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1');
}

export async function scanWordpress(path: string, report: ImportReport): Promise<WpScan> {
  const scan: WpScan = {
    channel: { wxrVersion: '', baseSiteUrl: '', link: '' },
    authors: new Map(),
    categories: new Map(),
    attachments: new Map(),
    offsetMinutes: 0,
    items: 0,
  };
  const offsets = new Map<number, number>();
  const seen = new Set<string>();
  const result = await readWxr(path, (r) => {
    if (r.kind === 'author')
      scan.authors.set(
        field(r, 'wp:author_login'),
        field(r, 'wp:author_display_name') || field(r, 'wp:author_login'),
      );
    else if (r.kind === 'category') {
      const slug = field(r, 'wp:category_nicename');
      scan.categories.set(slug, {
        slug,
        name: field(r, 'wp:cat_name') || slug,
        parent: field(r, 'wp:category_parent'),
      });
    } else if (r.kind === 'item') {
      scan.items++;
      const id = field(r, 'wp:post_id');
      const type = field(r, 'wp:post_type');
      if (id && seen.has(`${type}:${id}`))
        warn(report, `${type} ${id}`, 'appears twice in the export; the later one wins.');
      seen.add(`${type}:${id}`);
      const offset = offsetOf(field(r, 'wp:post_date'), field(r, 'wp:post_date_gmt'));
      if (offset !== undefined) offsets.set(offset, (offsets.get(offset) ?? 0) + 1);
      if (type === 'attachment') {
        const url = field(r, 'wp:attachment_url') || field(r, 'guid');
        scan.attachments.set(id, {
          id,
          title: field(r, 'title'),
          url,
          file: r.meta.get('_wp_attached_file')?.trim() || (uploadsPath(url) ?? ''),
          alt: r.meta.get('_wp_attachment_image_alt')?.trim() ?? '',
          caption: field(r, 'excerpt:encoded'),
          credit: (r.meta.get('_media_credit') ?? r.meta.get('credit') ?? '').trim(),
          parentId: field(r, 'wp:post_parent'),
          link: field(r, 'link'),
          lang: r.categories.find((c) => c.domain === 'language')?.nicename ?? '',
        });
      }
    }
  });
  scan.channel = result.channel;
  if (result.invalidChars)
    warn(
      report,
      'file',
      `${result.invalidChars} characters that XML forbids (control characters) were dropped.`,
    );
  scan.offsetMinutes = [...offsets].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  breakCategoryLoops(scan.categories, report);
  return scan;
}

/** A category whose parents lead back to itself loses its parent link, with a warning. */
function breakCategoryLoops(categories: Map<string, WpCategory>, report: ImportReport): void {
  for (const start of categories.values()) {
    const chain = [start.slug];
    for (let c = categories.get(start.parent); c; c = categories.get(c.parent)) {
      if (chain.includes(c.slug)) {
        warn(
          report,
          `category ${c.slug}`,
          `its parents form a loop (${[...chain, c.slug].join(' → ')}); its parent link is ignored.`,
        );
        c.parent = '';
        break;
      }
      chain.push(c.slug);
    }
  }
}

// One WordPress post → one article translation, in one transaction: body converted, status and
// dates mapped, sectors from its categories, tags as keywords, featured image as hero, the
// translation group joined (Polylang), and its old addresses (permalink, `?p=ID`) as 301s.
import { load } from 'cheerio';
import { freeArticleSlug, writeImportedArticle } from '../articles/article-import.service.js';
import { paths } from '../i18n/paths.js';
import { redirectService } from '../redirects/redirect.service.js';
import { reason, type ImportContext, type ItemBatches } from './import-context.js';
import { count, fail, warn } from './import-report.js';
import { importSourceRepository } from './import-source.repository.js';
import { importLooseImage, type ImportedMedia } from './wordpress-media.js';
import { mapStatus, postSlug, taxonomyOf, type SectorAnswer } from './wordpress-posts.js';
import { uploadsPath, type WpScan } from './wordpress-scan.js';
import { convertPostContent } from './wp-content.js';
import { itemInstant } from './wp-dates.js';
import type { WxrRecord } from './wxr-reader.js';

export interface PostRun {
  scan: WpScan;
  uploadsDir: string | undefined;
  /** Attachment id → its media; uploads path → its media (for images inside bodies). */
  attachments: Map<string, ImportedMedia>;
  byUploadPath: Map<string, ImportedMedia>;
  sectorOf: (slug: string, name: string) => SectorAnswer;
  /** Categories already reported as matching no sector. */
  unmatched: Set<string>;
  /** Post id → where it now lives, for attachment pages. */
  imported: Map<string, string>;
  /** Translations written, for entity detection at the end. */
  translationIds: string[];
  /** Posts are written in batches (see itemBatches); articles written, to index after each. */
  batch: ItemBatches;
  toIndex: string[];
  /** `?p=` addresses live under the old site's path. */
  basePath: string;
}

const textOf = (html: string) => load(`<div>${html}</div>`, null, false).text().trim();

/** Where an old absolute or relative URL points, as a path (with its query). */
export function oldPath(url: string): string {
  try {
    const u = new URL(url, 'http://old.invalid');
    return u.pathname + u.search;
  } catch {
    return '';
  }
}

export async function importPost(ctx: ImportContext, run: PostRun, r: WxrRecord): Promise<void> {
  const f = (name: string) => (r.fields.get(name) ?? '').trim();
  const wpId = f('wp:post_id');
  const rawTitle = textOf(f('title'));
  const item = `post ${wpId}${rawTitle ? ` “${rawTitle.slice(0, 60)}”` : ''}`;
  const mapped = mapStatus(f('wp:status'), f('wp:post_password'));
  if (!mapped) {
    if (['auto-draft', 'inherit'].includes(f('wp:status'))) count(ctx.report, 'post', 'skipped');
    else fail(ctx.report, 'post', item, `unknown status “${f('wp:status')}”.`);
    return;
  }
  if (mapped.warning) warn(ctx.report, item, mapped.warning);
  const when = itemInstant(f('wp:post_date'), f('wp:post_date_gmt'), run.scan.offsetMinutes);
  if ('error' in when) return fail(ctx.report, 'post', item, `${when.error}.`);
  const instant = 'iso' in when ? when.iso : null;
  if (mapped.status === 'scheduled' && !instant)
    return fail(ctx.report, 'post', item, 'scheduled (future) without a date.');
  const modified = itemInstant(
    f('wp:post_modified'),
    f('wp:post_modified_gmt'),
    run.scan.offsetMinutes,
  );
  const tax = taxonomyOf(r);
  let locale = ctx.defaultLocale;
  if (tax.language) {
    if (ctx.locales.includes(tax.language)) locale = tax.language;
    else
      warn(
        ctx.report,
        item,
        `language “${tax.language}” is not one of the site's: imported in ${locale}.`,
      );
  }

  // Images: attachments of the export first, then files found in the uploads folder.
  const content = r.fields.get('content:encoded') ?? '';
  const resolved = new Map<string, string>();
  for (const [, src] of content.matchAll(/<img[^>]+src=["']([^"']+)["']/gi)) {
    const path = src ? uploadsPath(src) : undefined;
    if (!src || !path || resolved.has(src)) continue;
    const media =
      run.byUploadPath.get(path) ?? (await importLooseImage(ctx, run.uploadsDir, path, item));
    if (media) {
      run.byUploadPath.set(path, media);
      resolved.set(src, media.url);
    }
  }
  const body = convertPostContent(content, (src) => resolved.get(src));
  if (body.removed.length)
    warn(ctx.report, item, `removed: ${[...new Set(body.removed)].join(', ')}.`);
  for (const src of body.missingImages)
    warn(ctx.report, item, `image not found in the uploads folder: ${src}`);
  let title = rawTitle;
  if (!title) {
    title = body.markdown
      .replace(/[#*_>![\]()`-]/g, ' ')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 8)
      .join(' ');
    if (!title) return fail(ctx.report, 'post', item, 'has neither a title nor a body.');
    warn(ctx.report, item, `has no title: titled “${title}” from its first words.`);
  }

  const sectorIds: string[] = [];
  for (const c of tax.categories) {
    const sector = run.sectorOf(c.nicename, c.name);
    if (sector && sector !== 'skip') sectorIds.push(sector.sectorId);
    if (sector === undefined && !run.unmatched.has(c.nicename)) {
      run.unmatched.add(c.nicename);
      warn(
        ctx.report,
        `category ${c.nicename}`,
        `“${c.name}” matches no sector: give it one (or "skip") in --map FILE.`,
      );
    }
  }
  const thumbnail = r.meta.get('_thumbnail_id')?.trim();
  const hero = thumbnail ? run.attachments.get(thumbnail) : undefined;
  if (thumbnail && !hero)
    warn(ctx.report, item, `its featured image (attachment ${thumbnail}) was not imported.`);
  const creator = f('dc:creator');

  await run.batch.add({
    write: async (trx) => {
      const keys = importSourceRepository(trx);
      const now = ctx.now().toISOString();
      const articleId =
        (await keys.findEntityId(ctx.source, `post:${wpId}`)) ??
        (tax.group ? await keys.findEntityId(ctx.source, `group:${tax.group}`) : undefined);
      const wanted = postSlug(f('wp:post_name'), title);
      const slug = await freeArticleSlug(trx, locale, wanted, articleId);
      if (slug !== wanted)
        warn(
          ctx.report,
          item,
          `slug “${wanted}” is already used in ${locale}: imported as “${slug}”.`,
        );
      const published = mapped.status === 'published' || mapped.status === 'scheduled';
      const written = await writeImportedArticle(
        trx,
        articleId,
        {
          publishedAt: published ? instant : null,
          heroMediaId: hero?.mediaId || null,
          heroCredit: null,
          sectorIds,
          deletedAt: mapped.trashed ? now : null,
          createdAt: instant,
          modifiedAt: 'iso' in modified ? modified.iso : instant,
        },
        {
          locale,
          status: mapped.status,
          publishedAt: mapped.status === 'published' ? instant : null,
          scheduledAt: mapped.status === 'scheduled' ? instant : null,
          slug,
          title,
          kicker: '',
          creditLine: run.scan.authors.get(creator) ?? creator,
          bodyMd: body.markdown,
          excerpt: textOf(r.fields.get('excerpt:encoded') ?? ''),
          keywords: tax.tags.join(', '),
          // The featured image's WordPress caption is the hero's caption in this language.
          heroCaption:
            hero && thumbnail ? textOf(run.scan.attachments.get(thumbnail)?.caption ?? '') : '',
        },
        now,
      );
      await keys.saveKey(ctx.source, `post:${wpId}`, 'article', written.id, now);
      if (tax.group)
        await keys.saveKey(ctx.source, `group:${tax.group}`, 'article', written.id, now);
      const target = paths.article(locale, slug);
      if (mapped.status === 'published' && !mapped.trashed) {
        const redirects = redirectService({ db: trx, now: ctx.now });
        for (const old of new Set([oldPath(f('link')), `${run.basePath}/?p=${wpId}`]))
          if (old) await redirects.recordMove(old, target, 'import');
        run.imported.set(wpId, target);
      }
      return written;
    },
    done: (result) => {
      count(ctx.report, 'post', result.outcome);
      if (!ctx.dryRun && result.outcome !== 'unchanged') {
        run.toIndex.push(result.id);
        run.translationIds.push(result.translationId);
      }
    },
    failed: (error) => fail(ctx.report, 'post', item, reason(error)),
  });
}

// `import wordpress`: a WXR file read twice as a stream (first to check it and learn authors,
// categories, attachments and the time zone; then item by item), attachments into the media
// library, posts into articles, every old address into a 301, and entity detection at the end
// so suggestions wait for review as for an article written in the newsroom.
import { z } from 'zod';
import type { Database } from '../db/database.js';
import type { Services } from '../services.js';
import { defaultLocale as siteDefault, locales as siteLocales } from '../i18n/locales.js';
import { redirectService } from '../redirects/redirect.service.js';
import {
  detectImported,
  ImportInputError,
  itemBatches,
  reason,
  type ImportContext,
} from './import-context.js';
import { count, newReport, warn, type ImportReport } from './import-report.js';
import { importAttachment, type ImportedMedia } from './wordpress-media.js';
import { importPost, oldPath, type PostRun } from './wordpress-post.js';
import { sectorResolver, type SectorMap } from './wordpress-posts.js';
import { scanWordpress, uploadsPath } from './wordpress-scan.js';
import { readWxr } from './wxr-reader.js';
import { silentProgress, type Progress } from '../lib/progress.js';

export interface WordpressOptions {
  file: string;
  uploadsDir?: string | undefined;
  dryRun: boolean;
  defaultLocale?: string | undefined;
  /** Category slug → sector slug, or "skip" (the --map FILE). */
  map?: unknown;
  /** Done/total per phase (attachments, then items): a bar in the CLI, the job page in the admin. */
  progress?: Progress | undefined;
}

const mapSchema = z.record(z.string(), z.string().min(1));
const skippedTypes: Record<string, string> = {
  page: 'page',
  nav_menu_item: 'menu item',
  revision: 'revision',
};

export async function importWordpress(
  deps: { database: Database; services: Services; now?: () => Date },
  options: WordpressOptions,
): Promise<ImportReport> {
  const locales = siteLocales.map((l) => l.code);
  const defaultLocale = options.defaultLocale ?? siteDefault;
  if (!locales.includes(defaultLocale))
    throw new ImportInputError(`Unknown language “${defaultLocale}”: use ${locales.join(' or ')}.`);
  const parsedMap = mapSchema.safeParse(options.map ?? {});
  if (!parsedMap.success)
    throw new ImportInputError(
      'The --map file must be a JSON object: { "category-slug": "sector-slug" or "skip" }.',
    );
  const map: SectorMap = parsedMap.data;
  const sectorRows = await Promise.all(locales.map((l) => deps.services.sectors.listSectors(l)));
  const sectors = [...new Map(sectorRows.flat().map((s) => [s.id, s])).values()].map((s) => ({
    id: s.id,
    slug: s.slug,
    names: sectorRows
      .flat()
      .filter((r) => r.id === s.id)
      .map((r) => r.name),
    pathSlugs: sectorRows
      .flat()
      .filter((r) => r.id === s.id)
      .map((r) => r.pathSlug),
  }));
  for (const [category, sector] of Object.entries(map))
    if (
      sector !== 'skip' &&
      !sectors.some((s) => s.slug === sector || s.pathSlugs.includes(sector))
    )
      throw new ImportInputError(
        `The --map file sends category “${category}” to “${sector}”, which is no sector (${sectors.map((s) => s.slug).join(', ')} or "skip").`,
      );

  const report = newReport(options.dryRun);
  const scan = await scanWordpress(options.file, report);
  const siteUrl = scan.channel.baseSiteUrl || scan.channel.link || 'unknown';
  const ctx: ImportContext = {
    db: deps.database.db,
    services: deps.services,
    report,
    source: `wordpress ${siteUrl}`,
    dryRun: options.dryRun,
    defaultLocale,
    locales,
    now: deps.now ?? (() => new Date()),
  };

  const progress = options.progress ?? silentProgress;
  const attachments = new Map<string, ImportedMedia>();
  const byUploadPath = new Map<string, ImportedMedia>();
  progress.phase('Attachments', scan.attachments.size, 'files');
  for (const a of scan.attachments.values()) {
    progress.advance();
    const media = await importAttachment(ctx, options.uploadsDir, a);
    if (!media) continue;
    attachments.set(a.id, media);
    const path = uploadsPath(a.url) ?? a.file;
    if (path) byUploadPath.set(path, media);
  }

  const run: PostRun = {
    scan,
    uploadsDir: options.uploadsDir,
    attachments,
    byUploadPath,
    sectorOf: sectorResolver(scan.categories, sectors, map),
    unmatched: new Set(),
    imported: new Map(),
    translationIds: [],
    batch: itemBatches(ctx, {
      afterBatch: async () => {
        await deps.services.search.indexArticles(run.toIndex);
        run.toIndex = [];
      },
    }),
    toIndex: [],
    basePath: oldPath(scan.channel.link || scan.channel.baseSiteUrl).replace(/\/+$/, ''),
  };
  progress.phase('Items', scan.items, 'items');
  await readWxr(options.file, async (r) => {
    if (r.kind !== 'item') return;
    progress.advance();
    if (r.comments) count(report, 'comment', 'skipped', r.comments);
    const type = (r.fields.get('wp:post_type') ?? '').trim();
    if (type === 'attachment') return;
    if (type === 'post') return importPost(ctx, run, r);
    count(report, skippedTypes[type] ?? `custom type ${type || '(none)'}`, 'skipped');
  });
  await run.batch.flush();

  progress.stop();
  await redirectAttachmentPages(ctx, run, scan.attachments.values());
  if (!options.dryRun) {
    const suggested = await detectImported(ctx, run.translationIds);
    if (suggested)
      warn(
        report,
        'entities',
        `${suggested} mentions detected: they wait for review in the newsroom.`,
      );
  }
  return report;
}

/** An attachment's page (its permalink, `?attachment_id=ID`) goes to its post, else its file. */
async function redirectAttachmentPages(
  ctx: ImportContext,
  run: PostRun,
  attachments: Iterable<{ id: string; link: string; parentId: string }>,
): Promise<void> {
  if (ctx.dryRun) return;
  const batch = itemBatches(ctx);
  for (const a of attachments) {
    const target = run.imported.get(a.parentId) ?? run.attachments.get(a.id)?.url;
    if (!target) continue;
    await batch.add({
      write: async (trx) => {
        const redirects = redirectService({ db: trx, now: ctx.now });
        for (const old of new Set([oldPath(a.link), `${run.basePath}/?attachment_id=${a.id}`]))
          if (old) await redirects.recordMove(old, target, 'import');
      },
      done: () => undefined,
      failed: (error) =>
        warn(ctx.report, `attachment ${a.id}`, `its old page keeps no redirect: ${reason(error)}`),
    });
  }
  await batch.flush();
}

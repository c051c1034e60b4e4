// WordPress attachments → the media library: the file from the uploads folder (never from the
// network), alt text (`_wp_attachment_image_alt`), caption and credit; a missing or refused
// file is listed, never a crash. Each attachment is keyed, so a second run updates its texts.
import { newId } from '../lib/id.js';
import { isAppError } from '../errors.js';
import { inspectImage } from '../media/media.processing.js';
import { redirectService } from '../redirects/redirect.service.js';
import { reason, runItem, type ImportContext } from './import-context.js';
import { readInside } from './import-files.js';
import { count, fail, warn } from './import-report.js';
import { importSourceRepository } from './import-source.repository.js';
import type { WpAttachment } from './wordpress-scan.js';

export interface ImportedMedia {
  mediaId: string;
  url: string;
}

/** Stores one image file as a media (or, in a dry run, only checks it is one). */
/**
 * The media id under which the source `key` is (or now is) claimed: claimed before the upload,
 * so an import killed between the two uploads under the same id on its next run.
 */
async function claimMediaKey(
  ctx: ImportContext,
  key: string,
  existing: string | undefined,
): Promise<string> {
  const id = existing ?? newId();
  if (!existing && !ctx.dryRun)
    await importSourceRepository(ctx.db).saveKey(
      ctx.source,
      key,
      'media',
      id,
      ctx.now().toISOString(),
    );
  return id;
}

async function storeImage(
  ctx: ImportContext,
  bytes: Uint8Array,
  name: string,
  alt: Record<string, string>,
  credit: string,
  id?: string,
): Promise<ImportedMedia> {
  if (ctx.dryRun) {
    await inspectImage(bytes);
    return { mediaId: '', url: `/media/dry-run/${encodeURIComponent(name)}` };
  }
  const item = await ctx.services.media.upload({
    id,
    bytes,
    originalName: name,
    uploadedBy: null,
    alt,
    credit,
  });
  return { mediaId: item.id, url: item.url };
}

/** Imports one attachment; its media, or undefined when it has no usable file. */
export async function importAttachment(
  ctx: ImportContext,
  uploadsDir: string | undefined,
  a: WpAttachment,
): Promise<ImportedMedia | undefined> {
  const item = `attachment ${a.id}${a.title ? ` “${a.title}”` : ''}`;
  const key = `attachment:${a.id}`;
  const locale = ctx.locales.includes(a.lang) ? a.lang : ctx.defaultLocale;
  const alt = a.alt ? { [locale]: a.alt } : {};
  const credit = a.credit;
  try {
    const existing = await importSourceRepository(ctx.db).findEntityId(ctx.source, key);
    const current = existing
      ? await ctx.services.media.getMedia(existing).catch(() => undefined)
      : undefined;
    if (existing && current) {
      const texts = await ctx.services.media.altTexts(existing);
      if ((texts[locale] ?? '') === a.alt && current.credit === credit)
        count(ctx.report, 'attachment', 'unchanged');
      else {
        if (!ctx.dryRun)
          await ctx.services.media.updateMedia(existing, {
            version: current.version,
            credit,
            alt: { ...texts, ...alt },
          });
        count(ctx.report, 'attachment', 'updated');
      }
      return { mediaId: existing, url: current.url };
    }
    if (!a.file) {
      warn(ctx.report, item, 'no file path in the export: skipped.');
      count(ctx.report, 'attachment', 'skipped');
      return undefined;
    }
    if (!uploadsDir) {
      warn(
        ctx.report,
        item,
        `file ${a.file} not imported: no uploads folder was given (--uploads).`,
      );
      count(ctx.report, 'attachment', 'skipped');
      return undefined;
    }
    const read = await readInside(uploadsDir, a.file);
    if ('outside' in read) {
      fail(
        ctx.report,
        'attachment',
        item,
        `its path “${a.file}” leaves the uploads folder: refused.`,
      );
      return undefined;
    }
    if ('missing' in read) {
      warn(ctx.report, item, `file missing from the uploads folder: ${a.file}`);
      count(ctx.report, 'attachment', 'skipped');
      return undefined;
    }
    // The source key is claimed with the media's id before the upload: an import killed
    // between the two finds the key on its next run and uploads under the same id, so an
    // attachment is never stored twice (a claim whose media never came is taken up again).
    const id = await claimMediaKey(ctx, key, existing);
    let media: ImportedMedia;
    try {
      media = await storeImage(ctx, read.bytes, a.file.split('/').pop() ?? a.file, alt, credit, id);
    } catch (error) {
      if (!isAppError(error) || error.status >= 500) throw error;
      warn(ctx.report, item, `${a.file}: ${error.message}`);
      count(ctx.report, 'attachment', 'skipped');
      return undefined;
    }
    // Links to the old file (hotlinks, other sites) reach the new one.
    const old = a.url ? new URL(a.url, 'http://old.invalid').pathname : '';
    if (old && !ctx.dryRun)
      await runItem(ctx, (trx) =>
        redirectService({ db: trx, now: ctx.now }).recordMove(old, media.url, 'import'),
      );
    count(ctx.report, 'attachment', 'created');
    return media;
  } catch (error) {
    fail(ctx.report, 'attachment', item, reason(error));
    return undefined;
  }
}

/** An image a body uses that is no attachment of the export (or a saved page's image): taken
 * from the files folder, keyed by its path. */
export async function importLooseImage(
  ctx: ImportContext,
  uploadsDir: string | undefined,
  relative: string,
  item: string,
  texts: { alt?: Record<string, string>; credit?: string } = {},
): Promise<ImportedMedia | undefined> {
  if (!uploadsDir) return undefined;
  const key = `file:${relative}`;
  const existing = await importSourceRepository(ctx.db).findEntityId(ctx.source, key);
  if (existing) {
    const media = await ctx.services.media.getMedia(existing).catch(() => undefined);
    if (media) return { mediaId: existing, url: media.url };
  }
  const read = await readInside(uploadsDir, relative);
  if ('outside' in read) {
    warn(ctx.report, item, `image path “${relative}” leaves the uploads folder: refused.`);
    return undefined;
  }
  if ('missing' in read) return undefined;
  try {
    // Claimed before the upload, as attachments are (importAttachment).
    const id = await claimMediaKey(ctx, key, existing);
    const media = await storeImage(
      ctx,
      read.bytes,
      relative.split('/').pop() ?? relative,
      texts.alt ?? {},
      texts.credit ?? '',
      id,
    );
    count(ctx.report, 'image', 'created');
    return media;
  } catch (error) {
    if (!isAppError(error) || error.status >= 500) throw error;
    warn(ctx.report, item, `${relative}: ${error.message}`);
    return undefined;
  }
}

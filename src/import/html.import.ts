// `import html`: a folder of saved pages (a `wget --mirror` of a Drupal or static site) read
// with cheerio through a mapping of CSS selectors; each page that is an article becomes one
// translation (pages that translate each other join one article), its images come from the
// same folder, its old address becomes a 301, and detection runs at the end.
import { load, type CheerioAPI } from 'cheerio';
import { parse as parseDate } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { freeArticleSlug, writeImportedArticle } from '../articles/article-import.service.js';
import type { Database } from '../db/database.js';
import type { Services } from '../services.js';
import { defaultLocale as siteDefault, locales as siteLocales } from '../i18n/locales.js';
import { paths } from '../i18n/paths.js';
import { slugify } from '../lib/slug.js';
import { zonedToIso } from '../lib/zoned-time.js';
import { redirectService } from '../redirects/redirect.service.js';
import type { HtmlMapping, Pick } from './html-mapping.js';
import {
  detectImported,
  ImportInputError,
  reason,
  runItem,
  type ImportContext,
} from './import-context.js';
import { count, fail, newReport, warn, type ImportReport } from './import-report.js';
import { importSourceRepository } from './import-source.repository.js';
import { importLooseImage } from './wordpress-media.js';
import { convertPostContent } from './wp-content.js';

export interface HtmlOptions {
  dir: string;
  mapping: HtmlMapping;
  dryRun: boolean;
  defaultLocale?: string | undefined;
}

const maxPageBytes = 5 * 1024 * 1024;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function value($: CheerioAPI, pick: Pick | undefined): string {
  if (!pick) return '';
  const { selector, attribute } =
    typeof pick === 'string' ? { selector: pick, attribute: undefined } : pick;
  const el = $(selector).first();
  return attribute ? (el.attr(attribute) ?? '').trim() : squash(el.text());
}

function values($: CheerioAPI, pick: Pick | undefined): string[] {
  if (!pick) return [];
  const { selector, attribute } =
    typeof pick === 'string' ? { selector: pick, attribute: undefined } : pick;
  return $(selector)
    .toArray()
    .map((el) => (attribute ? ($(el).attr(attribute) ?? '') : squash($(el).text())))
    .filter(Boolean);
}

/** The instant of a page's date text in the mapping's format, or why it does not parse. */
export function pageDate(text: string, mapping: HtmlMapping): { iso: string } | { error: string } {
  const { format, locale } = mapping.select.date;
  const parsed = parseDate(text, format, new Date(2000, 0, 1), {
    locale: locale === 'fr' ? fr : enGB,
  });
  if (Number.isNaN(parsed.getTime()))
    return { error: `date “${text}” does not match the format “${format}”` };
  if (/[Xx]/.test(format.replace(/'[^']*'/g, ''))) return { iso: parsed.toISOString() };
  const p = (n: number) => String(n).padStart(2, '0');
  const local = `${parsed.getFullYear()}-${p(parsed.getMonth() + 1)}-${p(parsed.getDate())}T${p(parsed.getHours())}:${p(parsed.getMinutes())}`;
  const iso = zonedToIso(local, mapping.timeZone);
  return iso ? { iso } : { error: `date “${text}” is not a valid date` };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.html?$/i.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

export async function importHtml(
  deps: { database: Database; services: Services; now?: () => Date },
  options: HtmlOptions,
): Promise<ImportReport> {
  const { mapping } = options;
  const locales = siteLocales.map((l) => l.code);
  const defaultLocale = options.defaultLocale ?? siteDefault;
  if (!locales.includes(defaultLocale))
    throw new ImportInputError(`Unknown language “${defaultLocale}”: use ${locales.join(' or ')}.`);
  if (!(await stat(options.dir).catch(() => undefined))?.isDirectory())
    throw new ImportInputError(`“${options.dir}” is not a folder of saved pages.`);
  const base = new URL(mapping.baseUrl);
  const report = newReport(options.dryRun);
  const ctx: ImportContext = {
    db: deps.database.db,
    services: deps.services,
    report,
    source: `html ${base.origin}`,
    dryRun: options.dryRun,
    defaultLocale,
    locales,
    now: deps.now ?? (() => new Date()),
  };
  const sectorRows = (
    await Promise.all(locales.map((l) => deps.services.sectors.listSectors(l)))
  ).flat();
  const sectorOf = (label: string) =>
    sectorRows.find((s) => s.slug === slugify(label) || slugify(s.name) === slugify(label))?.id;
  const translationIds: string[] = [];

  /** A page's image: a path of the old site, read from the same folder (never the network). */
  const image = async (src: string, pageUrl: URL, item: string, texts = {}) => {
    let url: URL;
    try {
      url = new URL(src, pageUrl);
    } catch {
      return undefined;
    }
    if (url.origin !== base.origin) return undefined;
    let path = url.pathname.replace(/^\/+/, '');
    try {
      path = decodeURIComponent(path);
    } catch {
      // kept encoded: readInside then finds no such file
    }
    return importLooseImage(ctx, options.dir, path, item, texts);
  };

  for (const file of await htmlFiles(options.dir)) {
    const item = `page ${file}`;
    try {
      const bytes = await readFile(join(options.dir, file));
      if (bytes.byteLength > maxPageBytes) {
        warn(report, item, `larger than ${maxPageBytes / 1024 / 1024} MB: skipped.`);
        count(report, 'page', 'skipped');
        continue;
      }
      const $ = load(bytes.toString('utf8'));
      if ($(mapping.articleSelector).length === 0) {
        count(report, 'page', 'skipped');
        continue;
      }
      const pageUrl = new URL(value($, mapping.select.url) || `/${file}`, base);
      const title = value($, mapping.select.title);
      if (!title) {
        fail(
          report,
          'page',
          item,
          `no title found with “${JSON.stringify(mapping.select.title)}”.`,
        );
        continue;
      }
      const dateText = value($, mapping.select.date);
      const date = dateText ? pageDate(dateText, mapping) : { error: 'no date found' };
      if ('error' in date) {
        fail(report, 'page', item, `${date.error}.`);
        continue;
      }
      const language = value($, mapping.select.language).slice(0, 2).toLowerCase();
      let locale = defaultLocale;
      if (language && locales.includes(language)) locale = language;
      else if (language)
        warn(
          report,
          item,
          `language “${language}” is not one of the site's: imported in ${locale}.`,
        );

      const bodyPick = mapping.select.body;
      const bodySelector = typeof bodyPick === 'string' ? bodyPick : bodyPick.selector;
      const bodyHtml = $(bodySelector).first().html() ?? '';
      const resolved = new Map<string, string>();
      for (const el of $(bodySelector).first().find('img').toArray()) {
        const src = $(el).attr('src') ?? '';
        const media = src ? await image(src, pageUrl, item) : undefined;
        if (media) resolved.set(src, media.url);
      }
      const body = convertPostContent(bodyHtml, (src) => resolved.get(src));
      if (body.removed.length)
        warn(report, item, `removed: ${[...new Set(body.removed)].join(', ')}.`);
      for (const src of body.missingImages)
        warn(report, item, `image not found in the folder: ${src}`);

      const heroSrc = value($, mapping.select.hero);
      const heroPick = mapping.select.hero;
      const heroSelector =
        heroPick === undefined ? '' : typeof heroPick === 'string' ? heroPick : heroPick.selector;
      const heroAlt = heroSelector ? ($(heroSelector).first().attr('alt') ?? '').trim() : '';
      const hero = heroSrc
        ? await image(heroSrc, pageUrl, item, {
            alt: heroAlt ? { [locale]: heroAlt } : {},
            credit: value($, mapping.select.heroCredit),
          })
        : undefined;
      if (heroSrc && !hero) warn(report, item, `hero image not found in the folder: ${heroSrc}`);

      const sectorIds: string[] = [];
      for (const label of values($, mapping.select.sectors)) {
        const id = sectorOf(label);
        if (id) sectorIds.push(id);
        else warn(report, item, `sector “${label}” matches no sector of the site.`);
      }
      const group = value($, mapping.select.translationOf);
      const groupKey = `group:${group ? new URL(group, base).href : pageUrl.href}`;
      const lastSegment = pageUrl.pathname.replace(/\/+$/, '').split('/').pop() ?? '';
      // Drupal's /node/412 says nothing: a numeric last segment gives way to the title.
      const fromUrl = slugify(lastSegment.replace(/\.html?$/i, ''));
      const wanted = (/^\d*$/.test(fromUrl) ? '' : fromUrl) || slugify(title) || 'article';

      const written = await runItem(ctx, async (trx) => {
        const keys = importSourceRepository(trx);
        const now = ctx.now().toISOString();
        const articleId =
          (await keys.findEntityId(ctx.source, `page:${pageUrl.href}`)) ??
          (await keys.findEntityId(ctx.source, groupKey));
        const slug = await freeArticleSlug(trx, locale, wanted, articleId);
        if (slug !== wanted)
          warn(
            report,
            item,
            `slug “${wanted}” is already used in ${locale}: imported as “${slug}”.`,
          );
        const result = await writeImportedArticle(
          trx,
          articleId,
          {
            publishedAt: date.iso,
            heroMediaId: hero?.mediaId || null,
            heroCredit: null,
            sectorIds,
            deletedAt: null,
            createdAt: date.iso,
            modifiedAt: date.iso,
          },
          {
            locale,
            status: 'published',
            publishedAt: date.iso,
            scheduledAt: null,
            slug,
            title,
            kicker: value($, mapping.select.kicker),
            creditLine: value($, mapping.select.credit),
            bodyMd: body.markdown,
            excerpt: '',
            keywords: '',
            heroCaption: '',
          },
          now,
        );
        await keys.saveKey(ctx.source, `page:${pageUrl.href}`, 'article', result.id, now);
        await keys.saveKey(ctx.source, groupKey, 'article', result.id, now);
        await redirectService({ db: trx, now: ctx.now }).recordMove(
          pageUrl.pathname + pageUrl.search,
          paths.article(locale, slug),
          'import',
        );
        return result;
      });
      count(report, 'page', written.outcome);
      if (!options.dryRun && written.outcome !== 'unchanged') {
        await deps.services.search.indexArticle(written.id);
        translationIds.push(written.translationId);
      }
    } catch (error) {
      fail(report, 'page', item, reason(error));
    }
  }
  if (!options.dryRun) {
    const suggested = await detectImported(ctx, translationIds);
    if (suggested)
      warn(
        report,
        'entities',
        `${suggested} mentions detected: they wait for review in the newsroom.`,
      );
  }
  return report;
}

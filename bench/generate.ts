// Generates the bench's scratch site: 4 sectors, a few upcoming events and many bilingual
// articles, written in one large transaction so 10,000 articles take seconds, not minutes.
import SQLite from 'better-sqlite3';
import { rmSync, statSync } from 'node:fs';
import type { Insertable } from 'kysely';
import type { ArticleKind } from '../src/db/tables/article.table.js';
import { openDatabase, type Db } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { Schema } from '../src/db/schema.js';
import { eventRepository } from '../src/events/event.repository.js';
import { paths } from '../src/i18n/paths.js';
import { cutExcerpt, markdownToPlainText } from '../src/lib/excerpt.js';
import { renderMarkdown } from '../src/lib/markdown.js';
import { slugify } from '../src/lib/slug.js';
import { sectorRepository } from '../src/sectors/sector.repository.js';
import { seededRandom, type Random } from './prng.js';
import { body, title, type BenchLocale } from './text.js';

export interface GenerateOptions {
  /** SQLite file; it and its -wal/-shm companions are deleted first. */
  path: string;
  articles: number;
  seed: number;
  /** How many article URLs to return for the article-page load (all published, French). */
  sampleSize: number;
}

export interface GeneratedSite {
  articles: number;
  translations: number;
  drafts: number;
  frenchOnly: number;
  events: number;
  /** Distinct Markdown bodies per locale (each rendered once, then shared by many articles). */
  bodyTemplates: number;
  ms: number;
  dbBytes: number;
  /** Paths of published articles with sectors (hence related news), for the load test. */
  articlePaths: string[];
}

const sectors = [
  { slug: 'aero', fr: 'Aéronautique', en: 'Aeronautics' },
  { slug: 'space', fr: 'Spatial', en: 'Space' },
  { slug: 'drone', fr: 'Drones', en: 'Drones' },
  { slug: 'defence', fr: 'Défense', en: 'Defence' },
];

/** Rendering and excerpting cost ~15 ms per body, so bodies come from a pool rendered once. */
const templatesPerLocale = 100;
const sixYearsMs = 6 * 365.25 * 24 * 3600 * 1000;
const kinds: ArticleKind[] = ['news', 'news', 'news', 'news', 'interview', 'event_report'];

interface BodyTemplate {
  md: string;
  html: string;
  excerpt: string;
}

/** A UUIDv7 from the PRNG (src/lib/id.ts uses crypto randomness), so reruns get the same ids. */
function benchId(rnd: Random, ms: number): string {
  const hex = (n: number, digits: number) => Math.floor(n).toString(16).padStart(digits, '0');
  const time = hex(ms, 12);
  const r16 = () => hex(rnd.next() * 0x10000, 4);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(rnd.next() * 0x1000, 3)}-${hex(0x8000 + rnd.next() * 0x4000, 4)}-${r16()}${r16()}${r16()}`;
}

function bodyTemplates(rnd: Random, locale: BenchLocale): BodyTemplate[] {
  return Array.from({ length: templatesPerLocale }, () => {
    const md = body(rnd, locale);
    // The same derivations as articleService.createArticle.
    return { md, html: renderMarkdown(md), excerpt: cutExcerpt(markdownToPlainText(md)) };
  });
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function insertSectors(db: Db, now: string): Promise<string[]> {
  const repository = sectorRepository(db);
  const ids: string[] = [];
  for (const [position, s] of sectors.entries()) {
    ids.push(
      await repository.insertSector(
        {
          slug: s.slug,
          position,
          translations: {
            fr: { name: s.fr, description: `Les entreprises et projets du secteur ${s.fr}.` },
            en: { name: s.en, description: `Companies and projects of the ${s.en} sector.` },
          },
        },
        now,
      ),
    );
  }
  return ids;
}

async function insertEvents(db: Db, rnd: Random, sectorIds: string[], anchorMs: number) {
  const repository = eventRepository(db);
  const count = 5;
  for (let i = 0; i < count; i++) {
    const starts = anchorMs + (10 + i * 17) * 86_400_000 + 8 * 3_600_000;
    await repository.insertEvent(
      {
        slug: `bench-event-${i + 1}`,
        kind: rnd.pick(['conference', 'workshop', 'trade_show', 'delegation_visit'] as const),
        starts_at: new Date(starts).toISOString(),
        ends_at: new Date(starts + rnd.int(1, 3) * 9 * 3_600_000).toISOString(),
        time_zone: 'Europe/Brussels',
        registration_url: null,
        delegate_count: null,
        project_id: null,
        translations: {
          fr: { title: title(rnd, 'fr'), summary: '' },
          en: { title: title(rnd, 'en'), summary: '' },
        },
        sector_ids: rnd.sample(sectorIds, rnd.int(1, 2)),
        venues: [
          {
            name: 'Centre de congrès',
            address: null,
            city: rnd.pick(['Liège', 'Charleroi', 'Mons', 'Namur']),
            country: 'BE',
            organisation_id: null,
          },
        ],
        countries: ['BE'],
      },
      new Date(anchorMs).toISOString(),
    );
  }
  return count;
}

/** Creates the scratch database from scratch; returns what it holds and how long it took. */
export async function generateSite(options: GenerateOptions): Promise<GeneratedSite> {
  const started = performance.now();
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    rmSync(options.path + suffix, { force: true });
  const database = openDatabase(options.path);
  let content: Omit<GeneratedSite, 'ms' | 'dbBytes'>;
  try {
    await migrateToLatest(database.db);
    content = await fill(database.db, options);
  } finally {
    await database.close(); // checkpoints the WAL into the file
  }
  return {
    ...content,
    ms: Math.round(performance.now() - started),
    dbBytes: statSync(options.path).size,
  };
}

async function fill(
  db: Db,
  options: GenerateOptions,
): Promise<Omit<GeneratedSite, 'ms' | 'dbBytes'>> {
  const rnd = seededRandom(options.seed);
  // Dates hang from the start of today (UTC) so every article is already published when served.
  const anchorMs = Math.floor(Date.now() / 86_400_000) * 86_400_000;
  const sectorIds = await insertSectors(db, new Date(anchorMs).toISOString());
  const events = await insertEvents(db, rnd, sectorIds, anchorMs);
  const templates = { fr: bodyTemplates(rnd, 'fr'), en: bodyTemplates(rnd, 'en') };

  const articleRows: Insertable<Schema['article']>[] = [];
  const translationRows: Insertable<Schema['article_translation']>[] = [];
  const sectorRows: Insertable<Schema['article_sector']>[] = [];
  const publishedPaths: string[] = [];
  let drafts = 0;
  let frenchOnly = 0;
  for (let i = 0; i < options.articles; i++) {
    const draft = rnd.chance(0.01);
    const onlyFr = !draft && rnd.chance(0.1);
    drafts += Number(draft);
    frenchOnly += Number(onlyFr);
    const ms = anchorMs - 3_600_000 - Math.floor(rnd.next() * sixYearsMs);
    const at = new Date(ms).toISOString();
    const published = draft ? null : at;
    const id = benchId(rnd, ms);
    articleRows.push({
      id,
      kind: rnd.pick(kinds),
      published_at: published,
      hero_media_id: null,
      hero_credit: null,
      event_id: null,
      project_id: null,
      created_by: null,
      deleted_at: null,
      created_at: at,
      updated_at: at,
    });
    for (const sectorId of rnd.sample(sectorIds, rnd.chance(0.35) ? 2 : 1))
      sectorRows.push({ article_id: id, sector_id: sectorId });
    for (const locale of onlyFr ? (['fr'] as const) : (['fr', 'en'] as const)) {
      const text = rnd.pick(templates[locale]);
      const heading = title(rnd, locale);
      const slug = `${slugify(heading)}-${i + 1}`;
      translationRows.push({
        id: benchId(rnd, ms),
        article_id: id,
        locale,
        status: draft ? 'draft' : 'published',
        published_at: published,
        scheduled_at: null,
        slug,
        title: heading,
        kicker: rnd.chance(0.3) ? title(rnd, locale) : '',
        credit_line: rnd.chance(0.5) ? 'Rédaction' : '',
        body_md: text.md,
        body_html: text.html,
        excerpt: text.excerpt,
        excerpt_is_manual: 0,
        seo_description: '',
        hero_caption: '',
        created_at: at,
        updated_at: at,
      });
      if (!draft && locale === 'fr') publishedPaths.push(paths.article('fr', slug));
    }
  }

  // Multi-row statements stay far below SQLite's 32,766 bound parameters.
  await db.transaction().execute(async (trx) => {
    for (const rows of chunks(articleRows, 500))
      await trx.insertInto('article').values(rows).execute();
    for (const rows of chunks(translationRows, 200))
      await trx.insertInto('article_translation').values(rows).execute();
    for (const rows of chunks(sectorRows, 1000))
      await trx.insertInto('article_sector').values(rows).execute();
  });

  return {
    articles: articleRows.length,
    translations: translationRows.length,
    drafts,
    frenchOnly,
    events,
    bodyTemplates: templatesPerLocale,
    articlePaths: rnd.sample(publishedPaths, options.sampleSize),
  };
}

/** Runs SQL statements on the scratch database, for what-if measurements of a proposed change. */
export function applySql(path: string, statements: string): void {
  const database = new SQLite(path);
  try {
    database.exec(statements);
  } finally {
    database.close();
  }
}

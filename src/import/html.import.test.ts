// The HTML import on every dialect, from saved Drupal news pages shaped like DESIGN §1 and the
// shipped mapping: fields land where they should, a page and its translation make one article,
// the old addresses answer 301, other pages are skipped, and a second run changes nothing.
import { cp, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeOrganisation, makeSectors } from '../../test/support/factories.js';
import { makeTestImage } from '../../test/support/images.js';
import { importServices } from '../../test/support/wordpress.js';
import { parseHtmlMapping, type HtmlMapping } from './html-mapping.js';
import { importHtml, pageDate } from './html.import.js';
import type { ImportReport } from './import-report.js';
import { writeFile } from 'node:fs/promises';

const pages = fileURLToPath(new URL('../../test/fixtures/html/', import.meta.url));
const mappingFile = fileURLToPath(new URL('./mappings/drupal-news.json', import.meta.url));

async function drupalMapping(): Promise<HtmlMapping> {
  const parsed = parseHtmlMapping(JSON.parse(await readFile(mappingFile, 'utf8')));
  if ('errors' in parsed) throw new Error(parsed.errors.join('\n'));
  return parsed.mapping;
}

describe.each(testDialects())('HTML import on $name', (dialect) => {
  let t: TestDatabase;
  let site: string;
  let media: string;
  let report: ImportReport;
  let services: ReturnType<typeof importServices>;
  const db = () => t.database.db;
  const translation = (slug: string) =>
    db()
      .selectFrom('article_translation')
      .selectAll()
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    t = await dialect.open();
    await makeSectors(t.database);
    await makeOrganisation(t.database, { slug: 'csl', name: 'Centre Spatial de Liège' });
    const root = await mkdtemp(join(tmpdir(), 'constellation-html-'));
    site = join(root, 'site');
    media = join(root, 'media');
    await cp(pages, site, { recursive: true });
    await mkdir(join(site, 'sites/default/files/2025-11'), { recursive: true });
    await mkdir(join(site, 'sites/default/files/inline-images'), { recursive: true });
    await writeFile(
      join(site, 'sites/default/files/2025-11/redu-antennes.jpg'),
      await makeTestImage('jpeg', 800, 500),
    );
    await writeFile(
      join(site, 'sites/default/files/inline-images/salle-controle.png'),
      await makeTestImage('png', 300, 200),
    );
    services = importServices(t.database, media);
    report = await importHtml(
      { database: t.database, services },
      { dir: site, mapping: await drupalMapping(), dryRun: false },
    );
    await services.media.idle();
  });
  afterAll(() => t.cleanup());

  it('imports the news pages, skips the others and names what it left out', () => {
    expect(report.counts.page).toEqual({
      created: 3,
      updated: 0,
      unchanged: 0,
      skipped: 1,
      failed: 0,
    });
    const warnings = report.warnings.map((w) => `${w.item}: ${w.message}`).join('\n');
    expect(warnings).toContain(
      'page fr/actualites/delegation-asie-centrale-visite.html: removed: <script>.',
    );
    expect(warnings).toContain(
      'page fr/actualites/salon-drones.html: removed: <iframe> https://video.example.net/embed/9.',
    );
    expect(warnings).toContain(
      'page fr/actualites/salon-drones.html: hero image not found in the folder: /sites/default/files/2025-10/absente.jpg',
    );
    expect(warnings).toContain(
      'page en/news/central-asian-delegation-visit.html: sector “maritime” matches no sector of the site.',
    );
  });

  it('puts every part of the page in its field, the translation in the same article', async () => {
    const fr = await translation('delegation-asie-centrale-visite');
    const en = await translation('central-asian-delegation-visit');
    expect(en.article_id).toBe(fr.article_id);
    expect([fr.locale, en.locale]).toEqual(['fr', 'en']);
    expect(fr.title).toBe('Une délégation d’Asie centrale en visite');
    expect(fr.kicker).toBe(
      'Projet « Connectivité numérique en Asie centrale », coordonné par une agence française de coopération',
    );
    expect(fr.credit_line).toBe('Programme de coopération – Aïda Nurlanova');
    expect([fr.status, fr.published_at]).toEqual(['published', '2025-11-03T12:00:00.000Z']);
    expect(fr.body_md).toContain('### Une matinée à Redu');
    expect(fr.body_md).toContain('[Voir le projet](/fr/projets/connectivite)');
    expect(fr.body_md).toMatch(/!\[La salle de contrôle\]\(\/media\/[\w/-]+\.png\)/);
    expect(fr.body_md).not.toContain('Actualités du secteur');
    expect(fr.body_md).not.toContain('trackVisit');
    const article = await db()
      .selectFrom('article')
      .selectAll()
      .where('id', '=', fr.article_id)
      .executeTakeFirstOrThrow();
    const hero = await db()
      .selectFrom('media')
      .selectAll()
      .where('id', '=', article.hero_media_id!)
      .executeTakeFirstOrThrow();
    expect([hero.original_name, hero.credit]).toEqual([
      'redu-antennes.jpg',
      'Photo : pôle spatial',
    ]);
    const alt = await db()
      .selectFrom('media_translation')
      .select(['locale', 'alt'])
      .where('media_id', '=', hero.id)
      .execute();
    expect(alt).toEqual([{ locale: 'fr', alt: 'Des délégués devant les antennes de Redu' }]);
    const sectors = await db()
      .selectFrom('article_sector')
      .innerJoin('sector', 'sector.id', 'article_sector.sector_id')
      .select('sector.slug')
      .where('article_id', '=', fr.article_id)
      .execute();
    expect(sectors.map((s) => s.slug)).toEqual(['space']);
    const drones = await translation('salon-drones');
    expect(drones.published_at).toBe('2025-10-14T08:30:00.000Z');
  });

  it('answers the old addresses with 301 when ours differ, and leaves detection suggestions', async () => {
    const app = makeApp(t.database, { mediaDir: media });
    const old = await app.request('/fr/news/delegation-asie-centrale-visite?from=partner');
    expect([old.status, old.headers.get('location')]).toEqual([
      301,
      '/fr/actualites/delegation-asie-centrale-visite?from=partner',
    ]);
    // Same path on both sites: the page itself answers, no redirect needed.
    expect((await app.request('/en/news/central-asian-delegation-visit')).status).toBe(200);
    const fr = await translation('delegation-asie-centrale-visite');
    const mentions = await db()
      .selectFrom('mention')
      .select('state')
      .where('article_translation_id', '=', fr.id)
      .execute();
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((m) => m.state === 'suggested')).toBe(true);
  });

  it('changes nothing when run a second time', async () => {
    const before = await db()
      .selectFrom('article')
      .select(['id', 'version'])
      .orderBy('id')
      .execute();
    const again = await importHtml(
      { database: t.database, services },
      { dir: site, mapping: await drupalMapping(), dryRun: false },
    );
    expect(again.counts.page).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
      skipped: 1,
      failed: 0,
    });
    expect(
      await db().selectFrom('article').select(['id', 'version']).orderBy('id').execute(),
    ).toEqual(before);
  });

  it('fails a page whose date does not match the format, by name, and keeps going', async () => {
    const mapping = await drupalMapping();
    const textual: HtmlMapping = {
      ...mapping,
      baseUrl: 'https://autre.example.org',
      select: {
        ...mapping.select,
        date: {
          selector: '.field--name-field-date time',
          format: 'EEEE d MMMM yyyy',
          locale: 'fr',
        },
      },
    };
    const dry = await importHtml(
      { database: t.database, services },
      { dir: site, mapping: textual, dryRun: true },
    );
    expect(dry.failures.map((f) => `${f.item}: ${f.message}`)).toEqual([
      'page en/news/central-asian-delegation-visit.html: date “Monday 3 November 2025” does not match the format “EEEE d MMMM yyyy”.',
    ]);
    expect(dry.counts.page?.created).toBe(2);
  });
});

describe('HTML import mapping', () => {
  it('parses dates in the format and time zone the mapping gives', async () => {
    const mapping = await drupalMapping();
    const textual = {
      ...mapping,
      select: {
        ...mapping.select,
        date: { ...mapping.select.date, format: 'EEEE d MMMM yyyy', locale: 'fr' as const },
      },
    };
    expect(pageDate('lundi 3 novembre 2025', textual)).toEqual({ iso: '2025-11-02T23:00:00.000Z' });
    expect(pageDate('2025-07-01T10:00:00Z', mapping)).toEqual({ iso: '2025-07-01T10:00:00.000Z' });
    expect(pageDate('demain', textual)).toEqual({
      error: 'date “demain” does not match the format “EEEE d MMMM yyyy”',
    });
  });

  it('refuses a mapping with missing or wrong fields, naming each', () => {
    const result = parseHtmlMapping({
      baseUrl: 'ftp://x',
      select: { title: '' },
      timeZone: 'Mars/Olympus',
    });
    expect('errors' in result && result.errors.join('\n')).toMatch(
      /baseUrl[\s\S]*articleSelector[\s\S]*select\.title[\s\S]*select\.body/,
    );
  });
});

// The WordPress import on every dialect, from the hand-written export in test/fixtures: every
// field lands where it should, old addresses answer 301 through the app, a second run changes
// nothing, a dry run writes nothing, and bad files are refused by name with nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeOrganisation, makeSectors } from '../../test/support/factories.js';
import { fixture, importServices, makeUploads } from '../../test/support/wordpress.js';
import type { ImportReport } from './import-report.js';
import { importWordpress } from './wordpress.import.js';

const map = { drones: 'drone', divers: 'skip' };

describe.each(testDialects())('WordPress import on $name', (dialect) => {
  let t: TestDatabase;
  let dirs: { uploads: string; media: string };
  let sectors: Map<string, string>;
  let first: ImportReport;
  let services: ReturnType<typeof importServices>;

  const db = () => t.database.db;
  const translation = (slug: string) =>
    db()
      .selectFrom('article_translation')
      .selectAll()
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
  const article = (id: string) =>
    db().selectFrom('article').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const sectorSlugs = async (articleId: string) =>
    (
      await db()
        .selectFrom('article_sector')
        .innerJoin('sector', 'sector.id', 'article_sector.sector_id')
        .select('sector.slug')
        .where('article_id', '=', articleId)
        .execute()
    )
      .map((r) => r.slug)
      .sort();
  const run = (dryRun = false) =>
    importWordpress(
      { database: t.database, services },
      { file: fixture('site.xml'), uploadsDir: dirs.uploads, dryRun, map },
    );

  beforeAll(async () => {
    t = await dialect.open();
    dirs = await makeUploads();
    sectors = await makeSectors(t.database);
    await makeOrganisation(t.database, {
      slug: 'csl',
      name: 'Centre Spatial de Liège',
      acronym: 'CSL',
    });
    services = importServices(t.database, dirs.media);
    first = await run();
    await services.media.idle();
  });
  afterAll(() => t.cleanup());

  it('counts every kind and names each failure and warning by its source id', () => {
    expect(first.counts.post).toEqual({
      created: 10,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      failed: 1,
    });
    expect(first.counts.attachment).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
      skipped: 2,
      failed: 1,
    });
    expect(first.counts.comment?.skipped).toBe(2);
    expect(first.counts.page?.skipped).toBe(1);
    expect(first.counts['menu item']?.skipped).toBe(1);
    expect(first.counts['custom type projet']?.skipped).toBe(1);
    const failures = first.failures.map((f) => `${f.item}: ${f.message}`);
    expect(failures).toEqual([
      'attachment 41 “Fichier piégé”: its path “../../etc/passwd” leaves the uploads folder: refused.',
      "post 19 “Archive d'un autre siècle”: the date “1899-12-31 22:00:00” is out of range (1970–2100).",
    ]);
    const warnings = first.warnings.map((w) => `${w.item}: ${w.message}`).join('\n');
    expect(warnings).toContain('attachment 43 “Logo piégé”: 2025/11/logo.svg: ');
    expect(warnings).toContain(
      'attachment 42 “Photo perdue”: file missing from the uploads folder: 2025/11/absente.jpg',
    );
    expect(warnings).toContain(
      'post 10 “Une délégation d’Asie centrale à Redu”: removed: shortcode [gallery], <script>, <iframe> https://video.example.net/embed/123, onerror on <img>, onclick on <a>, javascript: link.',
    );
    expect(warnings).toContain('post 14 “Note interne du bureau”: private in WordPress');
    expect(warnings).toContain('post 16 “Compte rendu protégé”: password-protected');
    expect(warnings).toContain(
      'post 17: has no title: titled “Nouvelles antennes installées sur le site de Transinne”',
    );
    expect(warnings).toContain(
      'post 18 “Visite de Redu, second récit”: slug “visite-delegation-redu” is already used in fr: imported as “visite-delegation-redu-2”.',
    );
    expect(warnings).toContain(
      'category boucle-a: its parents form a loop (boucle-a → boucle-b → boucle-a)',
    );
    expect(warnings).toContain('category evenements: “Événements” matches no sector');
    expect(warnings).toContain(
      'post 12 “Brouillon classique”: image not found in the uploads folder: https://ancien.example.org/wp-content/uploads/2024/01/introuvable.png',
    );
  });

  it('makes one article of a Polylang pair, with its body, sectors, keywords, credit, dates and hero', async () => {
    const fr = await translation('visite-delegation-redu');
    const en = await translation('delegation-visit-redu');
    expect(en.article_id).toBe(fr.article_id);
    expect([fr.locale, en.locale]).toEqual(['fr', 'en']);
    expect(fr.title).toBe('Une délégation d’Asie centrale à Redu');
    expect([fr.status, fr.published_at]).toEqual(['published', '2025-11-03T16:30:00.000Z']);
    expect([fr.credit_line, en.credit_line]).toEqual(['Claire Martin', 'Paul Lambert']);
    expect(fr.excerpt).toBe('Une délégation visite Redu et Liège.');
    expect(fr.keywords).toBe('radar, station sol');
    expect([fr.hero_caption, en.hero_caption]).toEqual([
      'Les antennes de la station au petit matin.',
      '',
    ]);
    expect(fr.body_md).toContain('## Une matinée à Redu');
    expect(fr.body_md).toContain('[de l’agence](https://www.esa.int/) et un lien douteux.');
    expect(fr.body_md).toMatch(/!\[Les antennes de Redu\]\(\/media\/\d{4}\/\d{2}\/[\w-]+\.jpg\)/);
    expect(fr.body_md).toContain('-   antennes de suivi');
    for (const gone of [
      'wp:',
      'script',
      'iframe',
      'javascript',
      'onclick',
      'onerror',
      '[gallery',
      'publicité',
    ])
      expect(fr.body_md).not.toContain(gone);
    expect(fr.body_html).toMatch(/<img src="\/media\/[\w/-]+\.jpg" alt="Les antennes de Redu" \/>/);
    const a = await article(fr.article_id);
    expect([a.published_at, a.created_at, a.updated_at, a.deleted_at]).toEqual([
      '2025-11-03T16:30:00.000Z',
      '2025-11-03T16:30:00.000Z',
      '2025-11-05T07:00:00.000Z',
      null,
    ]);
    expect(await sectorSlugs(fr.article_id)).toEqual(['space']);
    const hero = await db()
      .selectFrom('media')
      .selectAll()
      .where('id', '=', a.hero_media_id!)
      .executeTakeFirstOrThrow();
    expect([hero.original_name, hero.credit, hero.width]).toEqual([
      'station-redu.jpg',
      'Photo : Claire Martin',
      640,
    ]);
    const alt = await db()
      .selectFrom('media_translation')
      .selectAll()
      .where('media_id', '=', hero.id)
      .execute();
    expect(alt.map((r) => [r.locale, r.alt])).toEqual([
      ['fr', 'Trois antennes paraboliques blanches sur une colline boisée'],
    ]);
    expect(fr.body_md).toContain(hero.storage_key);
  });

  it('maps every status, the classic editor’s paragraphs, captions and loose images', async () => {
    const draft = await translation('brouillon-classique');
    expect([draft.status, draft.published_at]).toEqual(['draft', null]);
    // No GMT date: the local time shifted by the site's offset learnt from the other items (+1 h).
    expect((await article(draft.article_id)).created_at).toBe('2025-10-20T13:00:00.000Z');
    expect(draft.body_md).toContain(
      'Premier paragraphe de l’éditeur classique,  \nsur deux lignes.\n\nSecond paragraphe',
    );
    expect(draft.body_md).toContain('*La station vue du ciel*');
    expect(draft.body_md).toMatch(/!\[Schéma\]\(\/media\/[\w/-]+\.png\)/);
    const scheduled = await translation('salon-drone-janvier');
    expect([scheduled.status, scheduled.scheduled_at]).toEqual([
      'scheduled',
      '2027-01-15T08:00:00.000Z',
    ]);
    expect(await sectorSlugs(scheduled.article_id)).toEqual(['drone']);
    expect((await translation('note-interne')).status).toBe('draft');
    expect((await translation('compte-rendu-protege')).status).toBe('draft');
    const trashed = await translation('article-corbeille');
    expect((await article(trashed.article_id)).deleted_at).not.toBeNull();
    const pending = await translation('en-attente');
    expect(pending.status).toBe('draft');
    expect(await sectorSlugs(pending.article_id)).toEqual(['drone']);
    expect((await translation('17')).title).toBe(
      'Nouvelles antennes installées sur le site de Transinne',
    );
    const split = await translation('visite-delegation-redu-2');
    expect(split.body_html).toContain('a]]&gt;b');
    const titles = await db().selectFrom('article_translation').select('title').execute();
    expect(titles.map((r) => r.title)).not.toContain("Archive d'un autre siècle");
    expect(titles.map((r) => r.title)).not.toContain('Devenir membre');
  });

  it('answers the old addresses with 301 to the new pages', async () => {
    const app = makeApp(t.database, { mediaDir: dirs.media });
    const hero = (await article((await translation('visite-delegation-redu')).article_id))
      .hero_media_id!;
    const key = (
      await db()
        .selectFrom('media')
        .select('storage_key')
        .where('id', '=', hero)
        .executeTakeFirstOrThrow()
    ).storage_key;
    for (const [old, target] of [
      ['/2025/11/visite-delegation-redu/', '/fr/actualites/visite-delegation-redu'],
      ['/?p=10', '/fr/actualites/visite-delegation-redu'],
      ['/?p=11', '/en/news/delegation-visit-redu'],
      ['/en/2025/11/delegation-visit-redu/', '/en/news/delegation-visit-redu'],
      ['/2025/11/visite-delegation-redu/station-redu/', '/fr/actualites/visite-delegation-redu'],
      ['/?attachment_id=40', '/fr/actualites/visite-delegation-redu'],
      ['/wp-content/uploads/2025/11/station-redu.jpg', `/media/${key}`],
      ['/2025/05/visite-delegation-redu/', '/fr/actualites/visite-delegation-redu-2'],
    ]) {
      const res = await app.request(old!);
      expect([res.status, res.headers.get('location')], old).toEqual([301, target]);
    }
    expect((await app.request('/fr/actualites/visite-delegation-redu')).status).toBe(200);
    // A draft never was public: its old address keeps no redirect.
    expect((await app.request('/?p=12')).status).not.toBe(301);
  });

  it('finds an article by its imported tags, and leaves detected mentions for review', async () => {
    const app = makeApp(t.database, { mediaDir: dirs.media });
    const page = await (await app.request('/fr/recherche?q=radar')).text();
    expect(page).toContain('Une délégation d’Asie centrale à Redu');
    const fr = await translation('visite-delegation-redu');
    const mentions = await db()
      .selectFrom('mention')
      .select(['state', 'surface'])
      .where('article_translation_id', '=', fr.id)
      .execute();
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((m) => m.state === 'suggested')).toBe(true);
    expect(mentions.map((m) => m.surface)).toContain('Centre Spatial de Liège');
  });

  it('changes nothing when run a second time', async () => {
    const snapshot = async () => ({
      articles: await db()
        .selectFrom('article')
        .select(['id', 'version', 'updated_at'])
        .orderBy('id')
        .execute(),
      translations: await db()
        .selectFrom('article_translation')
        .select(['id', 'version'])
        .orderBy('id')
        .execute(),
      media: await db().selectFrom('media').select(['id', 'version']).orderBy('id').execute(),
      redirects: await db()
        .selectFrom('redirect')
        .select(['source_path', 'target'])
        .orderBy('source_path')
        .execute(),
      revisions: (await db().selectFrom('revision').select('id').execute()).length,
    });
    const before = await snapshot();
    const second = await run();
    expect(second.counts.post).toEqual({
      created: 0,
      updated: 0,
      unchanged: 10,
      skipped: 0,
      failed: 1,
    });
    expect(second.counts.attachment).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
      skipped: 2,
      failed: 1,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('stores an attachment once when an import killed after its upload is run again', async () => {
    const other = await dialect.open();
    try {
      await makeSectors(other.database);
      const media = await makeUploads();
      const real = importServices(other.database, media.media);
      // The process "dies" right after the first image is stored: that upload never returns,
      // and nothing is stored after it.
      let killed = false;
      const dying = {
        ...real,
        media: {
          ...real.media,
          upload: async (input: Parameters<typeof real.media.upload>[0]) => {
            if (killed) throw new Error('the process is gone');
            await real.media.upload(input);
            killed = true;
            throw new Error('killed');
          },
        },
      };
      const options = { file: fixture('site.xml'), uploadsDir: media.uploads, dryRun: false, map };
      await importWordpress({ database: other.database, services: dying }, options).catch(
        () => undefined,
      );
      expect(killed).toBe(true);
      await importWordpress({ database: other.database, services: real }, options);
      await real.media.idle();
      const names = await other.database.db
        .selectFrom('media')
        .select('original_name')
        .where('deleted_at', 'is', null)
        .execute();
      const counts = new Map<string, number>();
      for (const { original_name } of names)
        counts.set(original_name, (counts.get(original_name) ?? 0) + 1);
      expect(
        [...counts.values()].every((n) => n === 1),
        JSON.stringify([...counts]),
      ).toBe(true);
      expect(counts.get('station-redu.jpg')).toBe(1);
    } finally {
      await other.cleanup();
    }
  });

  it('writes nothing in a dry run, and reports what it would do', async () => {
    const fresh = await dialect.open();
    try {
      await makeSectors(fresh.database);
      const own = importServices(fresh.database, dirs.media);
      const report = await importWordpress(
        { database: fresh.database, services: own },
        { file: fixture('site.xml'), uploadsDir: dirs.uploads, dryRun: true, map },
      );
      expect(report.dryRun).toBe(true);
      expect(report.counts.post).toEqual({
        created: 10,
        updated: 0,
        unchanged: 0,
        skipped: 0,
        failed: 1,
      });
      for (const table of [
        'article',
        'article_translation',
        'media',
        'redirect',
        'import_source',
        'revision',
      ] as const) {
        const n = await fresh.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(n.n), table).toBe(0);
      }
    } finally {
      await fresh.cleanup();
    }
  });

  it('refuses a map that names no sector and a language the site does not have', async () => {
    const opts = { file: fixture('site.xml'), uploadsDir: dirs.uploads, dryRun: true };
    await expect(
      importWordpress({ database: t.database, services }, { ...opts, map: { drones: 'mars' } }),
    ).rejects.toThrow('The --map file sends category “drones” to “mars”, which is no sector');
    await expect(
      importWordpress({ database: t.database, services }, { ...opts, map: ['x'] }),
    ).rejects.toThrow('must be a JSON object');
    await expect(
      importWordpress({ database: t.database, services }, { ...opts, defaultLocale: 'de' }),
    ).rejects.toThrow('Unknown language “de”');
    expect(sectors.size).toBe(4);
  });
});

// Sector and event addresses in the reader's language, on the demo content and every dialect:
// each locale's address serves the page, the old single slug and another locale's address answer
// 301 to the right one, the sitemap and the page heads name the per-locale addresses, and an
// address changed in the editor keeps the old one as a redirect.
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/support/dialects.js';
import { makeActor } from '../../test/support/editor.js';
import { demoSite, pageReader } from '../../test/support/site.js';

const base = 'http://localhost:3000';
const hreflangs = (html: string): Record<string, string> =>
  Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
      (m): [string, string] => [m[1]!, m[2]!.replace(base, '')],
    ),
  );
const canonical = (html: string) =>
  /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]?.replace(base, '');

describe.each(testDialects())('addresses per locale on $name', (dialect) => {
  const site = demoSite(dialect, 'locale-slugs');
  const { get, html } = pageReader(site);
  const moved = async (from: string) => {
    const res = await get(from);
    return [res.status, res.headers.get('location')];
  };

  it('serves one sector at /fr/secteurs/spatial and /en/sectors/space, each naming the other', async () => {
    const fr = await html('/fr/secteurs/spatial');
    const en = await html('/en/sectors/space');
    expect(fr).toContain('<h1>Spatial</h1>');
    expect(en).toContain('<h1>Space</h1>');
    expect(canonical(fr)).toBe('/fr/secteurs/spatial');
    expect(canonical(en)).toBe('/en/sectors/space');
    const expected = {
      fr: '/fr/secteurs/spatial',
      en: '/en/sectors/space',
      'x-default': '/fr/secteurs/spatial',
    };
    expect(hreflangs(fr)).toEqual(expected);
    expect(hreflangs(en)).toEqual(expected);
    // The navigation and the sector feed use the French words too.
    expect(fr).toContain('href="/fr/secteurs/defense"');
    expect(fr).toContain(`href="${base}/fr/secteurs/spatial/feed.xml"`);
  });

  it('moves the old English-word French address, and another locale’s, with 301', async () => {
    expect(await moved('/fr/secteurs/space')).toEqual([301, '/fr/secteurs/spatial']);
    expect(await moved('/fr/secteurs/aero?page=2')).toEqual([
      301,
      '/fr/secteurs/aeronautique?page=2',
    ]);
    expect(await moved('/en/sectors/spatial')).toEqual([301, '/en/sectors/space']);
    expect((await get('/fr/secteurs/nulle-part')).status).toBe(404);
    // The feed answers at every address of the sector and names the locale's.
    const feed = await get('/fr/secteurs/space/feed.xml');
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain(`${base}/fr/secteurs/spatial`);
  });

  it('serves an event at its English address and moves its French one on the English side', async () => {
    const en = await html('/en/events/central-asia-delegation-2025');
    expect(canonical(en)).toBe('/en/events/central-asia-delegation-2025');
    expect(hreflangs(en)).toEqual({
      fr: '/fr/agenda/delegation-asie-centrale-2025',
      en: '/en/events/central-asia-delegation-2025',
      'x-default': '/fr/agenda/delegation-asie-centrale-2025',
    });
    expect(await moved('/en/events/delegation-asie-centrale-2025')).toEqual([
      301,
      '/en/events/central-asia-delegation-2025',
    ]);
    expect(await moved('/fr/agenda/central-asia-delegation-2025')).toEqual([
      301,
      '/fr/agenda/delegation-asie-centrale-2025',
    ]);
    expect(await moved('/en/events/delegation-asie-centrale-2025.ics')).toEqual([
      301,
      '/en/events/central-asia-delegation-2025.ics',
    ]);
    expect((await get('/en/events/central-asia-delegation-2025.ics')).status).toBe(200);
    // The agenda links each event at its address in the page's language.
    const agenda = await html('/en/events?when=past');
    expect(agenda).toContain('href="/en/events/central-asia-delegation-2025"');
    expect(agenda).not.toContain('href="/en/events/delegation-asie-centrale-2025"');
  });

  it('links the event at its English address from an English article and the search', async () => {
    const article = await html('/en/news/central-asian-delegation-redu-liege');
    expect(article).toContain('href="/en/events/central-asia-delegation-2025"');
    expect(article).not.toContain('href="/en/events/delegation-asie-centrale-2025"');
    const search = await html('/en/search?q=delegation');
    expect(search).toContain('href="/en/events/central-asia-delegation-2025"');
    expect(search).not.toContain('href="/en/events/delegation-asie-centrale-2025"');
  });

  it('keeps the API’s slug as the stable key and gives the address of the locale as url', async () => {
    const json = async (path: string) => {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      return (await res.json()) as { items: { slug: string; url: string }[] };
    };
    const sectors = await json('/api/v1/sectors?locale=fr');
    expect(sectors.items.find((s) => s.slug === 'space')?.url).toBe(`${base}/fr/secteurs/spatial`);
    const events = await json('/api/v1/events?locale=en&when=past');
    expect(events.items.find((e) => e.slug === 'delegation-asie-centrale-2025')?.url).toBe(
      `${base}/en/events/central-asia-delegation-2025`,
    );
  });

  it('names the per-locale addresses in the sitemap, with their alternates', async () => {
    const text = await (await get('/sitemap.xml')).text();
    for (const path of [
      '/fr/secteurs/spatial',
      '/en/sectors/space',
      '/fr/secteurs/aeronautique',
      '/en/events/central-asia-delegation-2025',
      '/fr/agenda/delegation-asie-centrale-2025',
    ])
      expect(text, path).toContain(`<loc>${base}${path}</loc>`);
    for (const path of ['/fr/secteurs/space', '/en/events/delegation-asie-centrale-2025'])
      expect(text, path).not.toContain(`${base}${path}<`);
    expect(text).toContain(
      `<xhtml:link rel="alternate" hreflang="en" href="${base}/en/sectors/space"/>`,
    );
  });

  it('keeps an address changed in the editor as a redirect, per language', async () => {
    const { directory } = site.services;
    const actor = await makeActor(site.database, 'admin');
    const [sectorId] = (await site.services.sectors.listSectors('fr'))
      .filter((s) => s.slug === 'drone')
      .map((s) => s.id);
    const sector = await directory.sectors.getEntry(sectorId!);
    expect(sector.form['fr.slug']).toBe('drones');
    await directory.sectors.saveEntry(actor, sector.id, sector.version, {
      ...sector.form,
      'fr.slug': 'systemes-sans-pilote',
      'en.slug': 'uncrewed-systems',
    });
    expect(await moved('/fr/secteurs/drones')).toEqual([301, '/fr/secteurs/systemes-sans-pilote']);
    expect(await moved('/en/sectors/drone')).toEqual([301, '/en/sectors/uncrewed-systems']);
    expect((await get('/en/sectors/uncrewed-systems')).status).toBe(200);
    // Another sector's address in that language, or a malformed one, is refused.
    const saved = await directory.sectors.getEntry(sectorId!);
    await expect(
      directory.sectors.saveEntry(actor, saved.id, saved.version, {
        ...saved.form,
        'en.slug': 'space',
      }),
    ).rejects.toThrow('en.slug');
    await expect(
      directory.sectors.saveEntry(actor, saved.id, saved.version, {
        ...saved.form,
        'fr.slug': 'Pas Un Slug',
      }),
    ).rejects.toThrow('fr.slug');

    const { id: eventId } = await site.database.db
      .selectFrom('event')
      .select('id')
      .where('slug', '=', 'delegation-asie-centrale-2025')
      .executeTakeFirstOrThrow();
    const event = await directory.events.getEntry(eventId);
    expect(event.form['en.slug']).toBe('central-asia-delegation-2025');
    await directory.events.saveEntry(actor, eventId, event.version, {
      ...event.form,
      'en.slug': 'central-asian-delegation-2025',
    });
    expect(await moved('/en/events/central-asia-delegation-2025')).toEqual([
      301,
      '/en/events/central-asian-delegation-2025',
    ]);
    // The French address did not change, and the old single slug still finds the new page.
    expect((await get('/fr/agenda/delegation-asie-centrale-2025')).status).toBe(200);
    expect(await moved('/en/events/delegation-asie-centrale-2025')).toEqual([
      301,
      '/en/events/central-asian-delegation-2025',
    ]);
  });
});

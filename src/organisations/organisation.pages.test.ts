// HTTP behaviour of the organisation pages through app.request(), on every dialect.
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/support/dialects.js';
import { directorySite, pageReader } from '../../test/support/site.js';
import { daysAgo, makeArticle, makeArticleMention } from '../../test/support/factories.js';
import { mediaRepository } from '../media/media.repository.js';

describe.each(testDialects())('organisation pages on $name', (dialect) => {
  const site = directorySite(dialect, async (w, database) => {
    // Seven more articles about CSL: two pages of six on its page.
    for (let i = 0; i < 7; i++) {
      const id = await makeArticle(w.services, { publishedAt: daysAgo(50 + i) });
      await makeArticleMention(database, id, { type: 'organisation', id: w.org.csl });
    }
    // Corvilis has a logo.
    const logo = await mediaRepository(database.db).insertMedia(
      {
        storage_key: 'logos/corvilis.png',
        original_name: 'corvilis.png',
        mime_type: 'image/png',
        width: 400,
        height: 400,
        byte_size: 1000,
        credit: 'Corvilis',
        alt: { fr: 'Logo de Corvilis' },
      },
      new Date().toISOString(),
    );
    await database.db
      .updateTable('organisation')
      .set({ logo_media_id: logo })
      .where('id', '=', w.org.corvilis)
      .execute();
  });
  const { get, html } = pageReader(site);
  const cardCount = (page: string) => (page.match(/class="card directory-card"/g) ?? []).length;

  it.each([
    ['/fr/organisations', 'fr', 'Organisations', '6 résultats'],
    ['/en/organisations', 'en', 'Organisations', '6 results'],
  ])('serves the directory at %s', async (path, lang, title, count) => {
    const page = await html(path);
    expect(page).toContain(`<html lang="${lang}">`);
    expect(page).toContain(`<h1>${title}</h1>`);
    expect(page).toContain(count);
    expect(cardCount(page)).toBe(6);
    expect(page).toContain(
      `<form class="dir-filters" method="get" action="/${lang}/organisations"`,
    );
  });

  it.each([
    ['?kind=agency', 2],
    ['?sector=defence', 2],
    ['?country=DE', 1],
    ['?country=de', 1],
    ['?members=1', 3],
    ['?members=1&sector=space&country=BE', 1],
    ['?kind=&sector=&country=', 6],
    ['?country=ZZ', 0],
  ])('filters with %s', async (query, count) => {
    const page = await html(`/fr/organisations${query}`);
    expect(cardCount(page)).toBe(count);
    if (count === 0) expect(page).toContain('Aucune organisation ne correspond à ces critères.');
  });

  it('keeps the chosen filters in the form', async () => {
    const page = await html('/en/organisations?kind=agency&members=1&country=FR');
    expect(page).toContain('<option value="agency" selected="">Agency</option>');
    expect(page).toContain('<option value="FR" selected="">France</option>');
    expect(page).toMatch(
      /<input type="checkbox" id="filter-members" name="members" value="1" checked=""/,
    );
  });

  it.each([
    '/fr/organisations?kind=spaceship',
    '/fr/organisations?sector=nope',
    '/fr/organisations?sector=<script>',
    '/en/organisations?country=BEL',
    '/en/organisations?country=1',
    '/en/organisations?members=yes',
    '/fr/organisations?page=0',
    '/fr/organisations?page=abc',
    '/fr/organisations/esa?page=-1',
  ])('answers 400 with the error page for %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('class="container section error-page"');
  });

  it.each(['/fr/organisations/nope', '/en/organisations/nope', '/fr/organisations?page=2'])(
    'answers 404 for %s',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('error-page');
    },
  );

  it('shows an organisation with its facts, parent, children and people', async () => {
    const esa = await html('/en/organisations/esa');
    expect(esa).toContain('<h1>European Space Agency</h1>');
    expect(esa).toContain('href="https://www.esa.int"');
    expect(esa).toContain('href="/en/organisations/esec"');
    expect(esa).toContain('href="/en/people/christian-baijot"');
    expect(esa).toContain('Head of Redu Operations');
    expect(esa).toContain('launchers');
    expect(esa).toContain('href="/en/projects/tei-asie-centrale"');
    expect(esa).toContain('href="/en/events/delegation-asie-centrale-2025"');
    expect(esa).toContain('href="/fr/organisations/esa" hreflang="fr"');
    const esec = await html('/fr/organisations/esec');
    expect(esec).toContain('Fait partie de');
    expect(esec).toContain('href="/fr/organisations/esa">European Space Agency (ESA)</a>');
    expect(esec).toContain('Station de Redu (jusqu’au 31 décembre 2017)');
    expect(esec).toContain('Lieu d’accueil');
  });

  it('notes a description shown in French on the English page', async () => {
    const esec = await html('/en/organisations/esec');
    expect(esec).toContain('<div lang="fr"><p class="lead">Centre de l’ESA à Redu.</p></div>');
    expect(esec).toContain('Text available in French only.');
  });

  it('shows past roles apart from current ones, and no unsafe website link', async () => {
    const ecole = await html('/fr/organisations/ecole-de-lair');
    expect(ecole).toContain('Anciennes fonctions');
    expect(ecole).toContain('septembre 2014 – août 2022');
    expect(ecole).not.toContain('javascript:');
  });

  it('paginates the articles that mention the organisation', async () => {
    const first = await html('/fr/organisations/centre-spatial-de-liege');
    expect((first.match(/<article class="card"/g) ?? []).length).toBe(6);
    expect(first).toContain(
      'href="/fr/organisations/centre-spatial-de-liege?page=2#news" rel="next"',
    );
    const second = await html('/fr/organisations/centre-spatial-de-liege?page=2');
    expect((second.match(/<article class="card"/g) ?? []).length).toBe(1);
    expect((await get('/fr/organisations/centre-spatial-de-liege?page=3')).status).toBe(404);
    const none = await html('/fr/organisations/isartal');
    expect(none).toContain('Aucun article pour le moment.');
  });

  it('links the directory from the navigation', async () => {
    const home = await html('/fr/');
    expect(home).toContain('href="/fr/organisations"');
    expect(home).toContain('href="/fr/personnes"');
    expect(home).toContain('href="/fr/agenda"');
    expect(home).toContain('href="/fr/projets"');
    const page = await html('/en/organisations');
    expect(page).toMatch(/<a href="\/en\/organisations" aria-current="page">Organisations<\/a>/);
  });

  it('gives an organisation its logo in JSON-LD, and none to one without', async () => {
    const organisationOf = (page: string) =>
      [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)]
        .map((m) => JSON.parse(m[1]!) as { '@type': string; logo?: string })
        .find((d) => d['@type'] === 'Organization')!;
    expect(organisationOf(await html('/en/organisations/corvilis')).logo).toBe(
      'http://localhost:3000/media/logos/corvilis.png',
    );
    expect(organisationOf(await html('/en/organisations/isartal')).logo).toBeUndefined();
  });
});

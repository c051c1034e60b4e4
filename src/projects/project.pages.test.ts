// HTTP behaviour of the project pages through app.request(), on every dialect.
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/support/dialects.js';
import { directorySite, pageReader } from '../../test/support/site.js';

describe.each(testDialects())('project pages on $name', (dialect) => {
  const { get, html } = pageReader(directorySite(dialect));

  it.each([
    ['/fr/projets', 'fr', 'Projets', '/fr/projets/aegira'],
    ['/en/projects', 'en', 'Projects', '/en/projects/tei-asie-centrale'],
  ])('lists projects at %s', async (path, lang, title, link) => {
    const page = await html(path);
    expect(page).toContain(`<html lang="${lang}">`);
    expect(page).toContain(`<h1>${title}</h1>`);
    expect(page).toContain(`href="${link}"`);
  });

  it('shows a project with its programme, lead, partners, dates, budget and links', async () => {
    const fr = await html('/fr/projets/tei-asie-centrale');
    expect(fr).toContain('<h1>TEI</h1>');
    expect(fr).toContain('Global Gateway');
    expect(fr).toContain('href="/fr/organisations/esa"');
    expect(fr).toContain('href="/fr/organisations/centre-spatial-de-liege"');
    expect(fr).toContain('1 octobre 2024 – 30 septembre 2027');
    expect(fr).toMatch(/<dd>2\s400\s000\s€<\/dd>/u);
    expect(fr).toContain('<dd>Kazakhstan, Ouzbékistan</dd>');
    expect(fr).toContain('href="/fr/agenda/delegation-asie-centrale-2025"');
    expect((fr.match(/<article class="card"/g) ?? []).length).toBe(1);
    const en = await html('/en/projects/tei-asie-centrale');
    expect(en).toContain('<dd>€2,400,000</dd>');
    expect(en).toContain('<dd>Kazakhstan, Uzbekistan</dd>');
    expect(en).toContain('Text available in French only.');
  });

  it('leaves out an unknown budget', async () => {
    const page = await html('/en/projects/aegira');
    expect(page).not.toContain('Budget');
  });

  it.each([
    ['/fr/projets/nope', 404],
    ['/en/projects/nope', 404],
    ['/en/projects?page=2', 404],
    ['/en/projects?page=two', 400],
  ])('%s answers %i with the error page', async (path, status) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(await res.text()).toContain('error-page');
  });
});

// HTTP behaviour of the people pages through app.request(), on every dialect.
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/support/dialects.js';
import { makePerson } from '../../test/support/factories.js';
import { directorySite, pageReader } from '../../test/support/site.js';

describe.each(testDialects())('people pages on $name', (dialect) => {
  const { get, html } = pageReader(
    directorySite(dialect, async (world, database) => {
      // One role typed in French only, outside the role vocabulary; one in English only, in it.
      await makePerson(database, {
        slug: 'noor-ambroise',
        given_name: 'Noor',
        family_name: 'Ambroise',
        honorific: 'Mme',
        affiliations: [
          {
            organisation_id: world.org.corvilis,
            starts_on: '2024-01-01',
            ends_on: null,
            roles: { fr: 'Chargée de mission innovation' },
          },
          {
            organisation_id: world.org.isartal,
            starts_on: '2020-01-01',
            ends_on: null,
            roles: { en: 'Engineer' },
          },
        ],
      });
    }),
  );

  it.each([
    ['/fr/personnes', 'fr', 'Personnes'],
    ['/en/people', 'en', 'People'],
  ])('lists people alphabetically at %s', async (path, lang, title) => {
    const page = await html(path);
    expect(page).toContain(`<html lang="${lang}">`);
    expect(page).toContain(`<h1>${title}</h1>`);
    const order = ['christian-baijot', 'amelie-de-froidmont', 'sophie-marchal'].map((slug) =>
      page.indexOf(`/${lang}/${title === 'People' ? 'people' : 'personnes'}/${slug}"`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('shows a person’s roles over time, talks and the articles that mention them', async () => {
    const page = await html('/fr/personnes/sophie-marchal');
    expect(page).toContain('<h1>Sophie Marchal</h1>');
    expect(page).toContain('Directrice générale');
    expect(page).toContain('depuis septembre 2022');
    expect(page).toContain('septembre 2014 – août 2022');
    expect(page).toContain('href="/fr/organisations/corvilis"');
    expect(page).toContain('href="/fr/agenda/defence-day-2027"');
    expect(page).toContain('Essais au CSL');
    expect(page).toContain('Dans l’actualité');
    expect((page.match(/<article class="card"/g) ?? []).length).toBe(1);
  });

  it('translates a role of the vocabulary typed in another language', async () => {
    const page = await html('/en/people/sophie-marchal');
    expect(page).toContain('<p class="role-title">Managing director</p>');
    expect(page).not.toContain('Directrice générale');
    expect(page).toContain('<p class="role-title">Head of the Laboratory</p>');
  });

  it('shows a free-text role in its own language, marked with lang', async () => {
    const en = await html('/en/people/noor-ambroise');
    expect(en).toContain('<p class="role-title" lang="fr">Chargée de mission innovation</p>');
    expect(en).toContain('<p class="role-title">Engineer</p>');
    // French from English: the honorific gives the feminine form.
    const fr = await html('/fr/personnes/noor-ambroise');
    expect(fr).toContain('<p class="role-title">Ingénieure</p>');
    expect(fr).toContain('<p class="role-title">Chargée de mission innovation</p>');
  });

  it.each([
    ['/fr/personnes/nobody', 404],
    ['/en/people/nobody', 404],
    ['/en/people?page=2', 404],
    ['/en/people?page=x', 400],
    ['/fr/personnes/sophie-marchal?page=0', 400],
  ])('%s answers %i with the error page', async (path, status) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(await res.text()).toContain('error-page');
  });
});

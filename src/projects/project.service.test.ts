// Reading projects (repository and service), on every dialect.
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/support/dialects.js';
import { directoryWorld } from '../../test/support/site.js';

describe.each(testDialects())('projects on $name', (dialect) => {
  const w = directoryWorld(dialect);

  it('lists projects by acronym with their lead and sectors', async () => {
    const { items, page } = await w.services.projects.listProjects('fr', 1);
    expect(items.map((p) => p.acronym)).toEqual(['AEGIRA', 'TEI']);
    expect(page.total).toBe(2);
    expect(items[1]).toMatchObject({
      programme: 'Global Gateway',
      lead: { slug: 'esa', name: 'European Space Agency', acronym: 'ESA' },
      startsOn: '2024-10-01',
      endsOn: '2027-09-30',
      sectors: [{ slug: 'space', name: 'Secteur space' }],
    });
  });

  it('shows a project with partners, countries, budget and its description', async () => {
    const project = await w.services.projects.getProjectPage('en', 'tei-asie-centrale');
    expect(project).toMatchObject({
      name: 'Team Europe Initiative on Digital Connectivity in Central Asia',
      budgetEur: 2_400_000,
      website: 'https://tei.example',
      countries: ['KZ', 'UZ'],
      partners: [
        { slug: 'centre-spatial-de-liege', name: 'Centre Spatial de Liège', role: 'partner' },
      ],
      description: 'Coopération numérique avec l’Asie centrale.',
      descriptionLocale: 'fr',
    });
    const aegira = await w.services.projects.getProjectPage('fr', 'aegira');
    expect(aegira.budgetEur).toBeNull();
  });

  it('lists the projects an organisation leads or is a partner of', async () => {
    const esa = await w.services.projects.listProjectsOfOrganisation('fr', w.org.esa);
    expect(esa.map((p) => [p.project.slug, p.role])).toEqual([['tei-asie-centrale', 'lead']]);
    const isartal = await w.services.projects.listProjectsOfOrganisation('fr', w.org.isartal);
    expect(isartal.map((p) => [p.project.slug, p.role])).toEqual([['aegira', 'partner']]);
  });

  it('answers not_found for an unknown project', async () => {
    await expect(w.services.projects.getProjectPage('fr', 'nope')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

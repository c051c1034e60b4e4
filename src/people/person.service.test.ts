// Reading people and their roles (repository and service), on every dialect.
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/support/dialects.js';
import { directoryWorld } from '../../test/support/site.js';

describe.each(testDialects())('people on $name', (dialect) => {
  const w = directoryWorld(dialect);

  it('lists people by family name, as written, with their current roles only', async () => {
    const { items, page } = await w.services.people.listPeople('fr', 1);
    expect(items.map((p) => p.name)).toEqual([
      'Christian Baijot',
      'Dr Amélie de Froidmont',
      'Sophie Marchal',
    ]);
    expect(page.total).toBe(3);
    const marchal = items.find((p) => p.slug === 'sophie-marchal')!;
    expect(marchal.roles.map((r) => [r.role, r.organisation.slug])).toEqual([
      ['Directrice générale', 'corvilis'],
    ]);
  });

  it('finds the people of the directory a credit line names, with their honorific', async () => {
    expect(
      await w.services.people.listCreditedPeople('Photo : Amelie de Froidmont – Corvilis'),
    ).toEqual([{ slug: expect.any(String) as string, name: 'Dr Amélie de Froidmont' }]);
    expect(await w.services.people.listCreditedPeople('Global Gateway')).toEqual([]);
  });

  it('paginates people; a page past the end is not found', async () => {
    const second = await w.services.people.listPeople('en', 2, 2);
    expect(second.items.map((p) => p.slug)).toEqual(['sophie-marchal']);
    await expect(w.services.people.listPeople('en', 3, 2)).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('shows a person’s roles over time, current first, titled in the reader’s language (by the role vocabulary when only another language has it)', async () => {
    const person = await w.services.people.getPersonPage('en', 'sophie-marchal');
    expect(
      person.roles.map((r) => [
        r.role,
        r.roleLocale,
        r.organisation.slug,
        r.startsOn,
        r.endsOn,
        r.current,
      ]),
    ).toEqual([
      ['Managing director', 'en', 'corvilis', '2022-09-01', null, true],
      ['Head of the Laboratory', 'en', 'ecole-de-lair', '2014-09-01', '2022-08-31', false],
    ]);
    expect(person.bio).toBe('Ingénieure.');
    expect(person.bioLocale).toBe('fr');
  });

  it('lists the people of an organisation with their roles', async () => {
    const ecole = await w.services.people.listPeopleOfOrganisation('fr', w.org.ecole);
    expect(ecole.map((m) => [m.person.slug, m.role, m.current])).toEqual([
      ['sophie-marchal', 'Responsable du laboratoire', false],
    ]);
    const esa = await w.services.people.listPeopleOfOrganisation('en', w.org.esa);
    expect(esa.map((m) => [m.person.name, m.role, m.current])).toEqual([
      ['Christian Baijot', 'Head of Redu Operations', true],
    ]);
  });

  it('answers not_found for an unknown person', async () => {
    await expect(w.services.people.getPersonPage('fr', 'nobody')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

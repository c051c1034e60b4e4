// The keyset reads every feature's service offers (the JSON API's lists): on every dialect, a page
// is read in the same number of queries whatever its size — relations are fetched once per page,
// never once per item — and undated affiliations sort last on both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDirectory, type DirectoryWorld } from '../support/directory.js';
import { testDialects, type TestDatabase } from '../support/dialects.js';
import { makeOrganisation, makePerson, makeServices } from '../support/factories.js';
import { countQueries } from '../support/query-count.js';
import type { Schema } from '../../src/db/schema.js';
import type { Services } from '../../src/services.js';

describe.each(testDialects())('keyset reads on $name', (dialect) => {
  let t: TestDatabase;
  let w: DirectoryWorld;
  let counted: ReturnType<typeof countQueries<Schema>>;
  let services: Services;

  beforeAll(async () => {
    t = await dialect.open();
    w = await seedDirectory(t.database);
    counted = countQueries(t.database.db);
    services = makeServices({ ...t.database, db: counted.db });
  });
  afterAll(() => t.cleanup());

  const sameCost = async (read: (limit: number) => Promise<{ items: unknown[] }>) => {
    let one = 0;
    const small = await counted.during(async () => {
      one = (await read(1)).items.length;
    });
    let all = 0;
    const large = await counted.during(async () => {
      all = (await read(100)).items.length;
    });
    expect(one).toBe(1);
    expect(all).toBeGreaterThan(1);
    expect(large).toBe(small);
  };

  it('reads a page of organisations, people, projects or events in a fixed number of queries', async () => {
    await sameCost((limit) => services.organisations.listOrganisationsAfter({ limit }, 'en'));
    await sameCost((limit) => services.people.listPeopleAfter({ limit }, 'en'));
    await sameCost((limit) => services.projects.listProjectsAfter({ limit }, 'en'));
    await sameCost((limit) => services.events.listEventsAfter({ when: 'upcoming', limit }, 'en'));
  });

  it('lists a person’s affiliations latest start first, undated ones last', async () => {
    const org = await makeOrganisation(t.database, { slug: 'keyset-org', name: 'Keyset Org' });
    const id = await makePerson(t.database, {
      slug: 'keyset-person',
      affiliations: [
        { organisation_id: org, starts_on: null, ends_on: null, roles: { fr: 'Conseillère' } },
        { organisation_id: org, starts_on: '2014-09-01', ends_on: null, roles: { fr: 'Membre' } },
        { organisation_id: w.org.esa, starts_on: '2022-09-01', ends_on: null, roles: {} },
      ],
    });
    const person = await services.people.findPersonEntry({ id }, 'en');
    expect(person?.affiliations.map((a) => [a.startsOn, a.role])).toEqual([
      ['2022-09-01', ''],
      ['2014-09-01', 'Membre'],
      [null, 'Conseillère'],
    ]);
  });
});

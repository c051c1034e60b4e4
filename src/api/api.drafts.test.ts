// Draft organisations and people through the JSON API, on every dialect: public reads (with or
// without a token) answer 404 for a draft and leave it out of lists; an editor's token publishes
// an organisation with `status` (If-Match: * since its version is not readable), a bad status is
// a 400 that changes nothing, and public reads then show it as published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeActor } from '../../test/support/editor.js';
import {
  makeOrganisation,
  makePerson,
  makeServices,
  testNow,
} from '../../test/support/factories.js';
import { apiTokenServiceOver } from '../users/api-token.service.js';

describe.each(testDialects())('draft entries in the API on $name', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof makeApp>;
  let token: string;
  const ids = {} as { org: string; person: string };

  beforeAll(async () => {
    t = await dialect.open();
    app = makeApp(t.database);
    const actor = await makeActor(t.database, 'editor');
    const tokens = apiTokenServiceOver(
      t.database.db,
      makeServices(t.database).audit,
      () => testNow,
    );
    token = (await tokens.createToken({ actorId: actor.id! }, 'newsroom')).token;
    ids.org = await makeOrganisation(t.database, {
      slug: 'photonix',
      name: 'Photonix',
      status: 'draft',
    });
    ids.person = await makePerson(t.database, { slug: 'yara-brouillon', status: 'draft' });
  });
  afterAll(() => t.cleanup());

  const call = async (
    method: string,
    path: string,
    withToken: boolean,
    body?: unknown,
    ifMatch?: string,
  ) => {
    const res = await app.request(path, {
      method,
      headers: {
        ...(withToken ? { authorization: `Bearer ${token}` } : {}),
        ...(ifMatch ? { 'if-match': ifMatch } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, text: await res.text() };
  };

  it('hides drafts from public reads, with or without a token', async () => {
    for (const withToken of [false, true]) {
      expect((await call('GET', `/api/v1/organisations/${ids.org}`, withToken)).status).toBe(404);
      expect((await call('GET', `/api/v1/people/${ids.person}`, withToken)).status).toBe(404);
      expect((await call('GET', '/api/v1/organisations?limit=100', withToken)).text).not.toContain(
        ids.org,
      );
      expect((await call('GET', '/api/v1/people?limit=100', withToken)).text).not.toContain(
        ids.person,
      );
    }
  });

  it('refuses an unknown status with a 400 and changes nothing', async () => {
    const bad = await call(
      'PATCH',
      `/api/v1/organisations/${ids.org}`,
      true,
      { status: 'hidden' },
      '*',
    );
    expect(bad.status).toBe(400);
    const row = await t.database.db
      .selectFrom('organisation')
      .select(['status', 'version'])
      .where('id', '=', ids.org)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'draft', version: 1 });
  });

  it('publishes an organisation with status, after which public reads show it', async () => {
    const done = await call(
      'PATCH',
      `/api/v1/organisations/${ids.org}`,
      true,
      { status: 'published' },
      '*',
    );
    expect(done.status).toBe(200);
    const read = await call('GET', `/api/v1/organisations/${ids.org}`, false);
    expect(read.status).toBe(200);
    expect(JSON.parse(read.text)).toMatchObject({ slug: 'photonix', status: 'published' });
    expect((await call('GET', '/api/v1/organisations?limit=100', false)).text).toContain(ids.org);
  });
});

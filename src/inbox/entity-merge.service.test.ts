// Merging two directory entries on every dialect: mentions, affiliations, event roles, project
// partnerships and leads, sectors and names move to the kept organisation; the removed one is
// trashed and its public pages redirect; people merge the same way; bad merges change nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeActor } from '../../test/support/editor.js';
import {
  makeArticle,
  makeArticleMention,
  makeEvent,
  makeOrganisation,
  makePerson,
  makeProject,
  makeSectors,
  makeServices,
} from '../../test/support/factories.js';
import type { Services } from '../services.js';
import { searchDb } from '../db/tables/search.table.js';
import type { Decider } from './inbox.service.js';

describe.each(testDialects())('entity merge on $name', (dialect) => {
  let t: TestDatabase;
  let services: Services;
  let editor: Decider;
  let sectors: Map<string, string>;

  beforeEach(async () => {
    t = await dialect.open();
    sectors = await makeSectors(t.database);
    services = makeServices(t.database);
    editor = { actor: await makeActor(t.database, 'editor') };
  });
  afterEach(() => t.cleanup());

  const db = () => t.database.db;

  it('moves everything to the kept organisation and redirects the removed one', async () => {
    const kept = await makeOrganisation(t.database, {
      name: 'Skywin Wallonie',
      slug: 'skywin',
      sector_ids: [sectors.get('aero')!],
    });
    const removed = await makeOrganisation(t.database, {
      name: 'Pôle Skywin',
      acronym: 'PSK',
      slug: 'pole-skywin',
      aliases: [{ alias: 'Skywin cluster', kind: 'alias', valid_until: null }],
      sector_ids: [sectors.get('aero')!, sectors.get('space')!],
    });
    const person = await makePerson(t.database, {
      affiliations: [
        { organisation_id: removed, starts_on: null, ends_on: null, roles: { fr: 'directeur' } },
      ],
    });
    const event = await makeEvent(t.database);
    await db()
      .insertInto('event_organisation')
      .values([
        { event_id: event, organisation_id: removed, role: 'organiser' },
        { event_id: event, organisation_id: kept, role: 'partner' },
      ])
      .execute();
    const project = await makeProject(t.database, {
      lead_organisation_id: removed,
      partner_ids: [removed],
    });
    const both = await makeArticle(services);
    await makeArticleMention(
      t.database,
      both,
      { type: 'organisation', id: kept },
      { state: 'suggested' },
    );
    await makeArticleMention(t.database, both, { type: 'organisation', id: removed });
    const only = await makeArticle(services);
    await makeArticleMention(t.database, only, { type: 'organisation', id: removed });

    await services.search.indexEntity('organisation', removed);
    const indexed = (id: string) =>
      searchDb(db())
        .selectFrom('search_document')
        .select('title_terms')
        .where('type', '=', 'organisation')
        .where('entity_id', '=', id)
        .execute();
    expect(await indexed(removed)).not.toEqual([]);
    const result = await services.entityMerge.mergeEntities(editor, 'organisation', kept, removed);
    // The index follows: the removed entry leaves it, the kept one answers to its names.
    expect(await indexed(removed)).toEqual([]);
    expect((await indexed(kept)).length).toBeGreaterThan(0);
    expect(result.counts).toMatchObject({ mentions: 4, affiliations: 1, aliases: 2 });

    const mentions = await db().selectFrom('mention').select(['entity_id', 'state']).execute();
    expect(mentions).toHaveLength(4);
    expect(mentions.every((m) => m.entity_id === kept && m.state === 'confirmed')).toBe(true);
    const aliases = await db()
      .selectFrom('organisation_alias')
      .select(['organisation_id', 'alias'])
      .execute();
    expect(aliases.every((a) => a.organisation_id === kept)).toBe(true);
    expect(aliases.map((a) => a.alias).sort()).toEqual(['Pôle Skywin', 'Skywin cluster']);
    expect(
      await db()
        .selectFrom('affiliation')
        .select('organisation_id')
        .where('person_id', '=', person)
        .execute(),
    ).toEqual([{ organisation_id: kept }]);
    expect(
      await db().selectFrom('event_organisation').select(['organisation_id', 'role']).execute(),
    ).toEqual([{ organisation_id: kept, role: 'partner' }]);
    expect(
      await db()
        .selectFrom('project')
        .select('lead_organisation_id')
        .where('id', '=', project)
        .execute(),
    ).toEqual([{ lead_organisation_id: kept }]);
    expect(await db().selectFrom('project_partner').select('organisation_id').execute()).toEqual([
      { organisation_id: kept },
    ]);
    expect(
      (
        await db()
          .selectFrom('organisation_sector')
          .select('sector_id')
          .where('organisation_id', '=', kept)
          .execute()
      ).length,
    ).toBe(2);
    expect(
      await db().selectFrom('organisation').select('acronym').where('id', '=', kept).execute(),
    ).toEqual([{ acronym: 'PSK' }]);
    const gone = await db()
      .selectFrom('organisation')
      .select('deleted_at')
      .where('id', '=', removed)
      .executeTakeFirstOrThrow();
    expect(gone.deleted_at).not.toBeNull();

    expect(await services.redirects.resolve('/fr/organisations/pole-skywin', '')).toEqual({
      location: '/fr/organisations/skywin',
      status: 301,
    });
    expect(await services.redirects.resolve('/en/organisations/pole-skywin', '')).toEqual({
      location: '/en/organisations/skywin',
      status: 301,
    });
    const audit = await db()
      .selectFrom('audit_entry')
      .selectAll()
      .where('action', '=', 'organisation.merge')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ removed, removedName: 'Pôle Skywin' });

    // A second submit finds the removed entry in the trash and changes nothing.
    await expect(
      services.entityMerge.mergeEntities(editor, 'organisation', kept, removed),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('merges two people: mentions, affiliations and talks', async () => {
    const org = await makeOrganisation(t.database);
    const kept = await makePerson(t.database, {
      given_name: 'Marc',
      family_name: 'Lenoir',
      slug: 'marc-lenoir',
    });
    const removed = await makePerson(t.database, {
      given_name: 'Marc',
      family_name: 'LENOIR',
      slug: 'marc-lenoir-2',
      affiliations: [{ organisation_id: org, starts_on: null, ends_on: null, roles: {} }],
    });
    const article = await makeArticle(services);
    await makeArticleMention(t.database, article, { type: 'person', id: removed });
    await services.entityMerge.mergeEntities(editor, 'person', kept, removed);
    const mentions = await db().selectFrom('mention').select('entity_id').execute();
    expect(mentions.every((m) => m.entity_id === kept)).toBe(true);
    expect(await db().selectFrom('affiliation').select('person_id').execute()).toEqual([
      { person_id: kept },
    ]);
    expect(await services.redirects.resolve('/en/people/marc-lenoir-2', '')).toEqual({
      location: '/en/people/marc-lenoir',
      status: 301,
    });
  });

  it('refuses an entry merged with itself, across kinds, or by an author, and changes nothing', async () => {
    const a = await makeOrganisation(t.database);
    const p = await makePerson(t.database);
    await expect(
      services.entityMerge.mergeEntities(editor, 'organisation', a, a),
    ).rejects.toMatchObject({ code: 'bad_request' });
    await expect(
      services.entityMerge.mergeEntities(editor, 'organisation', a, p),
    ).rejects.toMatchObject({ code: 'not_found' });
    const author = { actor: await makeActor(t.database, 'author') };
    await expect(services.entityMerge.mergeEntities(author, 'person', p, p)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await db().selectFrom('audit_entry').select('id').execute()).toEqual([]);
    expect(
      await db()
        .selectFrom('organisation')
        .select('id')
        .where('deleted_at', 'is not', null)
        .execute(),
    ).toEqual([]);
  });
});

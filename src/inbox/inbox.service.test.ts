// The entity inbox on every dialect: groups across articles, create with aliases, link to an
// existing entity, reject everywhere with the stop-list honoured by the next detection, repeated
// submits that change nothing, and an audit entry for every decision.
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeActor } from '../../test/support/editor.js';
import { makeOrganisation, makeSectors, makeServices } from '../../test/support/factories.js';
import { articleNaming, mentionsOf, org, person } from '../../test/support/inbox.js';
import type { Services } from '../services.js';
import type { Decider } from './inbox.service.js';

describe.each(testDialects())('entity inbox on $name', (dialect) => {
  let t: TestDatabase;
  let services: Services;
  let editor: Decider;

  beforeEach(async () => {
    t = await dialect.open();
    await makeSectors(t.database);
    services = makeServices(t.database);
    editor = {
      actor: await makeActor(t.database, 'editor'),
      client: { ip: '192.0.2.7', userAgent: 'test' },
    };
  });
  afterEach(() => t.cleanup());

  const audit = (action: string) =>
    t.database.db.selectFrom('audit_entry').selectAll().where('action', '=', action).execute();

  async function skywinWorld() {
    const a = await articleNaming(
      services,
      t.database,
      [org('Skywin'), person('Marc', 'Lenoir')],
      'Un',
    );
    const b = await articleNaming(services, t.database, [org('pôle Skywin')], 'Deux');
    const c = await articleNaming(services, t.database, [org('Skywin Wallonie', 'SKW')], 'Trois');
    return { a, b, c };
  }

  it('groups « Skywin », « pôle Skywin » and « Skywin Wallonie », ranked by articles', async () => {
    await skywinWorld();
    const groups = await services.inbox.listGroups();
    expect(groups.map((g) => [g.name, g.articleCount])).toEqual([
      ['Skywin Wallonie', 3],
      ['Marc Lenoir', 1],
    ]);
    expect(groups[0]).toMatchObject({
      kind: 'organisation',
      acronym: 'SKW',
      aliases: ['Skywin', 'pôle Skywin'],
      mentionCount: 3,
    });
    expect(await services.inbox.countOpenGroups()).toBe(2);
  });

  it('creates the organisation with its aliases and confirms every mention of the group', async () => {
    const { a, b, c } = await skywinWorld();
    const [g] = await services.inbox.listGroups();
    const [made] = await services.inbox.createEntities(editor, [g!], {
      [g!.key]: {
        kind: 'organisation',
        name: 'Skywin Wallonie',
        acronym: 'SKW',
        organisationKind: 'cluster',
        aliases: ['Skywin', 'pôle Skywin', 'Skywin Wallonie'],
      },
    });
    expect(made).toMatchObject({ type: 'organisation', created: true });
    const aliases = await t.database.db
      .selectFrom('organisation_alias')
      .select('alias')
      .where('organisation_id', '=', made!.id)
      .execute();
    expect(aliases.map((x) => x.alias).sort()).toEqual(['Skywin', 'pôle Skywin']);
    for (const { articleId } of [a, b, c]) {
      const orgMentions = (await mentionsOf(t.database, articleId)).filter(
        (m) => m.entity_type === 'organisation',
      );
      expect(orgMentions).toEqual([
        expect.objectContaining({ state: 'confirmed', entity_id: made!.id, suggestion: null }),
      ]);
    }
    expect(await services.inbox.listGroups()).toHaveLength(1);
    const entries = await audit('inbox.create');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor_id: editor.actor.id,
      entity_id: made!.id,
      ip: '192.0.2.7',
    });

    // A second submit of the same form finds the group gone and changes nothing.
    await expect(services.inbox.createEntities(editor, [g!])).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await t.database.db.selectFrom('organisation').select('id').execute()).toHaveLength(1);
    expect(await audit('inbox.create')).toHaveLength(1);
  });

  it('creates one entity and one decision under ten simultaneous submits', async () => {
    await skywinWorld();
    const [g] = await services.inbox.listGroups();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () => services.inbox.createEntities(editor, [g!])),
    );
    const done = outcomes.filter((o) => o.status === 'fulfilled');
    expect(done.length).toBeGreaterThanOrEqual(1);
    for (const o of outcomes)
      if (o.status === 'rejected')
        expect(['not_found', 'conflict']).toContain((o.reason as { code: string }).code);
    expect(await t.database.db.selectFrom('organisation').select('id').execute()).toHaveLength(1);
    expect(await audit('inbox.create')).toHaveLength(1);
  });

  it('creates people with the proposed name, in a batch with an organisation', async () => {
    await skywinWorld();
    const groups = await services.inbox.listGroups();
    const made = await services.inbox.createEntities(editor, groups);
    expect(made.map((m) => m.type).sort()).toEqual(['organisation', 'person']);
    const people = await t.database.db
      .selectFrom('person')
      .select(['given_name', 'family_name'])
      .execute();
    expect(people).toEqual([{ given_name: 'Marc', family_name: 'Lenoir' }]);
    expect(await services.inbox.listGroups()).toEqual([]);
    expect(await audit('inbox.create')).toHaveLength(2);
  });

  it('links a group to an existing organisation, whose aliases grow', async () => {
    const { a } = await skywinWorld();
    const existing = await makeOrganisation(t.database, {
      name: 'Skywin Wallonie ASBL',
      slug: 'skywin',
    });
    const [g] = await services.inbox.listGroups();
    await services.inbox.linkGroup(editor, g!, existing);
    const aliases = await t.database.db
      .selectFrom('organisation_alias')
      .select('alias')
      .where('organisation_id', '=', existing)
      .execute();
    expect(aliases.map((x) => x.alias).sort()).toEqual([
      'SKW',
      'Skywin',
      'Skywin Wallonie',
      'pôle Skywin',
    ]);
    const mentions = await mentionsOf(t.database, a.articleId);
    expect(mentions.find((m) => m.entity_type === 'organisation')).toMatchObject({
      state: 'confirmed',
      entity_id: existing,
    });
    expect(await audit('inbox.link')).toHaveLength(1);
  });

  it('refuses to link to a person of an organisation group, or to a stale group', async () => {
    await skywinWorld();
    const [g, p] = await services.inbox.listGroups();
    const someone = (
      await t.database.db.selectFrom('app_user').select('id').executeTakeFirstOrThrow()
    ).id;
    await expect(services.inbox.linkGroup(editor, g!, someone)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      services.inbox.linkGroup(editor, { key: p!.key, fingerprint: 'stale' }, someone),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      services.inbox.rejectGroups(editor, [{ key: 'organisation:nothing', fingerprint: 'x' }]),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await services.inbox.listGroups()).toHaveLength(2);
    expect(await t.database.db.selectFrom('audit_entry').select('id').execute()).toEqual([]);
  });

  it('refuses authors: the inbox is the directory editors’ work', async () => {
    await skywinWorld();
    const [g] = await services.inbox.listGroups();
    const author = { actor: await makeActor(t.database, 'author') };
    await expect(services.inbox.rejectGroups(author, [g!])).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('rejects everywhere, and the next detection honours the stop-list', async () => {
    const text = 'Le Groupement Aérien Fictif (GAF) a signé un accord avec ses partenaires.';
    const first = await makeArticleWith(text);
    const suggested = await services.linking.detectMentions(first);
    expect(suggested.some((m) => m.suggestion?.kind === 'organisation')).toBe(true);
    const [g] = await services.inbox.listGroups();
    expect(g).toMatchObject({ name: 'Groupement Aérien Fictif', acronym: 'GAF' });
    await services.inbox.rejectGroups(editor, [g!]);
    expect((await services.inbox.listStops()).map((s) => s.name)).toContain(
      'Groupement Aérien Fictif',
    );
    expect(await audit('inbox.reject')).toHaveLength(1);

    const second = await makeArticleWith(`Une autre fois : ${text}`);
    const detected = await services.linking.detectMentions(second);
    expect(detected.filter((m) => m.suggestion?.kind === 'organisation')).toEqual([]);
    expect(await services.inbox.listGroups()).toEqual([]);

    // Off the list, the name is suggested again.
    const [stop] = await services.inbox.listStops();
    await services.inbox.removeStop(editor, stop!.id);
    const again = await services.linking.detectMentions(second);
    expect(again.some((m) => m.suggestion?.kind === 'organisation')).toBe(true);
  });

  async function makeArticleWith(body: string): Promise<string> {
    const { translationId } = await articleNaming(services, t.database, [], 'Accord');
    await t.database.db
      .updateTable('article_translation')
      .set({ body_md: body })
      .where('id', '=', translationId)
      .execute();
    return translationId;
  }
});

// Mention review on every dialect: decisions limited to the article's own mentions, and a
// suggested person created with their affiliation in one action, then confirmed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { articleForm, makeActor, makeEditor, translationForm } from '../../test/support/editor.js';
import {
  makeOrganisation,
  makeSectors,
  makeServices,
  testNow,
} from '../../test/support/factories.js';
import { linkingServiceOver } from '../linking/linking.service.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { personRepository } from '../people/person.repository.js';
import type { Actor } from '../kernel/actor.js';
import { mentionReviewService, type MentionReviewService } from './mention-review.service.js';

describe.each(testDialects())('mention review on $name', (dialect) => {
  let t: TestDatabase;
  let review: MentionReviewService;
  let editor: ReturnType<typeof makeEditor>;
  let actor: Actor;
  let space: string;
  /** The articles each decision was reported for (the services reindex them for search). */
  const changed: string[] = [];

  beforeAll(async () => {
    t = await dialect.open();
    space = (await makeSectors(t.database)).get('space')!;
    editor = makeEditor(t.database);
    review = mentionReviewService({
      editor,
      linking: linkingServiceOver(t.database.db, () => testNow),
      organisations: organisationRepository(t.database.db),
      people: personRepository(t.database.db),
      now: () => testNow,
      onChanged: (articleId) => {
        changed.push(articleId);
      },
    });
    actor = await makeActor(t.database, 'editor');
  });
  afterAll(() => t.cleanup());

  it('creates a suggested person with their affiliation and confirms the mention', async () => {
    await makeOrganisation(t.database, { name: 'Spacebel', slug: 'spacebel' });
    const { id } = await editor.createArticle(
      actor,
      articleForm(
        [space],
        {},
        {
          body: 'Marc Lenoir, directeur général de Spacebel, a présenté le satellite.',
        },
      ),
    );
    const [fr] = await review.listMentions(actor, id);
    const suggestion = fr!.mentions.find((m) => m.suggestion?.kind === 'person');
    expect(suggestion?.suggestion).toMatchObject({
      givenName: 'Marc',
      familyName: 'Lenoir',
      affiliation: { role: 'directeur général' },
    });
    const created = await review.createFromSuggestion(actor, id, suggestion!.id, {
      kind: 'person',
      givenName: 'Marc',
      familyName: 'Lenoir',
      organisationId:
        suggestion!.suggestion?.kind === 'person'
          ? (suggestion!.suggestion.affiliation?.organisation.id ?? null)
          : null,
      organisationName: 'Spacebel',
      organisationKind: 'company',
      role: 'directeur général',
    });
    expect(created.entityType).toBe('person');
    // A draft: stored with its affiliation, but not among the people readers see.
    const db = t.database.db;
    const person = await db
      .selectFrom('person')
      .select(['id', 'status'])
      .where('slug', '=', 'marc-lenoir')
      .executeTakeFirst();
    expect(person).toEqual({ id: created.entityId, status: 'draft' });
    expect(await personRepository(db).findPersonBySlug('marc-lenoir', 'fr', 'fr')).toBeUndefined();
    const roles = await db
      .selectFrom('affiliation as a')
      .innerJoin('affiliation_translation as ft', 'ft.affiliation_id', 'a.id')
      .select('ft.role_title')
      .where('a.person_id', '=', created.entityId)
      .execute();
    expect(roles.map((r) => r.role_title)).toEqual(['directeur général']);
    const [after] = await review.listMentions(actor, id);
    expect(after!.mentions).toContainEqual(
      expect.objectContaining({
        entityType: 'person',
        entityId: created.entityId,
        state: 'confirmed',
      }),
    );
  });

  it('lists the translations in the site’s language order, French before English', async () => {
    await makeOrganisation(t.database, { name: 'Ordinal Space', slug: 'ordinal-space' });
    const { id } = await editor.createArticle(
      actor,
      articleForm([space], {
        translations: {
          fr: translationForm({ body: 'Ordinal Space ouvre un bureau.' }),
          en: translationForm({ body: 'Ordinal Space opens an office.' }),
        },
      }),
    );
    const listed = await review.listMentions(actor, id);
    expect(listed.map((l) => l.locale)).toEqual(['fr', 'en']);
    expect(listed.map((l) => l.mentions.map((m) => m.surface))).toEqual([
      ['Ordinal Space'],
      ['Ordinal Space'],
    ]);
  });

  it('confirms the same entity in every language at once; a rejection stays with its language', async () => {
    await makeOrganisation(t.database, { name: 'Cardinal Orbit', slug: 'cardinal-orbit' });
    await makeOrganisation(t.database, { name: 'Meridian Optics', slug: 'meridian-optics' });
    const { id } = await editor.createArticle(
      actor,
      articleForm([space], {
        translations: {
          fr: translationForm({ body: 'Cardinal Orbit et Meridian Optics signent un accord.' }),
          en: translationForm({ body: 'Cardinal Orbit and Meridian Optics sign an agreement.' }),
        },
      }),
    );
    const [fr] = await review.listMentions(actor, id);
    const find = (surface: string) => fr!.mentions.find((m) => m.surface === surface)!;
    await review.decideMention(actor, id, find('Cardinal Orbit').id, 'confirm');
    await review.decideMention(actor, id, find('Meridian Optics').id, 'reject');
    const states = (await review.listMentions(actor, id)).map((l) =>
      Object.fromEntries(l.mentions.map((m) => [m.surface, m.state])),
    );
    expect(states).toEqual([
      { 'Cardinal Orbit': 'confirmed', 'Meridian Optics': 'rejected' },
      { 'Cardinal Orbit': 'confirmed', 'Meridian Optics': 'suggested' },
    ]);
    // Each decision is reported for its article: search ranks it by what it leads with.
    expect(changed.slice(-2)).toEqual([id, id]);
  });

  it('refuses to decide on a mention of another article', async () => {
    const a = await editor.createArticle(actor, articleForm([space], {}, { body: 'Spacebel.' }));
    const b = await editor.createArticle(actor, articleForm([space], {}, { body: 'Rien.' }));
    const [fr] = await review.listMentions(actor, a.id);
    const mention = fr!.mentions[0]!;
    await expect(review.decideMention(actor, b.id, mention.id, 'confirm')).rejects.toMatchObject({
      code: 'not_found',
    });
    const confirmed = await review.decideMention(actor, a.id, mention.id, 'confirm');
    expect(confirmed.state).toBe('confirmed');
  });

  it('gives what it creates a first revision, as a draft out of the search index until published (as wired by the app)', async () => {
    const services = makeServices(t.database);
    const { id } = await services.articleEditor.createArticle(
      actor,
      articleForm(
        [space],
        {},
        { body: 'Léa Vandamme, directrice technique de Lumenorbit, a présenté le module.' },
      ),
    );
    const [fr] = await services.mentionReview.listMentions(actor, id);
    const suggestion = fr!.mentions.find((m) => m.suggestion?.kind === 'person')!;
    const created = await services.mentionReview.createFromSuggestion(actor, id, suggestion.id, {
      kind: 'person',
      givenName: 'Léa',
      familyName: 'Vandamme',
      organisationId: null,
      organisationName: 'Lumenorbit',
      organisationKind: 'company',
      role: 'directrice technique',
    });
    const revisions = await services.directory.people.listRevisions(created.entityId);
    expect(revisions.map((r) => [r.version, r.reason, r.authorName !== null])).toEqual([
      [1, 'created', true],
    ]);
    const search = (q: string) => services.search.search({ q, locale: 'fr', page: 1, filter: {} });
    const organisationId = (await services.linking.findEntityNamed('organisation', 'Lumenorbit'))!;
    expect((await services.directory.organisations.listRevisions(organisationId))[0]?.reason).toBe(
      'created',
    );
    // Both are drafts: out of the index until an editor publishes them.
    expect((await search('lumenorbit')).hits.map((h) => h.id)).not.toContain(organisationId);
    expect((await search('vandamme')).hits.map((h) => h.id)).not.toContain(created.entityId);
    for (const [editor, entityId] of [
      [services.directory.organisations, organisationId],
      [services.directory.people, created.entityId],
    ] as const)
      await editor.publishEntry(actor, entityId, (await editor.getEntry(entityId)).version);
    expect((await search('lumenorbit')).hits.map((h) => h.id)).toContain(organisationId);
    expect((await search('vandamme')).hits.map((h) => h.id)).toContain(created.entityId);
  });

  /** Organisations whose name has this key, as stored. */
  const organisationsNamed = (name: string) =>
    t.database.db
      .selectFrom('organisation')
      .select(['id', 'slug'])
      .where('name', '=', name)
      .execute();

  it('confirming the same suggestion from the FR then the EN row makes one organisation', async () => {
    const { id } = await editor.createArticle(
      actor,
      articleForm([space], {
        translations: {
          fr: translationForm({ body: 'La Nouvelle Brasserie Fictive (NBF) ouvre à Gosselies.' }),
          en: translationForm({ body: 'Nouvelle Brasserie Fictive (NBF) opens in Gosselies.' }),
        },
      }),
    );
    // Both rows as the editor sees them before deciding anything (the EN tab is stale after).
    const [fr, en] = await review.listMentions(actor, id);
    const suggested = (ms: typeof fr) =>
      ms!.mentions.find((m) => m.suggestion?.kind === 'organisation')!;
    const input = {
      kind: 'organisation' as const,
      name: 'Nouvelle Brasserie Fictive',
      acronym: 'NBF',
      organisationKind: 'company' as const,
    };
    const first = await review.createFromSuggestion(actor, id, suggested(fr).id, input);
    const second = await review.createFromSuggestion(actor, id, suggested(en).id, {
      ...input,
      organisationKind: 'agency',
    });
    expect(first.created).toBe(true);
    expect(second).toEqual({ ...first, created: false });
    expect(await organisationsNamed('Nouvelle Brasserie Fictive')).toEqual([
      { id: first.entityId, slug: 'nbf' },
    ]);
    const after = await review.listMentions(actor, id);
    for (const t of after)
      expect(t.mentions.filter((m) => m.entityType === 'organisation')).toEqual([
        expect.objectContaining({ entityId: first.entityId, state: 'confirmed' }),
      ]);
  });

  it('finds an organisation by its acronym or a name written differently, not a second one', async () => {
    await makeOrganisation(t.database, {
      name: 'Atelier Orbital Namurois',
      acronym: 'AON',
      slug: 'aon',
    });
    const { id } = await editor.createArticle(
      actor,
      articleForm([space], {}, { body: 'Le Bureau Stellaire Ardennais (BSA) recrute.' }),
    );
    const [fr] = await review.listMentions(actor, id);
    const suggestion = fr!.mentions.find((m) => m.suggestion?.kind === 'organisation')!;
    const made = await review.createFromSuggestion(actor, id, suggestion.id, {
      kind: 'organisation',
      name: 'aon',
      acronym: '',
      organisationKind: 'company',
    });
    expect(made.created).toBe(false);
    expect((await organisationsNamed('Atelier Orbital Namurois'))[0]?.id).toBe(made.entityId);
  });

  it('makes one organisation for ten simultaneous confirmations of the same name', async () => {
    const articles = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        editor.createArticle(
          actor,
          articleForm(
            [space],
            {},
            { body: `La Forge Orbitale Mosane (FOM) livre sa pièce numéro ${i + 1}.` },
          ),
        ),
      ),
    );
    const suggestions = await Promise.all(
      articles.map(async ({ id }) => {
        const [fr] = await review.listMentions(actor, id);
        return { id, mention: fr!.mentions.find((m) => m.suggestion?.kind === 'organisation')! };
      }),
    );
    // Half of them without the acronym, so that their slugs differ: only the name decides.
    const made = await Promise.all(
      suggestions.map(({ id, mention }, i) =>
        review.createFromSuggestion(actor, id, mention.id, {
          kind: 'organisation',
          name: 'Forge Orbitale Mosane',
          acronym: i % 2 ? 'FOM' : '',
          organisationKind: 'company',
        }),
      ),
    );
    const stored = await organisationsNamed('Forge Orbitale Mosane');
    expect(stored).toHaveLength(1);
    expect(made.filter((m) => m.created)).toHaveLength(1);
    expect(new Set(made.map((m) => m.entityId))).toEqual(new Set([stored[0]!.id]));
    for (const { id } of articles) {
      const [fr] = await review.listMentions(actor, id);
      expect(fr!.mentions.filter((m) => m.entityType === 'organisation')).toEqual([
        expect.objectContaining({ entityId: stored[0]!.id, state: 'confirmed' }),
      ]);
    }
  });

  it('makes one person for ten simultaneous confirmations, and one organisation for them', async () => {
    const articles = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        editor.createArticle(
          actor,
          articleForm(
            [space],
            {},
            { body: `Inès Vermeulen, ingénieure de Polaris Cobalt, signe la note ${i + 1}.` },
          ),
        ),
      ),
    );
    const made = await Promise.all(
      articles.map(async ({ id }) => {
        const [fr] = await review.listMentions(actor, id);
        const mention = fr!.mentions.find((m) => m.suggestion?.kind === 'person')!;
        return review.createFromSuggestion(actor, id, mention.id, {
          kind: 'person',
          givenName: 'Inès',
          familyName: 'Vermeulen',
          organisationId: null,
          organisationName: 'Polaris Cobalt',
          organisationKind: 'company',
          role: 'ingénieure',
        });
      }),
    );
    const people = await t.database.db
      .selectFrom('person')
      .select('id')
      .where('family_name', '=', 'Vermeulen')
      .execute();
    expect(people).toHaveLength(1);
    expect(new Set(made.map((m) => m.entityId))).toEqual(new Set([people[0]!.id]));
    expect(await organisationsNamed('Polaris Cobalt')).toHaveLength(1);
  });

  it('makes the name again once its entity is in the trash; restoring the old one is then refused', async () => {
    const services = makeServices(t.database);
    const input = {
      kind: 'organisation' as const,
      name: 'Cap Lumière Orbitale',
      acronym: 'CLO',
      organisationKind: 'company' as const,
    };
    const confirmIn = async () => {
      const { id } = await services.articleEditor.createArticle(
        actor,
        articleForm([space], {}, { body: 'Le Cap Lumière Orbitale (CLO) ouvre ses portes.' }),
      );
      const [fr] = await services.mentionReview.listMentions(actor, id);
      const mention = fr!.mentions.find((m) => m.suggestion?.kind === 'organisation')!;
      return services.mentionReview.createFromSuggestion(actor, id, mention.id, input);
    };
    const first = await confirmIn();
    await services.directory.organisations.trashEntry(actor, first.entityId);
    const second = await confirmIn();
    expect(second.created).toBe(true);
    expect(second.entityId).not.toBe(first.entityId);
    await expect(
      services.directory.organisations.restoreEntry(actor, first.entityId),
    ).rejects.toMatchObject({ code: 'duplicate' });
  });
});

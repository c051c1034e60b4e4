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
    const person = await personRepository(t.database.db).findPersonBySlug(
      'marc-lenoir',
      'fr',
      'fr',
    );
    expect(person?.id).toBe(created.entityId);
    const affiliations = await personRepository(t.database.db).listAffiliations(
      { personIds: [created.entityId] },
      'fr',
      'fr',
    );
    expect(affiliations.map((a) => a.role_title)).toEqual(['directeur général']);
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

  it('gives what it creates a first revision and a place in the search index (as wired by the app)', async () => {
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
    const found = await services.search.search({
      q: 'lumenorbit',
      locale: 'fr',
      page: 1,
      filter: {},
    });
    const orgHit = found.hits.find((h) => h.type === 'organisation');
    expect(orgHit).toBeDefined();
    expect((await services.directory.organisations.listRevisions(orgHit!.id))[0]?.reason).toBe(
      'created',
    );
    const people = await services.search.search({
      q: 'vandamme',
      locale: 'fr',
      page: 1,
      filter: {},
    });
    expect(people.hits.map((h) => h.id)).toContain(created.entityId);
  });
});

// Mentions stored per article translation, on every dialect: detection, decisions, re-detection
// after an edit, and the confirmed entities of an article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import {
  makeArticle,
  makeOrganisation,
  makePerson,
  makeSectors,
  makeServices,
  testNow,
} from '../../test/support/factories.js';
import { eventRepository } from '../events/event.repository.js';
import { renderMarkdown } from '../lib/markdown.js';
import { projectRepository } from '../projects/project.repository.js';
import { translationText } from './detect.js';
import { linkingServiceOver, type LinkingService } from './linking.service.js';
import type { MentionView } from './mention.presenter.js';
import { mentionRepository } from './mention.repository.js';

const title = 'Visite au Centre Spatial de Liège';
const body =
  'Jean-Pierre Chisogne, Deputy Managing Director de Skywin Wallonie, a reçu une délégation ' +
  'du Kazakhstan au CSL. Serge Habraken a présenté le centre. Marc Lenoir, directeur général ' +
  'de Spacebel, était présent.';
const editedBody =
  'Une délégation du Kazakhstan a visité le CSL avec Skywin. Marc Lenoir, directeur général ' +
  'de Spacebel, a conclu.';

const anySlug = expect.any(String) as string;

/** A compact view of mentions: entity (or suggestion key), surface, state. */
const brief = (list: MentionView[]) =>
  list.map((m) => [m.entityType, m.entityId ?? m.suggestion?.kind ?? '', m.surface, m.state]);

describe.each(testDialects())('entity linking on $name', (dialect) => {
  let t: TestDatabase;
  let linking: LinkingService;
  const ids: Record<string, string> = {};
  let articleId: string;
  let frId: string;
  let enId: string;
  const byEntity = (list: MentionView[], key: string) =>
    list.find((m) => (m.entityId ?? m.suggestion?.kind) === key)!;

  beforeAll(async () => {
    t = await dialect.open();
    const { database } = t;
    await makeSectors(database);
    ids.csl = await makeOrganisation(database, {
      name: 'Centre Spatial de Liège',
      acronym: 'CSL',
      aliases: [{ alias: 'Liège Space Centre', kind: 'alias', valid_until: null }],
    });
    ids.skywin = await makeOrganisation(database, {
      name: 'Skywin Wallonie',
      aliases: [{ alias: 'Skywin', kind: 'alias', valid_until: null }],
    });
    ids.chisogne = await makePerson(database, {
      given_name: 'Jean-Pierre',
      family_name: 'Chisogne',
    });
    ids.habraken = await makePerson(database, { given_name: 'Serge', family_name: 'Habraken' });
    const now = testNow.toISOString();
    ids.project = await projectRepository(database.db).insertProject(
      {
        slug: 'tei',
        name: 'Team Europe Initiative',
        acronym: 'TEI',
        programme: 'Global Gateway',
        lead_organisation_id: null,
        starts_on: null,
        ends_on: null,
        budget_eur: null,
        website: null,
        translations: {},
        partner_ids: [],
        countries: [],
        sector_ids: [],
      },
      now,
    );
    ids.event = await eventRepository(database.db).insertEvent(
      {
        slug: 'visite',
        kind: 'delegation_visit',
        starts_at: '2025-11-03T08:00:00.000Z',
        ends_at: '2025-11-03T16:00:00.000Z',
        time_zone: 'Europe/Brussels',
        registration_url: null,
        delegate_count: 15,
        project_id: ids.project,
        translations: {
          fr: { title: 'Visite d’une délégation', summary: '' },
          en: { title: 'Delegation visit', summary: '' },
        },
        sector_ids: [],
        venues: [],
        countries: [],
      },
      now,
    );
    articleId = await makeArticle(makeServices(database), {
      eventId: ids.event,
      projectId: ids.project,
      translations: {
        fr: { title, body },
        en: { title: 'Visit to CSL', body: 'The delegation from Kazakhstan met ESA.' },
      },
    });
    const repo = mentionRepository(database.db);
    [frId, enId] = (await repo.listTranslationIdsOfArticle(articleId, 'fr')) as [string, string];
    linking = linkingServiceOver(database.db, () => testNow);
  });
  afterAll(() => t.cleanup());

  it('stores each detected entity once, as suggested, at its first occurrence', async () => {
    const mentions = await linking.detectMentions(frId);
    expect(brief(mentions)).toEqual([
      ['organisation', ids.csl, 'Centre Spatial de Liège', 'suggested'],
      ['person', ids.chisogne, 'Jean-Pierre Chisogne', 'suggested'],
      ['organisation', ids.skywin, 'Skywin Wallonie', 'suggested'],
      ['country', 'KZ', 'Kazakhstan', 'suggested'],
      ['person', ids.habraken, 'Serge Habraken', 'suggested'],
      ['person', 'person', 'Marc Lenoir', 'suggested'],
      ['organisation', 'organisation', 'Spacebel', 'suggested'],
    ]);
    const text = translationText(title, body);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(byEntity(mentions, 'person').suggestion).toEqual({
      kind: 'person',
      givenName: 'Marc',
      familyName: 'Lenoir',
      affiliation: { organisation: { name: 'Spacebel' }, role: 'directeur général' },
    });
    expect(byEntity(mentions, 'person').pattern).toBe('person, role of organisation');
  });

  it('is idempotent: running again changes nothing', async () => {
    const before = await linking.listMentions(frId);
    const after = await linking.detectMentions(frId);
    expect(after).toEqual(before);
  });

  it('confirms and rejects, counting versions; a stale version is a conflict', async () => {
    const mentions = await linking.listMentions(frId);
    const csl = byEntity(mentions, ids.csl!);
    const confirmed = await linking.confirmMention(csl.id, csl.version);
    expect(confirmed).toMatchObject({ state: 'confirmed', version: csl.version + 1 });
    await expect(linking.rejectMention(csl.id, csl.version)).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await linking.listMentions(frId)).find((m) => m.id === csl.id)?.state).toBe(
      'confirmed',
    );
    await linking.rejectMention(byEntity(mentions, 'KZ').id);
    await linking.confirmMention(byEntity(mentions, ids.habraken!).id);
    await linking.confirmMention(byEntity(mentions, 'person').id);
  });

  it('answers not_found for an unknown mention or translation', async () => {
    await expect(linking.confirmMention('no-such-id')).rejects.toMatchObject({ code: 'not_found' });
    await expect(linking.detectMentions('no-such-id')).rejects.toMatchObject({ code: 'not_found' });
    await expect(linking.listMentions('no-such-id')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps the decisions made when detection runs again after an edit', async () => {
    const before = await linking.listMentions(frId);
    await mentionRepository(t.database.db).replaceArticleTranslationBody(
      frId,
      { body_md: editedBody, body_html: renderMarkdown(editedBody) },
      testNow.toISOString(),
    );
    const after = await linking.detectMentions(frId);
    expect(brief(after)).toEqual([
      // confirmed, no longer in the text: kept, without a position
      ['person', ids.habraken, 'Serge Habraken', 'confirmed'],
      ['organisation', ids.csl, 'Centre Spatial de Liège', 'confirmed'],
      ['country', 'KZ', 'Kazakhstan', 'rejected'],
      ['organisation', ids.skywin, 'Skywin', 'suggested'],
      ['person', 'person', 'Marc Lenoir', 'confirmed'],
      ['organisation', 'organisation', 'Spacebel', 'suggested'],
    ]);
    const text = translationText(title, editedBody);
    for (const m of after)
      if (m.start >= 0) expect(text.slice(m.start, m.end)).toBe(m.surface);
      else expect([m.start, m.end]).toEqual([-1, -1]);
    // Same rows: the decisions were kept, not re-created.
    for (const key of [ids.csl!, 'KZ', 'person'])
      expect(byEntity(after, key).id).toBe(byEntity(before, key).id);
    expect(after.some((m) => m.entityId === ids.chisogne)).toBe(false);
  });

  it('turns a confirmed suggestion into a mention once the entity exists', async () => {
    const suggested = byEntity(await linking.listMentions(frId), 'person');
    ids.lenoir = await makePerson(t.database, { given_name: 'Marc', family_name: 'Lenoir' });
    const lenoir = byEntity(await linking.detectMentions(frId), ids.lenoir);
    expect(lenoir).toMatchObject({
      id: suggested.id,
      entityType: 'person',
      state: 'confirmed',
      suggestion: null,
    });
  });

  it('stores the offsets of a given text', async () => {
    const text = 'Note : Serge Habraken et le CSL.';
    const mentions = await linking.detectMentions(enId, text);
    expect(mentions.map((m) => [m.surface, m.start])).toEqual([
      ['Serge Habraken', 7],
      ['CSL', 28],
    ]);
  });

  it('lists the confirmed entities of a translation and of an article, named in a locale', async () => {
    const en = await linking.listMentions(enId);
    await linking.confirmMention(byEntity(en, ids.csl!).id);
    const fr = await linking.listConfirmedEntities({ translationId: frId }, 'fr');
    expect(fr).toEqual({
      organisations: [
        { id: ids.csl, slug: anySlug, name: 'Centre Spatial de Liège', acronym: 'CSL' },
      ],
      people: [
        { id: ids.habraken, slug: anySlug, name: 'Serge Habraken' },
        { id: ids.lenoir, slug: anySlug, name: 'Marc Lenoir' },
      ],
      events: [{ id: ids.event, slug: 'visite', title: 'Visite d’une délégation' }],
      projects: [{ id: ids.project, slug: 'tei', name: 'Team Europe Initiative', acronym: 'TEI' }],
      countries: [],
    });
    await linking.confirmMention(byEntity(await linking.listMentions(frId), 'KZ').id);
    const all = await linking.listConfirmedEntities({ articleId }, 'en');
    expect(all.countries).toEqual([{ code: 'KZ', name: 'Kazakhstan' }]);
    expect(all.events[0]?.title).toBe('Delegation visit');
    expect(all.organisations.map((o) => o.id)).toEqual([ids.csl]);
    await expect(
      linking.listConfirmedEntities({ articleId: 'no-such-article' }, 'fr'),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

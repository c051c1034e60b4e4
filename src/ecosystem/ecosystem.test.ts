// The ecosystem graph and countries, on every dialect, and its page over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventRepository } from '../events/event.repository.js';
import { newId } from '../lib/id.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { projectRepository } from '../projects/project.repository.js';
import { makeApp } from '../../test/support/app.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import {
  daysAgo,
  makeArticle,
  makeSectors,
  makeServices,
  testNow,
} from '../../test/support/factories.js';
import { layoutGraph } from './graph-layout.js';

describe.each(testDialects())('ecosystem on $name', (dialect) => {
  let t: TestDatabase;
  const org: Record<string, string> = {};

  beforeAll(async () => {
    t = await dialect.open();
    const now = testNow.toISOString();
    const sectors = await makeSectors(t.database);
    const services = makeServices(t.database);
    const orgs = organisationRepository(t.database.db);
    const make = (
      key: string,
      country: string,
      sector: string,
      kind: 'company' | 'agency' = 'company',
    ) =>
      orgs
        .insertOrganisation(
          {
            slug: key,
            name: `Org ${key}`,
            acronym: key.toUpperCase(),
            kind,
            country,
            city: null,
            website: null,
            is_member: true,
            parent_id: null,
            translations: {},
            aliases: [],
            sector_ids: [sectors.get(sector)!],
          },
          now,
        )
        .then((id) => (org[key] = id));
    await make('alpha', 'BE', 'space');
    await make('beta', 'BE', 'space', 'agency');
    await make('gamma', 'FR', 'space');
    await make('delta', 'DE', 'aero');
    await make('lonely', 'BE', 'space');

    // alpha + beta co-mentioned in one public article (both languages count once), and in a draft.
    const article = await makeArticle(services, {
      sectorSlugs: ['space'],
      publishedAt: daysAgo(3),
    });
    const draft = await makeArticle(services, {
      sectorSlugs: ['space'],
      translations: { fr: { title: 'Brouillon éco', body: 'x', status: 'draft' } },
    });
    const translationIds = async (articleId: string) =>
      (
        await t.database.db
          .selectFrom('article_translation')
          .select('id')
          .where('article_id', '=', articleId)
          .execute()
      ).map((r) => r.id);
    const mention = (
      translationId: string,
      type: 'organisation' | 'country',
      entityId: string,
      state = 'confirmed',
    ) =>
      t.database.db
        .insertInto('mention')
        .values({
          id: newId(),
          article_translation_id: translationId,
          entity_type: type,
          entity_id: entityId,
          surface: 'x',
          start_offset: 0,
          end_offset: 1,
          state: state as 'confirmed',
          suggestion: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    for (const tr of await translationIds(article)) {
      await mention(tr, 'organisation', org.alpha!);
      await mention(tr, 'organisation', org.beta!);
      await mention(tr, 'organisation', org.gamma!, 'rejected');
      await mention(tr, 'country', 'KZ');
    }
    for (const tr of await translationIds(draft)) {
      await mention(tr, 'organisation', org.alpha!);
      await mention(tr, 'organisation', org.gamma!);
    }
    // alpha, beta, gamma at one event in Kazakhstan; beta + gamma in a project with Uzbekistan.
    await eventRepository(t.database.db).insertEvent(
      {
        slug: 'eco-event',
        kind: 'conference',
        starts_at: '2026-05-01T08:00:00.000Z',
        ends_at: '2026-05-01T16:00:00.000Z',
        time_zone: 'Europe/Brussels',
        registration_url: null,
        delegate_count: null,
        project_id: null,
        translations: { fr: { title: 'Événement', summary: '' } },
        sector_ids: [],
        venues: [
          { name: 'Hall', address: null, city: 'Astana', country: 'KZ', organisation_id: null },
        ],
        countries: ['KZ', 'BE'],
        organisations: [
          { organisation_id: org.alpha!, role: 'organiser' },
          { organisation_id: org.beta!, role: 'partner' },
          { organisation_id: org.gamma!, role: 'participant' },
        ],
      },
      now,
    );
    await projectRepository(t.database.db).insertProject(
      {
        slug: 'eco-project',
        name: 'Projet',
        acronym: null,
        programme: 'Horizon Europe',
        lead_organisation_id: org.beta!,
        starts_on: null,
        ends_on: null,
        budget_eur: null,
        website: null,
        translations: {},
        partner_ids: [org.gamma!],
        countries: ['UZ'],
        sector_ids: [],
      },
      now,
    );
  });
  afterAll(() => t.cleanup());

  it('ties organisations by public co-mentions, shared events and shared projects', async () => {
    const graph = await makeServices(t.database).ecosystem.getGraph({});
    const tie = (a: string, b: string) =>
      graph.edges.find(
        (e) => (e.a === org[a] && e.b === org[b]) || (e.a === org[b] && e.b === org[a]),
      );
    expect(tie('alpha', 'beta')).toMatchObject({ articles: 1, events: 1, projects: 0, weight: 2 });
    expect(tie('beta', 'gamma')).toMatchObject({ articles: 0, events: 1, projects: 1, weight: 2 });
    expect(tie('alpha', 'gamma')).toMatchObject({ articles: 0, events: 1, projects: 0, weight: 1 });
    expect(tie('alpha', 'delta')).toBeUndefined();
    expect(graph.nodes).toHaveLength(5);
  });

  it('filters nodes by sector and country, keeping only ties inside the filter', async () => {
    const services = makeServices(t.database);
    const sector = await services.sectors.getSector('space', 'fr');
    const bySector = await services.ecosystem.getGraph({ sectorId: sector.id });
    expect(bySector.nodes.map((n) => n.slug).sort()).toEqual(['alpha', 'beta', 'gamma', 'lonely']);
    const belgian = await services.ecosystem.getGraph({ country: 'BE' });
    expect(belgian.nodes.map((n) => n.slug).sort()).toEqual(['alpha', 'beta', 'lonely']);
    expect(belgian.edges).toHaveLength(1);
    expect(await services.ecosystem.getGraph({ country: 'ZZ' })).toMatchObject({
      nodes: [],
      edges: [],
    });
  });

  it('counts events, projects and articles per partner country, without the cluster’s own', async () => {
    const countries = await makeServices(t.database).ecosystem.listCountries();
    expect(countries).toEqual([
      { country: 'KZ', events: 1, projects: 0, articles: 1 },
      { country: 'UZ', events: 0, projects: 1, articles: 0 },
    ]);
  });

  it('draws one SVG node per organisation in the filter and no duplicate edge', async () => {
    const app = makeApp(t.database);
    const html = await (await app.request('/en/ecosystem?sector=space')).text();
    const nodes = [...html.matchAll(/data-node="([^"]+)"/g)].map((m) => m[1]);
    expect(nodes.sort()).toEqual([org.alpha, org.beta, org.gamma, org.lonely].sort());
    const edges = [...html.matchAll(/data-edge="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(edges).size).toBe(edges.length);
    expect(edges).toHaveLength(3);
    expect(html).toContain('href="/en/organisations/alpha"');
    expect(html).toContain('Kazakhstan');
  });

  it.each([
    ['/fr/ecosysteme', 200],
    ['/en/ecosystem?country=be', 200],
    ['/en/ecosystem?sector=&country=', 200],
    ['/en/ecosystem?sector=unknown', 400],
    ['/fr/ecosysteme?country=BEL', 400],
    ['/fr/ecosysteme?country=1', 400],
  ])('%s answers %i', async (path, status) => {
    expect((await makeApp(t.database).request(path)).status).toBe(status);
  });
});

describe('layoutGraph', () => {
  it('is deterministic and keeps every node inside the box', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const edges = [
      { a: 'a', b: 'b', weight: 2 },
      { a: 'b', b: 'c', weight: 1 },
    ];
    const first = layoutGraph(ids, edges, 1000, 700);
    expect(layoutGraph(ids, edges, 1000, 700)).toEqual(first);
    for (const p of first.values()) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(1000);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(700);
    }
    // Isolated nodes (d, e) share the bottom row.
    expect(first.get('d')!.y).toBe(first.get('e')!.y);
    expect(first.get('d')!.y).toBeGreaterThan(first.get('a')!.y);
  });
});

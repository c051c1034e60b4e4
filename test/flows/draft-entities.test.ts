// Directory drafts on every dialect: confirming a suggestion in the newsroom makes a draft
// organisation and a draft person, which no public surface shows (pages, links in the article,
// lists and counts, sitemap, feeds, search and type-ahead, the ecosystem graph, the API) until an
// editor publishes them; then every one of them does.
import { describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { articleForm, makeActor } from '../support/editor.js';
import { directorySite, pageReader } from '../support/site.js';
import type { Actor } from '../../src/kernel/actor.js';

const org = { fr: '/fr/organisations/lumenorbit', en: '/en/organisations/lumenorbit' };
const person = { fr: '/fr/personnes/lea-vandamme', en: '/en/people/lea-vandamme' };

describe.each(testDialects())('draft directory entries on $name', (dialect) => {
  const made = {} as { actor: Actor; articleId: string; articleSlug: string };
  const ids = {} as { organisation: string; person: string };
  const site = directorySite(dialect, async (w, database) => {
    const services = w.services;
    made.actor = await makeActor(database, 'editor');
    await services.webhooks.createWebhook(
      {
        url: 'https://hooks.example.org/in',
        description: 'integrator',
        events: ['entity.changed'],
      },
      null,
    );
    const { id } = await services.articleEditor.createArticle(
      made.actor,
      articleForm(
        [w.sectors.get('space')!],
        {},
        {
          title: 'Un module optique pour Lumenorbit',
          slug: 'module-optique-lumenorbit',
          body: 'Léa Vandamme, directrice technique de Lumenorbit, a présenté le module.\n\nLumenorbit prépare un second vol pour la fin de l’année.',
          status: 'published',
        },
      ),
    );
    made.articleId = id;
    made.articleSlug = 'module-optique-lumenorbit';
    const [fr] = await services.mentionReview.listMentions(made.actor, id);
    const suggestion = fr!.mentions.find((m) => m.suggestion?.kind === 'person')!;
    const created = await services.mentionReview.createFromSuggestion(
      made.actor,
      id,
      suggestion.id,
      {
        kind: 'person',
        givenName: 'Léa',
        familyName: 'Vandamme',
        organisationId: null,
        organisationName: 'Lumenorbit',
        organisationKind: 'company',
        role: 'directrice technique',
      },
    );
    ids.person = created.entityId;
    ids.organisation = (await services.linking.findEntityNamed('organisation', 'Lumenorbit'))!;
    // The organisation's own mention is confirmed too, as an editor would.
    const [after] = await services.mentionReview.listMentions(made.actor, id);
    for (const m of after!.mentions)
      if (m.entityId === ids.organisation && m.state !== 'confirmed')
        await services.mentionReview.decideMention(made.actor, id, m.id, 'confirm');
    await services.search.reindexAll();
  });
  const { get, html } = pageReader(site);
  const text = async (path: string) => {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    return res.text();
  };

  /** The entity.changed deliveries queued about the two entries, as [type, change]. */
  async function entityEvents(): Promise<string[][]> {
    const rows = await site.database.db
      .selectFrom('webhook_delivery')
      .select('payload')
      .where('event', '=', 'entity.changed')
      .orderBy('created_at')
      .execute();
    return rows
      .map(
        (r) =>
          (JSON.parse(r.payload) as { data: { type: string; id: string; change: string } }).data,
      )
      .filter((d) => d.id === ids.organisation || d.id === ids.person)
      .map((d) => [d.type, d.change]);
  }

  /** Every public place that shows the two entries (or their links), with what it holds. */
  async function publicTraces(): Promise<Record<string, boolean>> {
    const has = (body: string, ...needles: string[]) => needles.some((n) => body.includes(n));
    const article = await html(`/fr/actualites/${made.articleSlug}`);
    const orgApi = await get(`/api/v1/organisations/${ids.organisation}`);
    const personApi = await get(`/api/v1/people/${ids.person}`);
    const orgList = await text('/api/v1/organisations?limit=100');
    const peopleList = await text('/api/v1/people?limit=100');
    return {
      'organisation page fr': (await get(org.fr)).status === 200,
      'organisation page en': (await get(org.en)).status === 200,
      'person page fr': (await get(person.fr)).status === 200,
      'person page en': (await get(person.en)).status === 200,
      'link to the organisation in the article': has(article, `href="${org.fr}"`),
      'link to the person in the article': has(article, `href="${person.fr}"`),
      'organisation list': has(await html('/fr/organisations'), org.fr),
      'people list': has(await html('/fr/personnes'), person.fr),
      sitemap: has(await text('/sitemap.xml'), org.fr, person.fr, org.en, person.en),
      feeds: has((await text('/fr/feed.xml')) + (await text('/fr/feed.json')), org.fr, person.fr),
      search: has(await html('/fr/recherche?q=lumenorbit'), org.fr),
      'search for the person': has(await html('/fr/recherche?q=vandamme'), person.fr),
      'type-ahead': has(await text('/fr/recherche/suggestions?q=lumeno'), org.fr),
      'api search': has(await text('/api/v1/search?q=lumenorbit&locale=fr'), ids.organisation),
      'ecosystem graph': has(await html('/fr/ecosysteme'), org.fr, 'Lumenorbit'),
      'api organisation': orgApi.status === 200,
      'api person': personApi.status === 200,
      'api organisation list': has(orgList, ids.organisation),
      'api people list': has(peopleList, ids.person),
    };
  }

  it('makes drafts of what a confirmed suggestion creates', async () => {
    const rows = await Promise.all([
      site.database.db
        .selectFrom('organisation')
        .select('status')
        .where('id', '=', ids.organisation)
        .executeTakeFirstOrThrow(),
      site.database.db
        .selectFrom('person')
        .select('status')
        .where('id', '=', ids.person)
        .executeTakeFirstOrThrow(),
    ]);
    expect(rows.map((r) => r.status)).toEqual(['draft', 'draft']);
    // Nothing subscribers could read has changed: no webhook event for a draft.
    expect(await entityEvents()).toEqual([]);
    // The article itself is public, and names both in its text.
    const article = await html(`/fr/actualites/${made.articleSlug}`);
    expect(article).toContain('Léa Vandamme');
    expect(article).toContain('Lumenorbit');
  });

  it('keeps drafts out of every public surface', async () => {
    const traces = await publicTraces();
    expect(Object.entries(traces).filter(([, seen]) => seen)).toEqual([]);
  });

  it('shows the newsroom the drafts, badged, and filters the list by status', async () => {
    const editor = site.services.directory.organisations;
    const drafts = await editor.listEntries('fr', {
      q: '',
      trashed: false,
      page: 1,
      status: 'draft',
    });
    expect(drafts.rows.map((r) => [r.id, r.draft])).toEqual([[ids.organisation, true]]);
    const published = await editor.listEntries('fr', {
      q: '',
      trashed: false,
      page: 1,
      status: 'published',
    });
    expect(published.rows.map((r) => r.id)).not.toContain(ids.organisation);
    expect(published.rows.every((r) => !r.draft)).toBe(true);
  });

  it('shows every public surface the entries once an editor publishes them', async () => {
    const before = await html('/fr/organisations');
    const count = (page: string) => /(\d+) résultats/.exec(page)?.[1];
    for (const [editor, id] of [
      [site.services.directory.organisations, ids.organisation],
      [site.services.directory.people, ids.person],
    ] as const)
      await editor.publishEntry(made.actor, id, (await editor.getEntry(id)).version);
    const after = await html('/fr/organisations');
    expect(Number(count(after))).toBe(Number(count(before)) + 1);
    const traces = await publicTraces();
    // Feeds carry articles, not directory pages: nothing to show there once published either.
    // The graph draws organisations tied to others; Lumenorbit is named there as a node.
    expect(Object.entries(traces).filter(([, seen]) => !seen)).toEqual([['feeds', false]]);
    // Publishing is the usual change event, once per entry.
    expect(await entityEvents()).toEqual([
      ['organisation', 'saved'],
      ['person', 'saved'],
    ]);
    const revisions = await site.services.directory.people.listRevisions(ids.person);
    expect(revisions.map((r) => r.reason)).toEqual(['published', 'created']);
  });
});

// Repository and service behaviour of articles, on every dialect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import type { Services } from '../services.js';
import {
  daysAgo,
  makeArticle,
  makeArticleMention,
  makeEvent,
  makeSectors,
  makeServices,
  testNow,
} from '../../test/support/factories.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { newId } from '../lib/id.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { articleRepository } from './article.repository.js';
import { relatedWeights } from './related.js';

describe.each(testDialects())('articles on $name', (dialect) => {
  let t: TestDatabase;
  let services: Services;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await dialect.open();
    services = makeServices(t.database);
    await makeSectors(t.database);
    ids.spaceOld = await makeArticle(services, {
      sectorSlugs: ['space'],
      publishedAt: daysAgo(30),
    });
    ids.spaceNew = await makeArticle(services, { sectorSlugs: ['space'], publishedAt: daysAgo(2) });
    ids.spaceDrone = await makeArticle(services, {
      sectorSlugs: ['space', 'drone'],
      publishedAt: daysAgo(40),
    });
    ids.subject = await makeArticle(services, {
      sectorSlugs: ['space', 'drone'],
      publishedAt: daysAgo(1),
    });
    ids.aero = await makeArticle(services, { sectorSlugs: ['aero'], publishedAt: daysAgo(3) });
    ids.draft = await makeArticle(services, {
      sectorSlugs: ['space', 'drone'],
      publishedAt: daysAgo(1),
      translations: { fr: { title: 'Brouillon secret', body: 'x', status: 'draft' } },
    });
    ids.future = await makeArticle(services, {
      sectorSlugs: ['space', 'drone'],
      publishedAt: new Date(testNow.getTime() + 86_400_000).toISOString(),
    });
    ids.frOnly = await makeArticle(services, {
      sectorSlugs: ['defence'],
      publishedAt: daysAgo(5),
      translations: { fr: { title: 'Seulement en français', body: 'Texte.' } },
    });
  });
  afterAll(() => t.cleanup());

  it('lists public articles newest first, without drafts or future ones', async () => {
    const { items, page } = await services.articles.listNews('fr', 1);
    expect(items.map((i) => i.id)).toEqual([
      ids.subject,
      ids.spaceNew,
      ids.aero,
      ids.frOnly,
      ids.spaceOld,
      ids.spaceDrone,
    ]);
    expect(page.total).toBe(6);
  });

  it('filters by sector and paginates', async () => {
    const sector = await services.sectors.getSector('space', 'en');
    const first = await services.articles.listNews('en', 1, { sectorId: sector.id, pageSize: 2 });
    const second = await services.articles.listNews('en', 2, { sectorId: sector.id, pageSize: 2 });
    expect(first.page.pageCount).toBe(2);
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual([
      ids.subject,
      ids.spaceNew,
      ids.spaceOld,
      ids.spaceDrone,
    ]);
    await expect(
      services.articles.listNews('en', 3, { sectorId: sector.id, pageSize: 2 }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('shows the reader’s language and falls back to French for untranslated articles', async () => {
    const { items } = await services.articles.listNews('en', 1);
    const frOnly = items.find((i) => i.id === ids.frOnly)!;
    expect(frOnly.contentLocale).toBe('fr');
    expect(frOnly.title).toBe('Seulement en français');
    expect(items.find((i) => i.id === ids.aero)!.contentLocale).toBe('en');
  });

  it('ranks related news by shared sectors then recency, never itself nor drafts', async () => {
    const found = await services.articles.getArticlePage(
      'fr',
      'article-numero-' + (await numberOf(ids.subject!)),
    );
    if (found.kind !== 'article') throw new Error('expected an article');
    expect(found.article.related.map((r) => r.id)).toEqual([
      ids.spaceDrone,
      ids.spaceNew,
      ids.spaceOld,
    ]);
  });

  it('ranks an article about the same organisation or event above sector-only matches', async () => {
    const now = testNow.toISOString();
    const db = t.database.db;
    const orgId = await organisationRepository(db).insertOrganisation(
      {
        slug: 'related-org',
        name: 'Related Org',
        acronym: null,
        kind: 'company',
        country: 'BE',
        city: null,
        website: null,
        is_member: true,
        parent_id: null,
        translations: {},
        aliases: [],
        sector_ids: [],
      },
      now,
    );
    const sameOrg = await makeArticle(services, {
      sectorSlugs: ['aero'],
      publishedAt: daysAgo(300),
    });
    const rejectedOnly = await makeArticle(services, {
      sectorSlugs: ['aero'],
      publishedAt: daysAgo(200),
    });
    const mention = async (articleId: string, state: 'confirmed' | 'rejected') => {
      for (const { id } of await db
        .selectFrom('article_translation')
        .select('id')
        .where('article_id', '=', articleId)
        .execute()) {
        await db
          .insertInto('mention')
          .values({
            id: newId(),
            article_translation_id: id,
            entity_type: 'organisation',
            entity_id: orgId,
            surface: 'Related Org',
            start_offset: 0,
            end_offset: 11,
            state,
            suggestion: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
      }
    };
    await mention(ids.subject!, 'confirmed');
    await mention(sameOrg, 'confirmed');
    await mention(rejectedOnly, 'rejected');
    const found = await services.articles.getArticlePage(
      'fr',
      'article-numero-' + (await numberOf(ids.subject!)),
    );
    if (found.kind !== 'article') throw new Error('expected an article');
    expect(found.article.related.map((r) => r.id)).toEqual([sameOrg, ids.spaceDrone, ids.spaceNew]);
    await db.deleteFrom('mention').execute();
  });

  it('counts an event once when an article both links it and mentions it', async () => {
    const eventId = await makeEvent(t.database);
    const subject = await makeArticle(services, {
      sectorSlugs: ['defence'],
      publishedAt: daysAgo(6),
      eventId,
    });
    const recap = await makeArticle(services, {
      sectorSlugs: ['defence'],
      publishedAt: daysAgo(7),
      eventId,
    });
    // Both translations of each mention it: still one shared event, and one shared sector.
    await makeArticleMention(t.database, subject, { type: 'event', id: eventId });
    await makeArticleMention(t.database, recap, { type: 'event', id: eventId });
    const candidates = await articleRepository(t.database.db).listRelatedCandidates(
      subject,
      testNow.toISOString(),
      relatedWeights,
      12,
    );
    expect(candidates[0]).toMatchObject({ id: recap, shared: { event: 1, sector: 1 } });
    expect(candidates.map((c) => c.id)).toContain(ids.frOnly);
    expect(candidates.find((c) => c.id === ids.frOnly)!.shared).toMatchObject({
      sector: 1,
      event: 0,
    });
    await t.database.db.deleteFrom('mention').execute();
  });

  it('finds an article by slug per locale and redirects a slug of the other locale', async () => {
    const n = await numberOf(ids.aero!);
    const fr = await services.articles.getArticlePage('fr', `article-numero-${n}`);
    expect(fr.kind === 'article' && fr.article.title).toBe(`Article numéro ${n}`);
    expect(await services.articles.getArticlePage('en', `article-numero-${n}`)).toEqual({
      kind: 'redirect',
      slug: `article-number-${n}`,
    });
  });

  it('shows the French text under an English URL when there is no translation', async () => {
    const found = await services.articles.getArticlePage('en', 'seulement-en-francais');
    expect(found.kind === 'article' && found.article.contentLocale).toBe('fr');
  });

  it('never serves drafts or unknown slugs', async () => {
    await expect(services.articles.getArticlePage('fr', 'brouillon-secret')).rejects.toBeInstanceOf(
      AppError,
    );
    await expect(services.articles.getArticlePage('fr', 'nope')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('translates a duplicate slug into a duplicate error', async () => {
    const n = await numberOf(ids.aero!);
    await expect(
      makeArticle(services, { translations: { fr: { title: `Article numéro ${n}`, body: 'x' } } }),
    ).rejects.toMatchObject({ code: 'duplicate' });
  });

  it('translates an unknown foreign key into an invalid_reference error', async () => {
    await expect(makeArticle(services, { eventId: 'no-such-event' })).rejects.toMatchObject({
      code: 'invalid_reference',
    });
  });

  it('translates a missing required value into a missing_field error', async () => {
    const repo = articleRepository(t.database.db);
    await expect(
      repo.insertArticle(
        {
          kind: 'news',
          published_at: null,
          hero_media_id: null,
          hero_credit: null,
          event_id: null,
          project_id: null,
          sector_ids: [],
          translations: [
            {
              locale: 'fr',
              status: 'draft',
              published_at: null,
              slug: 'sans-titre',
              title: null as unknown as string,
              kicker: '',
              credit_line: '',
              body_md: '',
              body_html: '',
              excerpt: '',
              excerpt_is_manual: false,
              seo_description: '',
              hero_caption: '',
            },
          ],
        },
        testNow.toISOString(),
      ),
    ).rejects.toMatchObject({ code: 'missing_field' });
  });

  async function numberOf(id: string): Promise<string> {
    const rows = await articleRepository(t.database.db).listPublishedTranslations([id]);
    return rows.find((r) => r.locale === 'fr')!.slug.replace('article-numero-', '');
  }
});
